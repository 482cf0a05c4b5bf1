import { extractDocument } from '..';

/**
 * Documents whose own place is a prefecture-level city, or a county or banner written by a
 * short form. The places are real; every sentence is invented.
 */
function read(text: string): { places: string[]; figures: string[] } {
  const { records } = extractDocument({
    name: 'city.txt',
    bytes: new TextEncoder().encode(text),
    publishedAt: '2025-04-20',
  });
  const name = new Map(records.nodes.map((n) => [n.id, n.name]));
  const node = new Map(records.nodes.map((n) => [n.id, n]));
  const figures = records.relationships
    .filter((r) => r.type === 'REPORTS' || r.type === 'TARGETS')
    .map((r) => {
      const figure = node.get(r.to);
      return `${name.get(r.from)}: ${String(figure?.properties.value)}${String(figure?.properties.unit)}`;
    });
  const places = records.nodes
    .filter((n) => n.label === 'Place')
    .map((n) => `${n.name} ${String(n.properties.kind)}`);
  return { places, figures };
}

describe('a city as the document’s own place', () => {
  it('owns the figures of its economic news, spoken of as 全市', () => {
    const found = read(
      '汉中市一季度经济运行简况\n一季度，全市实现地区生产总值410.5亿元，同比增长5.2%。全市社会消费品零售总额完成152亿元。',
    );
    expect(found.figures).toEqual(
      expect.arrayContaining(['汉中市: 41050000000元', '汉中市: 5.2%', '汉中市: 15200000000元']),
    );
  });

  it('owns them when a period opens the sentence before its name', () => {
    const found = read('经济简讯\n2024年，汉中市实现地区生产总值1850亿元，比上年增长5.6%。');
    expect(found.figures).toEqual(expect.arrayContaining(['汉中市: 185000000000元', '汉中市: 5.6%']));
  });

  it('is not taken from a province’s text that names a city in passing', () => {
    const found = read(
      '全省经济运行情况\n一季度，全省实现地区生产总值9800亿元。全省规上工业增加值增长6.1%。我省汉中市新增规上企业41家。',
    );
    expect(found.figures.filter((f) => f.startsWith('汉中市') && !f.endsWith('家'))).toEqual([]);
  });

  it('leaves a town’s report with the town when the city is named in passing', () => {
    const found = read(
      '北关街道工作总结\n北关街道地处汉中市中心城区。今年全街道完成固定资产投资3.2亿元，增长7%。',
    );
    expect(found.figures).toEqual(['北关街道: 320000000元', '北关街道: 7%']);
  });
});

describe('a county or banner written by a short form', () => {
  it('finds an autonomous county named 某某县', () => {
    const found = read('三江县一季度经济运行情况\n一季度，全县实现地区生产总值38.6亿元，增长4.1%。');
    expect(found.places).toContain('三江侗族自治县 DISTRICT');
    expect(found.figures).toEqual(['三江侗族自治县: 3860000000元', '三江侗族自治县: 4.1%']);
  });

  it('finds one named 某某自治县 and its prefecture named 某某州', () => {
    const found = read('紫云自治县召开经济工作会议，全县去年完成固定资产投资42亿元。');
    expect(found.places).toContain('紫云苗族布依族自治县 DISTRICT');
    expect(found.figures).toEqual(['紫云苗族布依族自治县: 4200000000元']);
    expect(read('楚雄州举行项目集中开工活动，全州开工项目36个。').places).toContain('楚雄彝族自治州 CITY');
  });
});

describe('the whole of a place above the document’s own', () => {
  it('credits 全旗 and 全盟 to the banner and the league, and a city after the period to the city', () => {
    const banner = read(
      '上都镇2024年工作总结\n今年全镇实现财政收入1.6亿元。全旗实现地区生产总值52亿元。全盟新增规上企业28家。',
    );
    expect(banner.figures).toEqual(
      expect.arrayContaining(['上都镇: 160000000元', '正蓝旗: 5200000000元', '锡林郭勒盟: 28家']),
    );
    const town = read('北关街道工作总结\n全街道新增市场主体620户。2024年，汉中市实现地区生产总值1850亿元。');
    expect(town.figures).toEqual(expect.arrayContaining(['北关街道: 620户', '汉中市: 185000000000元']));
  });

  it('owns the figures of its paper’s news that goes on to one of its districts', () => {
    const found = read(
      '本报讯 3月2日，汉中分会场集中开工活动举行，我市新开工项目42个，总投资96.5亿元；其中10亿元以上项目3个。随后一行前往汉台区铺镇，察看一家食品厂的生产线。',
    );
    expect(found.figures).toEqual(
      expect.arrayContaining(['汉中市: 42个', '汉中市: 9650000000元', '汉中市: 3个']),
    );
  });

  it('leaves a district its news that measures it against 全市', () => {
    const found = read(
      '汉台集中签约项目30个\n3月2日，汉台区举行集中签约活动，签约项目30个。汉台区去年开工率71%，高于全市平均水平。',
    );
    expect(found.figures).toEqual(expect.arrayContaining(['汉台区: 30个', '汉台区: 71%']));
  });

  it('gives a prefecture its round-up of counties that opens with a county-level city', () => {
    const { records } = extractDocument({
      name: 'city.txt',
      bytes: new TextEncoder().encode(
        '楚雄州秋季项目集中开工\n9月12日，楚雄州在各县市同步举行秋季项目集中开工活动。禄丰市开工项目12个，总投资9亿元；元谋县开工项目8个；南华县开工项目6个。',
      ),
    });
    const place = records.nodes.find((n) => n.id === records.documents[0]?.properties.place);
    expect(place?.name).toBe('楚雄彝族自治州');
  });

  it('leaves a district its news that ranks it in the city (全市唯一, 全市首个)', () => {
    const { records } = extractDocument({
      name: 'city.txt',
      bytes: new TextEncoder().encode(
        '汉台区冷链园开园\n6月2日，汉台区冷链物流园开园，成为汉中全市唯一的冷链物流园。汉台区也由此建成全市首个冷链配送中心。',
      ),
    });
    const place = records.nodes.find((n) => n.id === records.documents[0]?.properties.place);
    expect(place?.name).toBe('汉台区');
  });
});
