import { matchMetric } from './match-metric';
import { normaliseMetricText } from './metric-text';

/**
 * Standard indicators of the statistical system and the budget law (统计公报, 财政收支
 * reports), and phrasings every town report uses, in sentences written for these tests.
 */
const key = (metric: string, unit = '元'): string | null =>
  matchMetric({ metric, value: 10, unit })?.entry.key ?? null;

describe('standard indicators under their usual names', () => {
  it('tells the four budgets apart, in revenue and in spending', () => {
    expect(key('政府性基金预算收入')).toBe('revenue.government-fund');
    expect(key('国有资本经营收入')).toBe('revenue.state-capital');
    expect(key('政府性基金支出')).toBe('expenditure.government-fund');
    expect(key('国有资本经营支出')).toBe('expenditure.state-capital');
    // All budgets together are more than the general budget.
    expect(key('地方财政总支出')).toBe('expenditure.fiscal-total');
    expect(key('一般公共预算支出')).toBe('expenditure.public-budget');
    expect(key('税收占比', '%')).toBe('ratio.tax-share');
  });

  it('keeps narrower indicators apart from the broader ones they sit in', () => {
    expect(key('规上工业开票销售')).toBe('industry.invoiced-sales.above-scale');
    expect(key('规模工业应税销售')).toBe('industry.invoiced-sales.above-scale');
    expect(key('工业应税销售')).toBe('industry.invoiced-sales');
    expect(key('出口交货值')).toBe('industry.export-delivery');
    expect(key('外贸出口')).toBe('trade.export');
    expect(key('城乡居民储蓄存款余额')).toBe('deposits.household');
    expect(key('金融机构各项存款余额')).toBe('deposits');
    // 四上 units leave out the property developers that 五上 counts.
    expect(key('新增四上企业', '家')).toBe('enterprises.four-above.new');
    expect(key('新增五上企业', '家')).toBe('enterprises.five-above.new');
  });

  it('knows the bulletins’ sections: industry, agriculture, transport', () => {
    expect(key('工业销售产值')).toBe('industry.sales-output');
    expect(key('产销率', '%')).toBe('ratio.industry-sales-rate');
    expect(key('二产投资')).toBe('investment.secondary');
    expect(key('林业增加值')).toBe('forestry.value-added');
    expect(key('谷物产量', '吨')).toBe('grain.cereal.output');
    expect(key('木材产量', '立方米')).toBe('forestry.timber');
    expect(key('有效灌溉面积', '公顷')).toBe('irrigation.effective-area');
    expect(key('货运量', '万吨')).toBe('transport.freight');
    expect(key('现价农林牧渔业总产值')).toBe('agriculture.output');
    expect(key('年末牛存栏增长', '%')).toBe('livestock.cattle-stock.growth');
  });
});

describe('report phrasings read by rule', () => {
  it('reads a share of the plan or the budget, with or without 的', () => {
    for (const share of [
      '入库税收完成年计划的',
      '公共财政预算收入为预算的',
      '地区生产总值占年计划',
      '税收占年初预算数的',
    ])
      expect(normaliseMetricText(share)).toMatchObject({ planShare: true, growth: false });
    expect(key('入库税收完成年计划的', '%')).toBe('revenue.tax.plan-share');
  });

  it('reads the jobs a project brings as new jobs, after the project and its event', () => {
    expect(normaliseMetricText('两个项目投产可新增就业').core).toBe('新增就业');
    expect(key('两个项目投产可新增就业', '人')).toBe('employment.new');
  });

  it('drops a closing 到 of 到达 cut in two, and leaves a phase (第二期) to no head', () => {
    expect(key('农民人均收入到')).toBe('income.rural');
    expect(key('第三期开发', '亩')).toBeNull();
  });

  it('reads 地方财政一般预算收入 as the general budget revenue, and leaves a 以…为中心 place to no head', () => {
    expect(key('地方财政一般预算收入')).toBe('revenue.public-budget');
    expect(key('以东湖片区为中心的', '亩')).toBeNull();
  });

  it('drops how a change was computed (按可比价格计算, 同口径)', () => {
    expect(key('地区生产总值按可比价格计算增长', '%')).toBe('gdp.growth');
    expect(key('一般公共预算收入同口径增长', '%')).toBe('revenue.public-budget.growth');
    expect(key('全社会研发投入占GDP比重', '%')).toBe('ratio.rd-share');
  });

  it('reads the 项目 of a works programme as the programme', () => {
    expect(key('高标准农田项目建设面积', '亩')).toBe('farmland.high-standard');
  });
});
