import { matchMetric } from './match-metric';
import { normaliseMetricText } from './metric-text';
import { METRICS, metricByKey } from './vocabulary';

/** The structural matching rules, on phrasings written for these tests. */
const key = (metric: string, unit: string, projectSubject = false): string | null =>
  matchMetric({ metric, value: 10, unit, projectSubject })?.entry.key ?? null;

describe('normaliseMetricText', () => {
  it('drops periods, scopes and reaching verbs before the metric, and closing verbs after it', () => {
    for (const raw of [
      '截至10月底全镇累计实现税收收入',
      '今年以来我镇完成税收收入',
      '1至9月份全街道税收收入达到',
      '前三季度本镇实现税收收入',
      '三月份全区税收收入突破',
      '2025年全年共完成税收收入',
    ])
      expect({ raw, core: normaliseMetricText(raw).core }).toEqual({ raw, core: '税收收入' });
  });

  it('reads 提高到 and 增长至 as a level, 增长 and 下降 as a change', () => {
    expect(normaliseMetricText('森林覆盖率提高到')).toMatchObject({ core: '森林覆盖率', growth: false });
    expect(normaliseMetricText('村集体收入增长至')).toMatchObject({ core: '村集体收入', growth: false });
    expect(normaliseMetricText('单位GDP能耗同比下降')).toMatchObject({
      core: '单位GDP能耗',
      growth: true,
      decline: true,
    });
    expect(normaliseMetricText('工业增加值增长速度')).toMatchObject({ core: '工业增加值', growth: true });
  });

  it('spells size thresholds one way: 超亿元, 1亿元以上 and 亿元级 are 亿元以上', () => {
    expect(normaliseMetricText('超亿元项目').core).toBe('亿元以上项目');
    expect(normaliseMetricText('1亿元以上项目').core).toBe('亿元以上项目');
    expect(normaliseMetricText('亿元级项目').core).toBe('亿元以上项目');
    expect(normaliseMetricText('1000万元以上项目').core).toBe('千万元以上项目');
  });
});

describe('matchMetric: structure', () => {
  it('finds standard statistical indicators under scope, period and verb', () => {
    expect(key('1-10月全区实现规上工业增加值', '元')).toBe('industry.value-added.above-scale');
    expect(key('今年以来全镇实现社会消费品零售总额', '元')).toBe('retail.consumer-goods');
    expect(key('全年接待国内外游客', '人次')).toBe('tourists');
    expect(key('截至目前城镇新增就业', '人')).toBe('employment.new');
    expect(key('全镇常住人口', '人')).toBe('population.resident');
    expect(key('空气质量优良天数', '天')).toBe('air.good-days');
    expect(key('达产后可新增年销售', '元')).toBe('project.annual-output');
    expect(key('年可实现税收', '元')).toBe('project.annual-tax');
    expect(key('建成后可带动就业', '人')).toBe('employment.driven');
    expect(key('全年完成投资增长', '%')).toBe('investment.completed.growth');
    expect(matchMetric({ metric: '粮食总产量', value: 3.2, unit: '万斤' })?.figure).toMatchObject({
      value: 16,
      unit: '吨',
    });
  });

  it('names nothing with a bare word left after the scope is gone', () => {
    expect(key('面积', '亩')).toBeNull();
    // A place's area is no metric of the vocabulary; the head grammar keys it by its words.
    expect(key('工业园区面积', '亩')).toBe('land:工业园区面积');
    expect(key('收入', '元')).toBeNull();
    expect(key('人均税收', '元')).toBeNull();
  });

  it('meets totals and amounts in a loose form (总额, 总量, 额) but keeps averages apart', () => {
    expect(key('粮食总产', '吨')).toBe('grain.output');
    expect(key('货物进出口额', '元')).toBe('trade.import-export');
    expect(key('外贸出口额', '美元')).toBe('trade.export');
    expect(key('人均地区生产总值', '元')).toBe('gdp.per-capita');
    expect(key('村均集体经济收入', '元')).toBe('village.collective-income.average');
    expect(key('城镇居民人均可支配收入', '元')).toBe('income.urban');
  });

  it('reads 新增 before a stock as its additions, before a flow as the flow, and never as a level in 元', () => {
    expect(key('新增个体工商户', '户')).toBe('market-entities.individual.new');
    expect(key('新增市场主体', '户')).toBe('enterprises.registered.new');
    expect(key('新增耕地', '亩')).toBe('farmland.cultivated.new');
    expect(key('个体工商户', '户')).toBe('market-entities.individual');
    expect(key('新建5G基站', '个')).toBe('infrastructure.5g');
    // 新增 before a yearly amount in 元 is its increment, which no entry measures: the head
    // grammar keys it by its words, apart from the level.
    expect(key('新增一般公共预算收入', '元')).toBe('revenue:新增一般公共预算收入');
  });

  it('tells two metrics of one phrasing apart by the unit', () => {
    expect(key('土地出让', '亩')).toBe('land.supplied');
    expect(key('土地出让', '元')).toBe('land.sale-revenue');
    expect(key('商品房销售', '平方米')).toBe('housing.sales-area');
    expect(key('商品房销售', '元')).toBe('housing.sales');
  });

  it('keeps growth apart from level by wording and by unit', () => {
    const fall = matchMetric({ metric: '单位地区生产总值能耗下降', value: 3.2, unit: '%' });
    expect(fall).toMatchObject({ entry: { key: 'energy.intensity.growth' }, decline: true });
    expect(key('城镇化率提高到', '%')).toBe('ratio.urbanisation');
    expect(key('规上工业增加值', '元')).toBe('industry.value-added.above-scale');
    // An increase in 元 is neither the level nor its rate.
    expect(key('税收收入增加', '元')).toBeNull();
    // A ratio changes in 个百分点; 增长3% of a ratio is no metric the vocabulary holds.
    expect(key('森林覆盖率增长', '%')).toBeNull();
    expect(key('常住人口增长', '%')).toBe('population.resident.growth');
  });

  it('reads current prices, the size line of 规上 and 宗 of projects as the usual metric', () => {
    expect(key('规模以上工业完成现价产值', '元')).toBe('industry.output.above-scale');
    expect(key('2000万元规模以上工业企业产值', '元')).toBe('industry.output.above-scale');
    expect(matchMetric({ metric: '引进新项目', value: 7, unit: '宗' })).toMatchObject({
      entry: { key: 'projects.introduced' },
      figure: { value: 7, unit: '个' },
    });
  });

  it('names buckets of project size whatever the spelling of the threshold', () => {
    expect(key('引进超亿元项目', '个')).toBe('projects.100m');
    expect(key('招引1000万元以上项目', '个')).toBe('projects.10m');
    expect(key('签约十亿元以上项目', '个')).toBe('projects.1b');
    expect(key('5亿元以上项目', '个')).toBe('projects.500m');
    expect(key('5亿元以上产业项目', '个')).toBe('projects:5亿元以上产业项目');
  });

  it('reads a group of enterprises and what it reaches as one metric, a place before a metric as scope', () => {
    expect(key('规上工业企业实现总产值', '元')).toBe('industry.output.above-scale');
    expect(key('限上商贸企业实现批发零售业商品销售额', '元')).toBe('trade.wholesale-retail-sales');
    expect(key('限上零售企业实现社会消费品零售总额', '元')).toBe('retail.consumer-goods.above-quota');
    expect(key('商务楼宇实现税收', '元')).toBe('tax:商务楼宇税收');
    expect(key('经开区规上工业产值', '元')).toBe('industry.output.above-scale');
  });

  it('reads a single project or company before its figure as its owner, a group of them as a metric', () => {
    expect(key('某某新材料项目总投资', '元')).toBe('investment.project-total');
    expect(key('某某科技有限公司年产值', '元')).toBe('project.annual-output');
    expect(key('某某镇2025年末常住人口', '人')).toBe('population.resident');
    expect(key('某某镇全年实现地区生产总值', '元')).toBe('gdp');
    expect(key('入驻企业总投资', '元')).toBe('investment:入驻企业总投资');
    expect(key('某某镇新开工项目总投资', '元')).toBe('investment.started-projects');
    expect(key('某某产业园规上企业产值', '元')).toBe('industry.output.above-scale');
  });

  it("reads a project's bare 投资 as its total investment, and nobody else's", () => {
    expect(key('投资', '元', true)).toBe('investment.project-total');
    expect(key('投资', '元')).toBeNull();
    expect(key('完成投资', '元', true)).toBe('investment.completed');
  });
});

describe('the vocabulary: families and stocks', () => {
  const FAMILIES = new Set(['statistical-indicator', 'work-report', 'project-figure']);

  it('notes the source family of every entry', () => {
    for (const m of METRICS)
      expect({ key: m.key, family: FAMILIES.has(m.family) }).toEqual({ key: m.key, family: true });
  });

  it('gives every stock an entry for its additions, in the same unit', () => {
    const stocks = METRICS.filter((m) => m.stock);
    expect(stocks.length).toBeGreaterThan(10);
    for (const m of stocks) {
      const additions = metricByKey(m.additions ?? '');
      const units = [m.unit, ...m.units];
      expect({ key: m.key, unit: units.includes(additions?.unit ?? '') }).toEqual({ key: m.key, unit: true });
    }
  });

  it('names no phrasing twice within one unit', () => {
    const seen = new Map<string, string>();
    for (const m of METRICS.filter((e) => !/\.(?:growth|plan-share)$/.test(e.key)))
      for (const s of m.synonyms) {
        const id = `${normaliseMetricText(s).core}|${m.unit}`;
        const other = seen.get(id);
        if (other !== undefined && other !== m.key) expect({ phrasing: s, keys: [other, m.key] }).toBeNull();
        seen.set(id, m.key);
      }
  });
});
