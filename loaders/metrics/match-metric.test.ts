import { matchMetric } from './match-metric';
import { METRICS, metricByKey } from './vocabulary';

const key = (metric: string, unit: string, value = 100): string | null =>
  matchMetric({ metric, value, unit })?.entry.key ?? null;

describe('the metric vocabulary', () => {
  it('has unique keys, known kinds and a growth entry in % for each growth metric', () => {
    const keys = METRICS.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of METRICS.filter((e) => e.kind === 'growth')) {
      expect(m.unit).toBe('%');
      expect(metricByKey(m.key.replace(/\.growth$/, ''))).not.toBeNull();
    }
  });

  it('covers the metrics town reports are judged by', () => {
    const labels = new Set(METRICS.map((m) => m.label));
    for (const label of [
      '地区生产总值',
      '一般公共预算收入',
      '财政总收入',
      '规上工业总产值',
      '规上工业增加值',
      '工业开票销售',
      '固定资产投资',
      '工业投资',
      '社会消费品零售总额',
      '实际利用外资',
      '到位外资',
      '进出口总额',
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
      '高新技术企业',
      '规上工业企业',
      '专精特新企业',
      '亿元以上项目',
      '新增就业',
      '耕地面积',
      '高标准农田',
    ])
      expect(labels).toContain(label);
  });
});

describe('matchMetric', () => {
  it('finds a metric under its synonyms, periods, hedges and long forms', () => {
    expect(key('工业开票销售', '元')).toBe('industry.invoiced-sales');
    expect(key('工业应税销售', '元')).toBe('industry.invoiced-sales');
    expect(key('1-2月份工业开票销售', '元')).toBe('industry.invoiced-sales');
    expect(key('规模以上工业总产值（1-5月）', '元')).toBe('industry.output.above-scale');
    expect(key('全年完成固定资产投资', '元')).toBe('investment.fixed-assets');
    expect(key('“小升规”企业', '家')).toBe('enterprises.above-scale.new');
    expect(key('高新技术企业数', '家')).toBe('enterprises.hightech');
    // A level of government the entry does not carry narrows it: its own words key it.
    expect(key('省级重点项目', '个')).toBe('projects:省级重点项目');
    // A sector narrows the metric: its own words key it, not the key projects of every sector.
    expect(key('省级重点产业类项目', '个')).toBe('projects:省级重点产业类项目');
  });

  it('keeps growth apart from level, and a flow apart from a stock', () => {
    expect(key('地区生产总值', '元')).toBe('gdp');
    expect(key('地区生产总值增长', '%')).toBe('gdp.growth');
    expect(key('地区生产总值同比增速', '%')).toBe('gdp.growth');
    // A level in % or a growth in 元 names nothing the vocabulary can hold.
    expect(key('地区生产总值', '%')).toBeNull();
    expect(key('地区生产总值增长', '元')).toBeNull();
    expect(key('新增高新技术企业', '家')).toBe('enterprises.hightech.new');
    expect(key('高新技术企业', '家')).toBe('enterprises.hightech');
  });

  it('reads a fall as a negative growth and a share of the plan as a ratio', () => {
    const fall = matchMetric({ metric: '一般财政预算收入同比下降', value: 3, unit: '%' });
    expect(fall?.entry.key).toBe('revenue.public-budget.growth');
    expect(fall?.decline).toBe(true);
    expect(key('工业投资完成全年任务', '%')).toBe('investment.industrial.plan-share');
  });

  it('converts to the canonical unit and refuses a unit that cannot measure the metric', () => {
    expect(matchMetric({ metric: '高标准农田', value: 220, unit: '公顷' })?.figure).toEqual({
      value: 3300,
      valueMax: null,
      unit: '亩',
    });
    expect(matchMetric({ metric: '固定资产投资', value: 1085000, unit: '万元' })?.figure.value).toBe(
      10_850_000_000,
    );
    expect(matchMetric({ metric: '城镇新增就业', value: 1.2, unit: '万人' })?.figure).toMatchObject({
      value: 12000,
      unit: '人',
    });
    expect(matchMetric({ metric: '实际利用外资', value: 5e7, unit: '美元' })?.figure.unit).toBe('美元');
    expect(key('高新技术企业', '元')).toBeNull();
    expect(key('外出招商', '天')).toBeNull();
  });

  it('knows nothing of phrases that are not metrics', () => {
    expect(key('吨高性能不锈钢管、国家智能商用车质检中心等', '个')).toBeNull();
    expect(key('经验在外地交流', '次')).toBeNull();
    expect(key('', '元')).toBeNull();
  });
});
