import { sharedScan } from '../extract/sentence-cache';

/**
 * Metric phrasings reduced to one spelling before they are looked up, so that the
 * vocabulary lists each phrasing once: 规模以上工业总产值（1-5月） and 规上工业总产值 meet.
 */

/** Quoted or bracketed asides: 税收（截至5月）, “小升规”企业, 固定资产投资(含制造业). */
const ASIDES = /（[^）]*）|\([^)]*\)|【[^】]*】/g;
const MARKS = /[“”"‘’'《》「」·\s了]/g;
/**
 * Long forms of the usual abbreviations (规模以上 → 规上), comparison words (同比, 比上年),
 * and one spelling of the size thresholds that belong to a metric (亿元以上项目, 超亿元项目,
 * 1亿元以上项目 are one bucket; 1000万元以上 is 千万元以上).
 */
const SHORT_FORMS: readonly [RegExp, string][] = [
  [/规模以上/g, '规上'],
  [/限额以上/g, '限上'],
  // 规模工业, 规模企业: the older name of the same statistical scope (规模工业增加值).
  [/规模(?=工业|企业)/g, '规上'],
  [/可支配性收入/g, '可支配收入'],
  // 人民币存款余额, 本外币贷款余额: the currency of a balance says nothing of what it is.
  [/(?:人民币|本外币)(?=(?:各项)?(?:存款|贷款))/g, ''],
  [/签定/g, '签订'],
  // 到帐: the older spelling of 到账 (外资实际到帐).
  [/到帐/g, '到账'],
  // 现价产值, 现价农林牧渔业总产值: the output at current prices is what 产值 means unless 不变价
  // is said.
  [/现价(?=[\u4e00-\u9fa5]{0,8}?(?:总)?产值)/g, ''],
  // 2000万元规模以上工业企业: the size line that defines 规上 in the statistics, not a bucket.
  [/\d+万元?(?=规上)/g, ''],
  // 一产增加值, 三产投资: the three sectors' short names.
  [/(?<!第)([一二三])产(?=增加值|投资)/g, '第$1产业'],
  // 新建、改建 and 新建和改造 before what is built: one spelling, 新改建 (新改建农村公路).
  [/新建(?:、|和|及)?改(?:建|造)/g, '新改建'],
  [
    /(?:与|和)?(?:同比|环比以|比上年同期|较上年同期|比去年同期|较去年同期|比上年|较上年|较去年|比去年|与上年相比|与去年相比)/g,
    '',
  ],
  // 同期增长 (against the same period), 逆势增长 (against the trend): a comparison said short.
  [/(?<![上去本])同期(?=增长|增幅|增速|下降|减少)|逆[势市](?=增长|上涨)/g, ''],
  // 全口径工业开票销售, 全口径税收: the whole of industry's sales or of tax, which is what the bare
  // name means. Before 财政 it stays: 全口径财政支出 is more than 财政支出 (the general budget's).
  [/全口径(?=工业|税收)/g, ''],
  // 一般公共预算本级收入: the level's own revenue, which is what a level's budget revenue is.
  [/(?<=一般公共预算|公共财政预算|一般预算)本级(?=收入)|本级(?=一般公共预算收入|公共财政预算收入)/g, ''],
  // 按可比价格计算增长, 同口径增长: how a change was computed, not what changed.
  [/(?:按)?(?:可比价格?|不变价格?)(?:计算)?|(?:同|可比|自然)口径|扣除价格因素(?:后)?/g, ''],
  [/(?<![\d.])1亿元/g, '亿元'],
  [/(?<![\d.])1000万元?/g, '千万元'],
  [/十亿元/g, '10亿元'],
  [/百亿元/g, '100亿元'],
  // 过千万, 过亿: 超 spelt another way (引进过千万元的项目).
  [/([超过])(千万|亿)(?!元)/g, '$1$2元'],
  [/过(10亿元|5亿元|亿元|5000万元|千万元|100亿元)/g, '超$1'],
  [/超(10亿元|5亿元|亿元|5000万元|千万元|100亿元)(?!以上)/g, '$1以上'],
  [/(亿元|千万元)级/g, '$1以上'],
  [/(\d)(万|亿)以上/g, '$1$2元以上'],
  // 引进投资1000万元以上新项目, 投资额在亿元以上的项目: the threshold is the bucket's name already.
  [/(?:总)?投资(?:额)?在?(?=(?:10亿元|亿元|千万元|100亿元|5000万元|5亿元)以上)/g, ''],
  // 赴甲、乙等地开展招商, 深入沿海等地外出招商调研: trips to attract investment, wherever they went.
  [/^.*?(?:等地|外出|开展)(?:外出|开展)?招商(?:调研|考察|活动)?$/, '外出招商'],
  // 43个行政村村集体经济总收入: the villages counted before their collective income.
  [/^(?:各个?)?行政村(?=村(?:级|集体))/, ''],
  // 云签约 (signing held online), 对接洽谈 (talks under way): the same events as 签约 and 洽谈.
  [/云签约/g, '签约'],
  [/对接洽谈/g, '洽谈'],
  // 集中签约的项目, 开工的项目: the event before its projects or firms, said with 的.
  [/(签约|开工|竣工|投产|引进|招引|落地|在建|续建)的(?=[\u4e00-\u9fa5]{0,4}(?:项目|企业))/g, '$1'],
  // 带动茶农户均增收, 带动农户户均增收: whose households gain is said by who is led, not what is measured.
  [/^带动?[\u4e00-\u9fa5]{0,4}?(?=户均增收)/, ''],
  // 项目建成后可实现税收, 达产后年可实现产值: once built, a project's yearly figure (年税收, 年产值); a
  // town's 税收 or 产值 is another metric.
  [
    /^[\u4e00-\u9fa5]{0,8}?(?:建成|投产|达产|达效|竣工)+(?:以?后)年?(?:可|将|预计)?(?:实现|完成|达到|贡献|创造|上缴|缴纳)?(?=税收|利税|产值$)/,
    '年',
  ],
  // 年可生产各类新材料, 年生产: a yearly capacity said in full (年产…).
  [/^年(?:可|将|预计)?生产(?=[\u4e00-\u9fa5])(?!总)/, '年产'],
  // 年可实现税收, 年实现利税: a yearly figure of a project, 年税收, 年利税.
  [/^年(?:可|将|预计)?(?:实现|完成|达到|贡献|创造|上缴|缴纳)/, '年'],
  // 三个项目投产可新增就业, 该项目建成后将带动: the projects and their event say whose figure it
  // is and when, not what it measures (新增就业).
  [/^[\u4e00-\u9fa5]{0,8}?项目(?:建成|投产|达产|竣工)+(?:以?后)?(?=可|将|预计)/, ''],
];
/**
 * Periods, scopes and verbs before the metric: 1-5月份工业开票销售, 全年完成固定资产投资,
 * 截至10月底全镇累计实现税收, 2022年高标农田建设任务. They say when, where or how a figure was
 * reached, not what it measures. 完成 stays before a bare 投资 (完成投资 is spent, 投资
 * planned) and before 建设 (完成建设企业 are firms whose works are done, not builders), and
 * 年度/年内 stay (年度计划投资 is one year's share of a project, not its total).
 */
const PERIOD =
  '(?:19|20)\\d{2}年(?:度|末|底|初)?(?:全年)?|年末|年底|年初(?:以来)?|\\d{1,2}(?:[-—–~至]|月至)\\d{1,2}月(?:份)?(?:底|末)?|[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,3}月(?:份)?|\\d{1,2}月(?:份)?(?:底|末)?' +
  '|[一二三四五六七八九十]{1,3}月(?:份)?(?:底|末)?|每年|年(?=接待|引进|新增|培训|发放)|(?:建成|投产|达产|竣工)+(?:以?后)' +
  '|第?[一二三四1-4]季度|前[一二三两]季度|上半年|下半年|全年|年内(?!计划投资)|今年(?:以来|上半年)?|去年|当年(?!计划投资)|本年(?:度)?|年初以来|截[至止](?:到|目前|今)?|目前|近[一二三四五两\\d]年(?:来)?|过去[一二三四五两\\d]年|[一二三四五两十\\d]+年(?:来|间)|十[三四五]五(?:期间|以来|时期)?';
const SCOPE =
  '全(?:镇域|镇|区域|区|市域|市|县域|县|乡|街道|街|域|省|国)(?:范围内)?|我(?:镇|区|市|县|乡|街道|街)|该(?:镇|区|市|县|乡|街道|街)|本(?:镇|区|乡|街道|街)|辖区(?:内)?|域内|园区(?=(?:累计|预计|全年)?(?:完成|实现))|其中|该(?:建设)?项目|各项';
const VERB =
  '计划(?!投资)|推动|促成|正在|参加|设计(?!院|单位|费)|扩大(?=[\u4e00-\u9fa5]{2,}面积)|实施|打造|共有|现有|拥有|已有|现已|共计|共|合计|总计|已经|已|全部|成功|顺利|落实|举办|开展|召开|组织|可(?=完成|实现|新增|贡献|创造|提供|达到|吸纳|解决|带动|安置|年)|累计完成(?!(?:项目|年度)?投资(?:增长|增速|增幅)?$)|预计完成(?!(?:项目|年度)?投资(?:增长|增速|增幅)?$)|共完成(?!(?:项目|年度)?投资(?:增长|增速|增幅)?$)|完成(?!(?:项目|年度)?投资(?:增长|增速|增幅)?$)(?!建设|建成)|累计实现|共实现|实现|可实现|将实现|累计达到|达到|预计|力争|确保|争取|有望|分别';
/**
 * An enumeration marker (一是, 其三, （二）, 2., a bullet —— or ●) and the report's voice
 * (我们, 本次活动, 当天, 全力以赴) before the metric: they order and frame the report, they name nothing measured.
 */
const FRAME =
  '[—–]{1,2}|[•●■◆▲★]|[一二三四五六七八九十]+是|\\d+是|其[一二三四五六七八九十](?![他它中余])|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．](?!\\d)|[一二三四五六七八九十]+、|(?:另)?一个是|[\u4e00-\u9fa5]{0,12}?(?:项目|企业)中(?![心间试])(?=[\u4e00-\u9fa5]{2})|我们|本次活动|此次活动|本次|此次|当天|当日|全力以赴|谋划实施';
const LEADING = new RegExp(`^(?:${FRAME}|${PERIOD}|${SCOPE}|${VERB})+`);
const TRAILING =
  /(?:(?<=[\u4e00-\u9fa5]{2})到(?=$|达)|(?<=项目|企业)[就也都]|可达到|可达|可实现|可完成|达到|到达|达|为|完成入库|完成|实现|已|超过|突破|稳定在|保持在|控制在|增长到|增长至|增加到|增加至|提高到|提高至|提升到|提升至|上升到|上升至|总计|合计|共计|累计|(?<![签节预履])约|近|超|逾|接近|有望|预计|分别)+$/;
/** 增长, 增速, 年均增长, 下降: the figure is a rate of change of what precedes it. */
const GROWTH =
  /(?:年均|平均)?(?:实际|名义)?(?:增长率|增长幅度|增长速度|增长|增速|增幅|增加|提高|上涨|下降|减少|降低|回落)$/;
const DECLINE = /(?:下降|减少|降低|回落)$/;
/**
 * 工业投资完成全年任务, 固定资产投资完成度, 税收占年计划的, 财政收入为预算的: a share of the year's
 * plan or budget, in %.
 */
const PLAN_SHARE =
  /(?:(?:完成|占|为|达到?)(?:全年|年度|年初|年)?(?:目标)?(?:任务数?|计划|预算数?|目标)(?:的)?|完成度|完成比例|完成率|任务完成率)$/;

/** A closing 任务 or 目标任务: what is to be reached, not another metric. */
const TASK = /(?<=.{2})(?:年度|全年)?(?:目标)?任务(?:数)?$/;

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

/**
 * The normalised form of a metric as written, split into what is measured and whether it is
 * a change. Kept per phrasing: the metrics stage asks again for each variant it tries.
 */
export const normaliseMetricText: (raw: string) => MetricText = sharedScan(normalise);

function normalise(raw: string): MetricText {
  let text = halfWidth(raw).replace(ASIDES, '').replace(MARKS, '').toUpperCase();
  for (const [pattern, replacement] of SHORT_FORMS) text = text.replace(pattern, replacement);
  text = text.replace(LEADING, '').replace(TRAILING, '');
  const planShare = PLAN_SHARE.test(text);
  if (planShare) text = text.replace(PLAN_SHARE, '').replace(TRAILING, '');
  // 招商引资任务, 一般预算收入目标任务: the figure is the metric's goal, named by the metric.
  if (!planShare) text = text.replace(TASK, '');
  const growth = !planShare && GROWTH.test(text);
  const decline = growth && DECLINE.test(text);
  const core = text
    .replace(GROWTH, '')
    .replace(growth ? /^(?:年均|平均)/ : /^年均/, '')
    .replace(TRAILING, '')
    .replace(LEADING, '');
  return { core, growth, decline, planShare };
}

/** Full-width letters, digits and signs as ASCII: ＧＤＰ, Ｒ＆Ｄ, １-５月. */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * A looser form for a second lookup: 的 dropped, 总 before 产值/产量/收入 dropped, and a
 * closing 总额/总量/数量/人数/额/量/面积/里程 dropped, so that 粮食总产量 meets 粮食产量 and 进出口总额
 * meets 进出口. 人均, 村均 and 亩均 stay: an average is another metric.
 */
export function looseForm(core: string, shortest = 3): string {
  const loose = core
    .replace(/的/g, '')
    .replace(/总(?=产值|产量|收入|营收|产出|税收)/g, '')
    .replace(/(?:总额|总量|总数|数量|总人数|人数|额|量|数|面积|里程|规模)$/, '');
  // Two characters left (投资 from 投资总额) say too little to stand for the metric, unless
  // they are a phrasing of their own (税收 from 总税收): the caller says how short.
  return loose.length >= shortest ? loose : core;
}
