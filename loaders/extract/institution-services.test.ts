import { extractInstitutions } from './institutions';
import { ownTown, testContext } from '../../tests/fixtures/name-test-context';

const PLACES = [
  { name: '柳溪镇', kind: 'TOWN' as const, short: '柳溪' },
  { name: '青川区', kind: 'DISTRICT' as const, short: '青川' },
];

const bodies = (text: string) =>
  extractInstitutions(testContext(text, PLACES, ownTown('柳溪镇', '柳溪'))).entities.sort(
    (a, b) => a.span.start - b.span.start,
  );
const names = (text: string) => bodies(text).map((e) => e.name);

describe('service-body rule', () => {
  it('stations and offices of the grassroots organisation, after their level or their place', () => {
    expect(names('镇财政所、县畜牧兽医站和柳溪农技站联合下村服务。')).toEqual([
      '柳溪镇财政所',
      '县畜牧兽医站',
      '柳溪农技站',
    ]);
  });

  it('a bare level of the report’s own town names that town’s body, the written form an alias', () => {
    const [office] = bodies('镇新时代文明实践所组织志愿者清扫河道。');
    expect(office?.name).toBe('柳溪镇新时代文明实践所');
    expect(office?.aliases).toEqual(['镇新时代文明实践所']);
  });

  it('a service centre names what it serves after a level or a place', () => {
    expect(names('镇农业综合服务中心与柳溪镇党群服务中心开展培训，县融媒体中心全程报道。')).toEqual([
      '柳溪镇农业综合服务中心',
      '柳溪镇党群服务中心',
      '县融媒体中心',
    ]);
  });

  it('a level inside another word is no level: a scenic area’s or a park’s centre is a facility', () => {
    expect(names('景区新建游客服务中心，园区综治中心投入使用。')).toEqual([]);
  });

  it('a centre built as works, or a title after the body, is no body acting', () => {
    expect(names('镇便民服务中心项目完工，镇财政所所长到场。')).toEqual([]);
  });

  it('every suffix family reads a bare level as the document’s own town', () => {
    expect(names('镇中心小学和镇企业家协会共同举办活动。')).toEqual(['柳溪镇中心小学', '柳溪镇企业家协会']);
  });
});
