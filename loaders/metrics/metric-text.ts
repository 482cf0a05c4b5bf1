/**
 * Metric phrasings reduced to one spelling before they are looked up, so that the
 * vocabulary lists each phrasing once: 规模以上工业总产值（1-5月） and 规上工业总产值 meet.
 */

/** Quoted or bracketed asides: 税收（截至5月）, “小升规”企业, 固定资产投资(含制造业). */
const ASIDES = /（[^）]*）|\([^)]*\)|【[^】]*】/g;
const MARKS = /[“”"‘’'《》「」·\s]/g;
/** Long forms of the usual abbreviations: 规模以上 → 规上, 限额以上 → 限上. */
const SHORT_FORMS: readonly [RegExp, string][] = [
  [/规模以上/g, '规上'],
  [/限额以上/g, '限上'],
  [/同比|比上年|较上年|较去年|比去年/g, ''],
];
/**
 * Periods, places and verbs before the metric: 1-5月份工业开票销售, 全年完成固定资产投资,
 * 2022年高标农田建设任务. They say when or how a figure was reached, not what it measures.
 * 完成 stays before a bare 投资 (完成投资 is spent, 投资 planned), and 年度/年内 stay (年度计划
 * 投资 is one year's share of a project, not its total).
 */
const LEADING =
  /^(?:(?:19|20)\d{2}年(?:度)?|\d{1,2}[-—–~至]\d{1,2}月(?:份)?|[一二三四1-4]季度|前三季度|上半年|下半年|全年|今年|去年|当年|全镇|全区|全市|全县|全乡|全街道|我镇|该镇|该区|其中|共|累计完成(?!投资$)|预计完成(?!投资$)|累计实现|完成(?!投资$)|实现|达到|预计|力争|确保|争取)+/;
const TRAILING = /(?:达到|达|为|完成|实现|超过|突破|稳定在)+$/;
/** 增长, 增速, 年均增长, 下降: the figure is a rate of change of what precedes it. */
const GROWTH = /(?:年均)?(?:增长率|增长|增速|增幅|增加|提高|下降|减少)$/;
const DECLINE = /(?:下降|减少)$/;
/** 工业投资完成全年任务, 固定资产投资完成度: a share of the year's plan, in %. */
const PLAN_SHARE =
  /(?:完成全年任务|完成年度任务|完成年度计划|占年计划|占年度计划|占年度任务|完成度|完成比例|完成率)$/;

export interface MetricText {
  /** What is measured, without the growth word: 地区生产总值. */
  core: string;
  /** True when the text names a rate of change (增长6%). */
  growth: boolean;
  /** True when the change is a fall (同比下降3%): the value is a decline. */
  decline: boolean;
  /** True when the text names the share of the year's plan reached (完成全年任务85%). */
  planShare: boolean;
}

/** The normalised form of a metric as written, split into what is measured and whether it is a change. */
export function normaliseMetricText(raw: string): MetricText {
  let text = raw.replace(ASIDES, '').replace(MARKS, '').toUpperCase();
  for (const [pattern, replacement] of SHORT_FORMS) text = text.replace(pattern, replacement);
  text = text.replace(LEADING, '').replace(TRAILING, '');
  const planShare = PLAN_SHARE.test(text);
  if (planShare) text = text.replace(PLAN_SHARE, '').replace(TRAILING, '');
  const growth = !planShare && GROWTH.test(text);
  const decline = growth && DECLINE.test(text);
  const core = text.replace(GROWTH, '').replace(/^年均/, '').replace(LEADING, '').replace(TRAILING, '');
  return { core, growth, decline, planShare };
}
