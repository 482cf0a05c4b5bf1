import { extractInstitutions } from './institutions';
import { testContext } from '../../tests/fixtures/name-test-context';

const PLACES = [
  { name: '柳溪镇', kind: 'TOWN' as const, short: '柳溪' },
  { name: '青川区', kind: 'DISTRICT' as const, short: '青川' },
  { name: '丰源市', kind: 'CITY' as const, short: '丰源' },
];

const PLACE_STUB = {
  key: 'Place:柳溪镇',
  label: 'Place' as const,
  name: '柳溪镇',
  aliases: [],
  properties: { kind: 'TOWN' },
  span: { sentenceIndex: 0, start: 0, end: 0 },
  rule: 'test',
  confidence: 1,
};

const found = (text: string) =>
  extractInstitutions(testContext(text, PLACES)).entities.map((e) => ({ name: e.name, rule: e.rule }));
const names = (text: string) => found(text).map((e) => e.name);

describe('government bodies', () => {
  it('department rule: a level or a place, a stem of the organisation chart, a head', () => {
    expect(names('经区发改委批复，柳溪镇经发办会同青川区农业农村局和科技部专家调研。')).toEqual([
      '区发改委',
      '柳溪镇经发办',
      '青川区农业农村局',
      '科技部',
    ]);
  });

  it('a long stem stands alone; a short one needs its level', () => {
    expect(names('行政审批局提前介入。')).toEqual(['行政审批局']);
    expect(names('财政局提前介入。')).toEqual([]);
  });

  it('the health and family-planning bodies before the 2018 reform', () => {
    expect(names('由丰源市卫生计生局牵头，柳溪镇计生办配合开展督导。')).toEqual([
      '丰源市卫生计生局',
      '柳溪镇计生办',
    ]);
  });

  it('two portfolios of one office are one name', () => {
    expect(names('柳溪镇规划建设和生态环境办公室负责审核。')).toEqual(['柳溪镇规划建设和生态环境办公室']);
  });

  it('a role after a department makes a title, not a body; 部门 is no ministry', () => {
    expect(names('区发改委主任到场，财政部门加强保障。')).toEqual([]);
  });

  it('flood-control headquarters by their short forms', () => {
    expect(names('得到国家防总、省防指的肯定。')).toEqual(['国家防总', '省防指']);
  });

  it('the State Council acts; a session of the National People’s Congress does not', () => {
    expect(names('柳溪是国务院批准的试点。')).toEqual(['国务院']);
    expect(names('学习十四届全国人大二次会议精神。')).toEqual([]);
  });

  it('committee rule: a party committee with its government, and the committee alone as alias', () => {
    const ctx = testContext('在丰源市委、市政府的正确领导下，柳溪镇党委、政府团结带领全镇干部。', PLACES);
    const bodies = extractInstitutions(ctx).entities.sort((a, b) => a.span.start - b.span.start);
    expect(bodies.map((e) => e.name)).toEqual(['丰源市委、市政府', '柳溪镇党委、政府']);
    expect(bodies[0]?.aliases).toEqual(expect.arrayContaining(['丰源市委', '丰源市委市政府']));
  });

  it('a committee before a title is part of a person’s role', () => {
    expect(names('柳溪镇党委书记主持会议，丰源市委常委出席。')).toEqual([]);
  });

  it('own-body rule: a bare level names the bodies of the town the report is about', () => {
    const ctx = testContext('我代表镇人民政府报告工作。投入资金用于镇卫生院改造。', PLACES);
    // The sentences name no place: the report's own town is known from its title or dateline.
    ctx.places.primary = PLACE_STUB;
    const bodies = extractInstitutions(ctx).entities;
    expect(bodies.map((e) => e.name)).toEqual(['柳溪镇人民政府', '柳溪镇卫生院']);
    expect(bodies.map((e) => e.aliases)).toEqual([['镇人民政府'], ['镇卫生院']]);
  });

  it('own-body rule: a bare 镇政府 is the town’s government only as its report’s speaker', () => {
    const ctx = testContext('我代表镇政府向大会报告工作。镇政府成立项目专班，乡政府所在地建成广场。', PLACES);
    ctx.places.primary = PLACE_STUB;
    const bodies = extractInstitutions(ctx).entities;
    expect(bodies.map((e) => e.name)).toEqual(['柳溪镇人民政府']);
    expect(bodies.map((e) => e.aliases)).toEqual([['镇政府']]);
  });

  it('one body written with more or fewer of its places in front is one institution', () => {
    const bodies = extractInstitutions(
      testContext(
        '青川区柳溪镇邻里服务中心启用。柳溪镇邻里服务中心设调解室，柳溪镇邻里服务中心整合资源。邻里服务中心每周开放。',
        PLACES,
      ),
    ).entities;
    expect([...new Set(bodies.map((e) => e.name))]).toEqual(['柳溪镇邻里服务中心']);
  });
});
