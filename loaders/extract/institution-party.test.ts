import { extractInstitutions } from './institutions';
import { ownTown, testContext } from '../../tests/fixtures/name-test-context';

const PLACES = [{ name: '柳溪镇', kind: 'TOWN' as const, short: '柳溪' }];

const bodies = (text: string) =>
  extractInstitutions(testContext(text, PLACES, ownTown('柳溪镇', '柳溪'))).entities.sort(
    (a, b) => a.span.start - b.span.start,
  );
const names = (text: string) => bodies(text).map((e) => e.name);

describe('party-and-organisation rule', () => {
  it('a committee’s departments, after the committee of their level', () => {
    expect(names('根据县委组织部部署，区委农办和县委政法委联合督查。')).toEqual([
      '县委组织部',
      '区委农办',
      '县委政法委',
    ]);
  });

  it('people’s organisations need their level; the town’s own take its name', () => {
    expect(names('镇妇联、团镇委和县红十字会组织志愿者，柳溪镇总工会慰问职工。')).toEqual([
      '柳溪镇妇联',
      '团镇委',
      '县红十字会',
      '柳溪镇总工会',
    ]);
    expect(names('妇联组织志愿者。')).toEqual([]);
  });

  it('a level character inside a word is no level, whatever punctuation came earlier', () => {
    // 乡 of 城乡 is not a township: the comma before it in the sentence does not make it one.
    expect(names('今年以来，全县城乡妇联组织开展关爱活动。')).toEqual([]);
  });

  it('a title after the body is a person’s role; the formula of thanks names no actor', () => {
    expect(names('县委宣传部部长到场，县政协副主席讲话。')).toEqual([]);
    expect(names('在市人大、市政协的支持下完成任务。')).toEqual([]);
  });

  it('a picture’s credit line names no actor', () => {
    expect(names('活动现场 供图 县委宣传部')).toEqual([]);
  });

  it('bureaus of two portfolios join their stems without 和', () => {
    expect(names('区水利农机局负责疏浚。')).toEqual(['区水利农机局']);
  });
});
