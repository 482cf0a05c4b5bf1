import { extractZones } from './zones';
import { testContext } from '../../tests/fixtures/name-test-context';

const names = (text: string) => extractZones(testContext(text)).entities.map((e) => e.name);

describe('extractZones', () => {
  it('suffix rule: parks, development zones, science cities', () => {
    expect(names('助推桃源花木市场、江北花都产业园联动发展，融入“滨湖科学城组团”。')).toEqual([
      '桃源花木市场',
      '江北花都产业园',
      '“滨湖科学城组团”',
    ]);
  });

  it('planning-area families: 集中区, 片区, 新城, 街区, 板块, each after a proper name', () => {
    expect(
      names(
        '枫林工业集中区新上项目三个，白鹭洲片区完成征迁，推动临江新城和老街历史文化街区联动，滨江商务板块集聚企业二十家。',
      ),
    ).toEqual(['枫林工业集中区', '白鹭洲片区', '临江新城', '老街历史文化街区', '滨江商务板块']);
    expect(names('全力推进片区开发，新城建设提速。')).toEqual([]);
  });

  it('coined park heads from a function word (双创园, 孵化园, 医药城) and economic areas, after a proper name', () => {
    expect(
      names('柳河双创园新引进企业六家，枫林孵化园建成投用，松岗医药城引进企业三家，江北临空经济区扩区。'),
    ).toEqual(['柳河双创园', '枫林孵化园', '松岗医药城', '江北临空经济区']);
    expect(names('以“银三角”现代商贸区为平台发展专业市场。')).toEqual(['“银三角”现代商贸区']);
    expect(
      names(
        '柳河出口加工区新入驻企业5家，江北工业集中发展区扩区，白鹭山风景名胜区游客增多，松岗产业合作园开园。',
      ),
    ).toEqual(['柳河出口加工区', '江北工业集中发展区', '白鹭山风景名胜区', '松岗产业合作园']);
    expect(names('推进重点发展区建设，打造产业合作园。')).toEqual([]);
    expect(names('推进枫林产业聚集区和桃源食品产业区建设，白鹭国际陆港开通班列。')).toEqual([
      '枫林产业聚集区',
      '桃源食品产业区',
      '白鹭国际陆港',
    ]);
    // A function word alone before the head describes a kind of area; 公园 and 家园 never open a park head.
    expect(names('打造智慧物流产业区，建设双创园，修缮柳河公园和美丽家园。')).toEqual([]);
    // A count or a verb of planning inside the span describes what is built.
    expect(names('柳河街道规划建设四个产业聚集区。')).toEqual([]);
  });

  it('a verb of settling or visiting inside the span is not part of the zone’s name', () => {
    expect(names('远帆科技落户柳河工业园区，总投资3亿元。')).toEqual(['柳河工业园区']);
    expect(names('代表团考察了江北特色小镇。')).toEqual(['江北特色小镇']);
  });

  it('a verb before the park ends its name', () => {
    expect(names('高新区创成国家级绿色园区，青枫工业园区提档升级。')).toEqual(['青枫工业园区']);
  });

  it('broad heads need a proper name: 花木市场 and 产业园区 alone are not zones', () => {
    expect(names('对花木市场内所有企业数据进行收集，推进产业园区建设。')).toEqual([]);
  });

  it('quoted branded areas are programmes, and a park built as a project is the project', () => {
    expect(names('落实“三湾”创新区建设战略，加快建设国际花卉示范园项目。')).toEqual([]);
  });

  it('old towns and scenic areas; a city named in full in front becomes an alias', () => {
    const ctx = testContext('通过《苏州市横塘古镇保护条例》，横塘古镇申遗启动。', [
      { name: '苏州市', kind: 'CITY', short: '苏州' },
      { name: '横塘村', kind: 'VILLAGE', short: '横塘' },
    ]);
    const zones = extractZones(ctx).entities;
    expect(zones.map((z) => z.name)).toEqual(['横塘古镇', '横塘古镇']);
    expect(zones[0]?.aliases).toEqual(['苏州市横塘古镇']);
  });

  it('a park reported as invested in or built is works; a park where firms gather stays a zone', () => {
    expect(names('投资8亿元的青禾智造产业园开工建设，企业集聚在白鹭湾产业园。')).toEqual(['白鹭湾产业园']);
    expect(names('省重点项目青禾纺织产业园初具规模，白鹭湾工业园一期建成投运。')).toEqual([]);
  });

  it('a phase or a construction project after a name makes it works', () => {
    expect(
      names('推进石桥片区(二期)改造，东坡村集体产业园区建设项目开工，桃源农贸市场提升改造项目竣工。'),
    ).toEqual([]);
  });

  it('descriptions, grades, counts and designations are not zone names', () => {
    expect(
      names('打造5个万亩特色产业片区，创建AAAA级旅游度假区，建好两大特色专业园区，争创共同富裕先行区。'),
    ).toEqual([]);
  });

  it('plan words before a zone are dropped; a town named in front becomes an alias', () => {
    expect(names('规划建设青山新城片区。')).toEqual(['青山新城片区']);
    const ctx = testContext('柳溪镇在柳溪镇桃花渡口小镇举行开街活动。', [{ name: '柳溪镇', kind: 'TOWN' }]);
    const [zone] = extractZones(ctx).entities;
    expect(zone?.name).toBe('桃花渡口小镇');
    expect(zone?.aliases).toEqual(['柳溪镇桃花渡口小镇']);
  });

  it('a development zone is also known by its short form', () => {
    const ctx = testContext('设立江南省临川高新技术产业开发区。', [{ name: '江南省', kind: 'PROVINCE' }]);
    const [zone] = extractZones(ctx).entities;
    expect(zone?.name).toBe('临川高新技术产业开发区');
    expect(zone?.aliases).toEqual(expect.arrayContaining(['江南省临川高新技术产业开发区', '临川高新区']));
  });

  it('镇工业集中区 is the park of the town the document is about', () => {
    const ctx = testContext('柳溪镇持续完善镇工业集中区功能配套。', [{ name: '柳溪镇', kind: 'TOWN' }]);
    const [zone] = extractZones(ctx).entities;
    expect(zone?.name).toBe('柳溪镇工业集中区');
    expect(zone?.aliases).toEqual(['镇工业集中区']);
  });

  it('an official going to a zone is not part of its name', () => {
    expect(names('镇党委书记到柳溪农贸市场检查防汛工作。')).toEqual(['柳溪农贸市场']);
  });

  it('function words alone describe a kind of area, not a zone', () => {
    expect(names('打造现代服务集聚区和装备智造示范区，启动康养片区开发，建设温泉小镇。')).toEqual([]);
    expect(names('重点建设高性能医疗器械产业园。')).toEqual([]);
    // A place, a road or a coined word in front names one zone.
    expect(names('推进青石养殖示范区和银杏路先进制造业示范区，“云帆”产业基地完成建设。')).toEqual([
      '青石养殖示范区',
      '银杏路先进制造业示范区',
      '“云帆”产业基地',
    ]);
  });

  it('a pipe running to a park, a title, a ranking and a slogan are not zones', () => {
    expect(names('一条管廊从热电厂直通园区。')).toEqual([]);
    expect(names('全县成功创建全国科普示范区，在全国生物医药产业园区排名中上升五位。')).toEqual([]);
    expect(names('深入实施“老街新城”发展战略，奋力打造临江北部新城”的发展目标。')).toEqual([]);
  });

  it('a park listed beside named works is one of the works', () => {
    expect(names('领导先后来到石桥村、青禾金属产业园、红叶纪念馆项目建设现场。')).toEqual([]);
    expect(names('助推桃源花木市场、江北花都产业园联动发展。')).toEqual(['桃源花木市场', '江北花都产业园']);
  });

  it('a park in a list of projects is a project only', () => {
    expect(names('青禾模具产业园等6个项目谈成待建。')).toEqual([]);
  });

  it('small-firm parks, port and bonded areas, start-up areas, eco-parks and valleys', () => {
    expect(
      names(
        '青溪小微企业创业园入驻企业20家，榆港港区吞吐量增长，依托江北启动区建设，自贸试验区海州片区企业过万家，莲湖生态园和东湖光谷集聚企业。',
      ),
    ).toEqual([
      '青溪小微企业创业园',
      '榆港港区',
      '江北启动区',
      '自贸试验区海州片区',
      '莲湖生态园',
      '东湖光谷',
    ]);
    // The families alone, or with function words only, are kinds of area.
    expect(names('建设一批小微企业园，规划建设工业区和商务区，打造农业生态园。')).toEqual([]);
  });

  it('themed parks reported with their investment are works, not zones', () => {
    expect(names('白鹭文化生态园总投资80亿元，企业集聚在莲湖生态园。')).toEqual(['莲湖生态园']);
  });

  it('a bare head used as the name of the zone a text is about, when the full name is never given', () => {
    expect(names('度假区党工委召开会议。度假区将继续聚焦康养产业。')).toEqual(['度假区', '度假区']);
    // Once, or beside the full name, the head is not a name of its own.
    expect(names('度假区将继续聚焦康养产业。')).toEqual([]);
    expect(names('青山经济开发区持续发力。经开区将聚焦新材料，经开区党工委部署工作。')).toEqual([
      '青山经济开发区',
    ]);
  });

  it('a bare head after a level or a determiner is a kind of zone', () => {
    expect(names('全省高新区排名中上升，各开发区协同发展。')).toEqual([]);
  });

  it('a direction with a function word places a kind of area', () => {
    expect(names('奋力争当南部主体功能区高质量发展排头兵。')).toEqual([]);
  });

  it('industry valleys and themed cities after a name', () => {
    expect(names('新增中国钛谷、东湖车谷入驻企业，青山科技城集聚企业，建设汽车城。')).toEqual([
      '中国钛谷',
      '东湖车谷',
      '青山科技城',
    ]);
  });

  it('goals stacked from function words and a verb before a new area', () => {
    expect(names('打造生物医药科技国际合作创新区，建设一批特色主题产业园，做实白鹭新区产业协作。')).toEqual([
      '白鹭新区',
    ]);
  });

  it('a two-character noun before a development zone head is its name; a level or a scope is not', () => {
    expect(names('在东部，火炬开发区提出新方向。')).toEqual(['火炬开发区']);
    expect(names('推进经济开发区和旅游开发区建设，全省开发区和省级高新区协同。')).toEqual([]);
  });

  it('a division the document knows as a place is not a zone', () => {
    const ctx = testContext('白鹭新区召开工作会议，青山工业园区新增企业。', [
      { name: '白鹭新区', kind: 'DISTRICT' },
    ]);
    expect(extractZones(ctx).entities.map((z) => z.name)).toEqual(['青山工业园区']);
  });

  it('a cooperation scheme before a park head names a kind of park', () => {
    expect(names('打造东西部协作产业园，建设飞地园区，企业集聚在青山飞地产业园。')).toEqual([
      '青山飞地产业园',
    ]);
  });
});
