import { extractZones } from './zones';
import { testContext } from '../../tests/fixtures/name-test-context';

const names = (text: string) => extractZones(testContext(text)).entities.map((e) => e.name);

describe('zone shapes in running text', () => {
  it('a dash joins a park to its sector: the park is the zone', () => {
    expect(names('白鹭循环经济产业园区--生物医药板块是重点打造的园中园。')).toEqual(['白鹭循环经济产业园区']);
  });

  it('works named after the zone that holds them give the zone, not a second zone', () => {
    expect(names('柳河合作示范区江北物流商贸城和柳河合作示范区南部新城商住楼前期工作就绪。')).toEqual([
      '柳河合作示范区',
      '柳河合作示范区',
    ]);
    // A phase or the zone's own body after it is still the one zone.
    expect(names('青山工业园区管委会召开会议。')).toEqual(['青山工业园区']);
  });

  it('a level, a scope or a goal speaks of a kind of zone', () => {
    expect(
      names(
        '青山区市级文化产业园区增至5个。全省开发区协同发展。努力打造具有区域影响力的新一代科技产业园区。',
      ),
    ).toEqual([]);
  });

  it('a doubled verb of using in front is not part of the name', () => {
    expect(names('用好用活柳河合作示范区等平台。')).toEqual(['柳河合作示范区']);
  });

  it('shopping districts are zones; the economy of one is not', () => {
    expect(names('东风街-白鹭湾商圈人气提升。')).toEqual(['东风街-白鹭湾商圈']);
    expect(names('推动青山步行街城市商圈经济发展。')).toEqual([]);
  });

  it('a zone made a goal after 打造成为 is a designation, also in a list', () => {
    expect(names('着力把青山打造成为高山茶叶示范区、白鹭湖度假区和重要的茶叶基地。')).toEqual([]);
  });

  it('a verb of naming in front is not part of the name', () => {
    expect(names('在这个被称作江北中央商务区的区域里，企业集聚。')).toEqual(['江北中央商务区']);
  });

  it('a level inside the name, after its sponsor, still names a class', () => {
    expect(names('推进青山学院省级大学科技园合作。')).toEqual([]);
  });

  it('service trades and division levels before a park head name a kind of park', () => {
    expect(names('人力资源产业园、零售产业园和乡街产业园陆续开园。')).toEqual([]);
  });

  it('in a list of parks, 和 inside an item joins two trades of one park', () => {
    expect(names('已建成柳河街道电商产业园、白鹭乡租赁和商务服务业产业园等3家产业园。')).toEqual([
      '柳河街道电商产业园',
      '白鹭乡租赁和商务服务业产业园',
    ]);
  });

  it('a small place named by its landform before a planning head is a name', () => {
    expect(names('配合火车站至柳家坝新区主干道建设，推进白沙湾片区开发。')).toEqual([
      '柳家坝新区',
      '白沙湾片区',
    ]);
  });

  it('industry cities and coined function ports are zone heads', () => {
    expect(
      names('白鹭国际航天城签约项目12个，柳河新城智慧港重点打造总部经济，青山大学城入驻高校3所。'),
    ).toEqual(['白鹭国际航天城', '柳河新城智慧港', '青山大学城']);
  });

  it('the 到 left after a verb of going is not part of the name', () => {
    expect(names('考察团深入到白鹭湾高效农业示范园调研。')).toEqual(['白鹭湾高效农业示范园']);
  });

  it('a verb of going or of making inside the span is not part of a name', () => {
    expect(names('与会人员赴青川县白鹭工业园区观摩，柳河州努力建设成电力改革示范区。')).toEqual([
      '青川县白鹭工业园区',
    ]);
  });

  it('a national or provincial rank between a name and a development zone head stays in the name', () => {
    expect(
      extractZones(testContext('白鹭省级经济开发区扩区。')).entities.map((e) => [e.name, e.aliases]),
    ).toEqual([['白鹭省级经济开发区', ['白鹭省级经开区']]]);
  });

  it('a zone listed beside a zone with the same head is a zone, even with a body the dictionary knows', () => {
    expect(names('三区即是柳塘园区、文林园区、白湾园区。')).toEqual(['柳塘园区', '白湾园区', '文林园区']);
    expect(names('推进工业园区、文化园区建设。')).toEqual([]);
  });

  it('建成 alone reports a park completed, not a goal; a division in front is not a container', () => {
    expect(names('已建成白鹭湾电商产业园。')).toEqual(['白鹭湾电商产业园']);
    const ctx = testContext('柳河新区青山科学城新引进企业5家。', [{ name: '柳河新区', kind: 'DISTRICT' }]);
    expect(extractZones(ctx).entities.map((e) => e.name)).toEqual(['青山科学城']);
  });
});
