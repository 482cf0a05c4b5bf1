import { extractZones } from './zones';
import { testContext } from '../../tests/fixtures/name-test-context';

const names = (text: string) => extractZones(testContext(text)).entities.map((e) => e.name);

describe('zone phrases that describe a kind, a count or an office', () => {
  it('an era, a distributive or a count before the head names no zone', () => {
    expect(names('奋力谱写好新时代高新区高质量发展的新篇章。')).toEqual([]);
    expect(names('区领导及“两代表一委员”逐园区观摩新开工项目。')).toEqual([]);
    expect(names('公示！柳河两产业园入选省级名单。')).toEqual([]);
    expect(names('枫林高新区举行项目集中开工仪式。')).toEqual(['枫林高新区']);
  });

  it("a department's park office and the city as a whole are not zones", () => {
    expect(names('如有异议请书面向省商务厅产业园办公室反映。')).toEqual([]);
    expect(names('以大型商超为首，打造城市活力商圈，促使“老街区小商圈”和“现代新商圈”相呼应。')).toEqual([]);
  });

  it('a kind defined by its core, or made of plain words after 打造, is no zone; a named one is', () => {
    expect(names('建立了以松岗果品园为核心的农副产品深加工园区。')).toEqual([]);
    expect(names('二营巷打造民国风情街区。')).toEqual([]);
    expect(names('打造白芦岛渔业特色小镇。')).toEqual(['白芦岛渔业特色小镇']);
    expect(names('以桃源镇为核心的国家农村产业融合发展示范园通过验收。')).toEqual([
      '国家农村产业融合发展示范园',
    ]);
  });

  it('a landmark and its side inside the span say where the zone lies', () => {
    expect(names('大力推进位于柳河大桥东侧枫溪工业园的建设。')).toEqual(['枫溪工业园']);
  });

  it('a list of people who come to parks is not a list of parks', () => {
    expect(names('鼓励返乡青年、退役士兵、高校毕业生等各类人才到园区创业。')).toEqual([]);
  });

  it("a layout's sector, a division's whole territory and the old quarters are kinds of area", () => {
    expect(names('形成三园（西部农业公园、中部环保工业园、东部生态湿地公园）布局。')).toEqual([]);
    expect(names('推进北部新城柳口片区建设。')).toEqual(['北部新城柳口片区']);
    expect(names('加快县域开发区建设，县域经济开发区核准面积扩大。')).toEqual([]);
    expect(names('该路两侧规划工业产业园。')).toEqual([]);
  });

  it('a list before 各类 is of kinds of park', () => {
    expect(names('全区已建设有机果蔬、生态旅游、休闲观光等各类农业示范园区十个。')).toEqual([]);
  });

  it("a zone's own rank, investment areas, and a verb of building or an area's extent before the name", () => {
    expect(names('柳河经开区排名跃升119位。')).toEqual(['柳河经开区']);
    expect(names('在全省开发区排名中列第三位。')).toEqual([]);
    expect(names('枫溪台商投资区推进9个项目签约落地。')).toEqual(['枫溪台商投资区']);
    expect(names('围绕“东部科技城”新定位推进工作。')).toEqual([]);
  });

  it('a second title after 创建 and 和, a verb of going into parks, and building inside an area are no zones', () => {
    expect(names('借力创建国家中医药和特色南药产业发展试验区契机培育产业。')).toEqual([]);
    expect(names('推广政务服务进园区，实现企业办事不出园。')).toEqual([]);
    expect(names('在生态廊道中建设蔬菜产业园基地。')).toEqual([]);
  });
});
