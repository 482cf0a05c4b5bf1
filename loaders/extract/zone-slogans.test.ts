import { extractZones } from './zones';
import { testContext } from '../../tests/fixtures/name-test-context';

const zones = (text: string, places: Parameters<typeof testContext>[1] = []) =>
  extractZones(testContext(text, places)).entities.map((e) => [e.name, e.aliases]);
const names = (text: string, places: Parameters<typeof testContext>[1] = []) =>
  extractZones(testContext(text, places)).entities.map((e) => e.name);

describe('zones against goals, slogans and works', () => {
  it('a zone word inside a quoted slogan of two clauses is a goal, not an area', () => {
    expect(names('努力把桂溪街道建成“科创引领高地，近悦远来新城”。')).toEqual([]);
    expect(names('提出‘打造湘江明珠，建设活力临港新区’的目标。')).toEqual([]);
  });

  it('a verb of building before 新城 makes a phrase, not a name', () => {
    expect(names('桂溪：产业兴旺起高地 宜业宜游建新城')).toEqual([]);
  });

  it('a grade written before a resort is not part of its name', () => {
    expect(names('依托国家4A级旅游景区松岭湖旅游度假区发展民宿。')).toEqual(['松岭湖旅游度假区']);
  });

  it('a date before a park is not part of its name', () => {
    expect(names('2021年6月桂溪现代农业产业园正式挂牌。')).toEqual(['桂溪现代农业产业园']);
  });

  it('a practice of joining made a pilot area names what is tried there, not an area', () => {
    expect(names('全力推动校企研一体化示范区建设。')).toEqual([]);
    expect(names('桂溪市启动中心城区产城融合示范区首批项目。')).toEqual([]);
    expect(names('桂溪湖滨新区产城融合示范区新开工项目5个。')).not.toEqual([]);
  });

  it('a goal-named pilot area with a proper name in front is an area; the bare goal is a designation', () => {
    expect(names('以松岭湖乡村振兴示范区创建为抓手。')).toEqual(['松岭湖乡村振兴示范区']);
    expect(names('争取更多资金支持乡村振兴示范区。')).toEqual([]);
  });

  it('an area counted among projects, or whose main works are reported, is a project', () => {
    expect(names('全力推进桂江文旅长廊、松岭老街文化旅游街区等重点项目建设。')).toEqual([]);
    expect(names('桂溪智造科技产业园主体建设完成六成。')).toEqual([]);
  });

  it('a level with a bare head is a class of zones; masked names are skipped', () => {
    expect(names('年度省级开发区考评连续两年位列第三。')).toEqual([]);
    expect(names('XX开发区全年引进项目八个。')).toEqual([]);
    expect(names('白鹭省级经济开发区扩区。')).toEqual(['白鹭省级经济开发区']);
  });

  it('a province short name before a city zone in a headline: the city zone, the whole an alias', () => {
    expect(
      zones('湖南衡州经济开发区：民生事业再上台阶。', [
        { name: '湖南省', kind: 'PROVINCE', short: '湖南' },
        { name: '衡州市', kind: 'CITY', short: '衡州' },
      ]).map(([name, aliases]) => [name, (aliases as string[]).includes('湖南衡州经济开发区')]),
    ).toEqual([['衡州经济开发区', true]]);
  });

  it('暨 joins two events, never parts of one zone name', () => {
    expect(names('召开“乡贤回乡”暨园区企业家座谈会。')).toEqual([]);
  });

  it('a verb of inspecting inside the span is not part of the zone name', () => {
    expect(names('县长在桂溪镇调研松岭茶叶产业园区建设。')).toEqual(['松岭茶叶产业园区']);
  });
});
