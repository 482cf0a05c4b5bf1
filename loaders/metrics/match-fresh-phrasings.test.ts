import { matchMetric } from './match-metric';
import { isNameListMetric } from './garbage-metric';

const key = (metric: string, unit: string): string | null =>
  matchMetric({ metric, value: 100, unit })?.entry.key ?? null;

describe('matchMetric: phrasings of fresh pages', () => {
  it('reads 同期增长 and 逆势增长 as growth, the comparison said short', () => {
    expect(key('工业总产值同期增长', '%')).toBe('industry.output.growth');
    expect(key('农业总产值同期下降', '%')).toBe('agriculture.output.growth');
    expect(key('税收收入逆势增长', '%')).toBe('revenue.tax.growth');
    // 上年同期 is still a comparison, and no level is read as growth.
    expect(key('工业总产值同期增长', '亿元')).toBeNull();
  });

  it('reads 全口径 before industrial sales or tax as the whole measure, but not before spending', () => {
    expect(key('全口径工业开票销售', '亿元')).toBe('industry.invoiced-sales');
    expect(key('全口径工业应税销售增长', '%')).toBe('industry.invoiced-sales.growth');
    expect(key('全口径财政支出', '亿元')).toBe('expenditure.fiscal-total');
  });

  it("reads a level's own budget revenue (本级) as the general budget revenue", () => {
    expect(key('一般公共预算本级收入', '亿元')).toBe('revenue.public-budget');
    expect(key('本级一般公共预算收入增长', '%')).toBe('revenue.public-budget.growth');
  });

  it('keeps the local total revenue (地方财政总收入) apart from the local budget revenue', () => {
    expect(key('地方财政总收入', '亿元')).toBe('revenue.fiscal-total');
    expect(key('地方财政收入', '万元')).toBe('revenue.public-budget');
  });

  it('drops a bare 街道 and the side of a park before a metric the vocabulary knows', () => {
    expect(key('街道园区外土地收储', '亩')).toBe('land.banked');
    expect(key('街道地方财政总收入', '亿元')).toBe('revenue.fiscal-total');
    expect(key('开发区内规上工业总产值', '亿元')).toBe('industry.output.above-scale');
    // What is left must itself be a phrasing: a park's firms stay the head grammar's.
    expect(key('园区内企业', '家')).not.toMatch(/^enterprises\./);
  });

  it('reads one named park, project or firm closed by 等 as a list of names', () => {
    expect(isNameListMetric('青苗产业园等')).toBe(true);
    expect(isNameListMetric('甲、乙等')).toBe(true);
    expect(isNameListMetric('中等')).toBe(false);
    expect(isNameListMetric('规上工业企业')).toBe(false);
  });

  it('keeps a village collective recurrent income apart from its total and its operating income', () => {
    expect(key('村均集体经济经常性收入', '万元')).toBe('village.collective-recurrent-income.average');
    expect(key('村级集体经济经常性收入增长', '%')).toBe('village.collective-recurrent-income.growth');
    expect(key('村级集体经济收入', '万元')).toBe('village.collective-income');
    expect(key('村集体经营性收入', '万元')).toBe('village.collective-operating-income');
  });

  it('keeps 在库 and 在谈 projects as projects in that state', () => {
    expect(key('累计在库项目', '个')).toMatch(/^projects:.*在库项目$/);
    expect(key('在谈项目', '个')).toBe('projects.negotiating');
  });

  it('counts the steps into the 四上 statistics beside 小升规 (下升上, 产转法)', () => {
    expect(key('下升上企业', '家')).toBe('enterprises.quota-upgrade');
    expect(key('产业活动单位转法人', '家')).toBe('enterprises.unit-to-legal');
    expect(key('小升规企业', '家')).toBe('enterprises.above-scale.new');
  });
});
