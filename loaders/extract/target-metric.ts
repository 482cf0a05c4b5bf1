import { respectiveMetric } from '../metrics/respective-metric';
import type { Quantity } from './numbers';
import { CHANGE_WORDS, LEADING_NOISE, LEADING_VERB, TRAILING_VERBS } from './target-lexicon';

export interface Metric {
  metric: string;
  change: 'LEVEL' | 'CHANGE';
}

const MAX_METRIC = 24;
/** A transitive verb right before the figure: its object follows (一体化平台接入48个系统平台). */
const VERB_END =
  /(?:接入|划分|新增|招引|引进|培育|建成|打造|新建|改造|实施|拥有|获评|创成|帮助|发放|签订|签约|入选|设立|成立|组建)$/;
/**
 * Hedges and times inside a metric: 新能源企业预计全年完成产值 → 新能源企业完成产值 (努力争取 whole, so
 * that no 努取 is left of it).
 */
const INNER_NOISE = /努力争取|力争|确保|争取|预计|预期|全年|上半年|下半年|明年|今年/g;
/**
 * An enumeration marker that opens the words before a figure: 二是税收收入, 其一, （三）,
 * 2.、3是, and the bullets of a list (——, ●). It orders the report's points; it names
 * nothing measured.
 */
const ENUMERATION =
  /^(?:[—–]{1,2}|[•●■◆▲★]|[一二三四五六七八九十]+是|\d+是|其[一二三四五六七八九十]|第[一二三四五六七八九十]+[，、]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|[一二三四五六七八九十]+、)/;
/**
 * A date inside the words (一是规上工业产值继2023年, 完成2022年高标农田建设): it says when, as
 * the figure's year does, not what. 继 and 于 before it only hang the date on the clause.
 */
const INNER_DATE = /(?:继|于|在)?(?:19|20)\d{2}年(?:度|底|末|初)?(?:以来|前)?/g;
/**
 * Words of the report's voice before the metric: pronouns, the event the news reports
 * (本次活动, 当天), linking adverbs (便, 还, 又), an idiom of effort (全力以赴) and plan verbs
 * (谋划实施): 谋划实施了总投资 → 总投资, 本次活动集中签约项目 → 集中签约项目.
 */
const VOICE =
  /^(?:(?:我们|我镇|我区|我县|我市|本次活动|此次活动|本次|此次|当天|当日|会上|现场|全力以赴|全力|便|还|又|也|谋划实施|谋划|推进|已经|已)了?)+/;
/** A figure of another noun inside the words (入驻7家企业总投资 → 入驻企业总投资): its count goes. */
const INNER_FIGURE = /\d+(?:\.\d+)?(?:余|多)?(?=[个家项名座所栋幢台场条户])[个家项名座所栋幢台场条户]/g;
/** A sum right before the change of the same metric: GDP55.11亿元、同比增幅 → GDP同比增幅. */
const LEVEL_BEFORE_CHANGE =
  /\d+(?:\.\d+)?(?:万|亿)?元[、，,]?(?=(?:同比|比上年|较上年|比去年|较去年)?(?:增长|增幅|增速|下降)$)/;
/** 从236亿元增至539亿元: the figure is where the change ended; 从… is its start. */
const FROM_CHANGE = /从[^从]*$/;
/**
 * Comparison words before a bare change: 较去年增长5.5%, 比上年同期增长1.3%, 同口径增长9% and
 * 比2022年增长8% (its year gone, 比增长) are the previous metric's growth; so are 同期增长 (the same
 * period's) and 逆势增长 (against the trend).
 */
const COMPARISON =
  /^(?:同比|环比|同期|逆势|逆市|较去年同期|比上年同期|比去年同期|较上年同期|较去年|较上年|比去年|比上年|与上年相比|与去年相比|(?:按)?(?:可比价格?|不变价格?)(?:计算)?|(?:同|可比|自然)口径|(?:比|较)的?$)+/;
/**
 * A bare share of the year's plan or budget (完成全年任务100.8%, 完成度38.6%, 占年计划的53%,
 * 为预算的55%, 占年初预算数的56%): the previous metric's.
 */
const BARE_PLAN_SHARE =
  /^(?:完成|占|为|达)?(?:全年|年度|年初|年)?(?:目标)?(?:任务数?|计划|预算数?|目标)(?:的)?$|^(?:完成度|完成率|完成比例)$/;
/** The share of the plan a metric was given (税收收入占年计划): what a later bare change is not of. */
const PLAN_SHARE_AFTER =
  /(?<=.{2})(?:完成|占|为|达到?)(?:全年|年度|年初|年)?(?:目标)?(?:任务数?|计划|预算数?|目标)(?:的)?$|(?<=.{2})(?:完成度|完成率|完成比例)$/;
/** 分别是总投资…的甲项目、…的乙项目: the words that open the items of a list, not the metric. */
const LIST_OPENING = /^(?:分别(?:是|为)|即)/;
/** 某镇与某公司就总投资…: the parties of an agreement before its topic. */
const PARTIES = /^.*与.+?就/;
/**
 * Names listed before the noun they are (签约甲项目、乙产业园等优势项目45个): the verb that opens
 * the list and the noun after 等 are the metric, 签约优势项目.
 */
const LISTED_NAMES =
  /^(.*?)[^、]*、.*等(?!地)([\u4e00-\u9fa5]{0,8}(?:项目|企业|公司|工程|基地|园区|产业园|平台|合作社|村))$/;
const LIST_VERB =
  /^(?:成功)?(?:集中)?(签约|启动|招引|引进|开工|竣工|实施|推进|建设|储备|谋划|新建|落地|投产)/;
/** A bare kind of market entity, added to as the one before it was (新增工商户…，民营企业…). */
const ADDED_ENTITY = /^[\u4e00-\u9fa5]{0,6}(?:企业|工商户|个体户|市场主体|合作社|家庭农场)$/;
/**
 * 在 opens the words as a connective (在全镇…), but 在建, 在库, 在谈 are states of what is
 * counted (在建项目 are projects under construction): there it stays.
 */
const STATE_IN = /在$/;
const STATE_AFTER_IN = /^(?:建|库|谈|营|册|岗|校|役|线)/;
/** A capacity heading an enumeration: 年产吸头90亿支、微板1.8亿块 → 年产微板. */
const CAPACITY = /^(?:投产后|建成后|达产后)?(?:可)?(?:年产)/;
const NOUN_AFTER =
  /^[^，,；;：:。、的（(]*?(?=预计|预期|将|完成|实现|达到|获评|获得|创成|入选|荣获|通过|占|发放|已|，|,|；|;|。|、|的|$)/;

/**
 * The noun phrase a figure measures. Usually it stands before the figure
 * (明年新增学位8190个 → 新增学位); after a bare verb it follows the figure
 * (接入48个系统平台 → 接入系统平台); a bare 增长 takes the previous figure's metric
 * (完成产值3220亿元，增长22.6% → 产值增长).
 */
export function metricOf(options: {
  text: string;
  segmentStart: number;
  quantity: Quantity;
  segmentEnd: number;
  previousMetric: string | null;
  placeNames: readonly string[];
}): Metric {
  const { text, quantity } = options;
  const raw = clean(text.slice(options.segmentStart, quantity.start));
  const before = trimmed(raw, options.placeNames);
  const change = CHANGE_WORDS.test(before) || quantity.unit === '个百分点' ? 'CHANGE' : 'LEVEL';
  // 财政收入…，为预算的55%，增长8%: the change after a share of the plan is the metric's own.
  const previous = options.previousMetric?.replace(PLAN_SHARE_AFTER, '') ?? null;
  if (change === 'CHANGE' && before.replace(CHANGE_WORDS, '').replace(COMPARISON, '') === '' && previous) {
    // 同比下降90.7%: a fall stays a fall (the value is then negative).
    return { metric: `${previous}${/下降|减少|降低|回落/.test(before) ? '下降' : '增长'}`, change };
  }
  if (
    quantity.unit === '%' &&
    BARE_PLAN_SHARE.test(raw.replace(ENUMERATION, '').replace(INNER_NOISE, '')) &&
    previous
  ) {
    return { metric: `${previous}${raw.replace(/的$/, '')}`, change };
  }
  // 年产吸头90亿支、微板1.8亿块: a later item of the list is a capacity as the first is.
  if (
    previous &&
    CAPACITY.test(previous) &&
    text[options.segmentStart - 1] === '、' &&
    /^[\u4e00-\u9fa5]{2,10}$/.test(before)
  )
    return { metric: `年产${before}`, change };
  // 新增工商户220户，民营企业30家: a later market entity of the list is an addition as the first is.
  if (
    previous &&
    /^新增/.test(previous) &&
    /[、，,]/.test(text[options.segmentStart - 1] ?? '') &&
    ADDED_ENTITY.test(before)
  )
    return { metric: `新增${before}`, change };
  // 第一产业、第二产业、第三产业增加值分别增长3.1%、6.2%和5.4%: the i-th figure, the i-th metric.
  const respective = respectiveMetric(text, quantity.start);
  if (respective) return { metric: respective, change: CHANGE_WORDS.test(respective) ? 'CHANGE' : 'LEVEL' };
  const part = previous
    ? (sectorPart(before, previous, quantity.unit) ?? sameSubject(before, previous))
    : null;
  if (part) return { metric: part, change };
  const after = clean(text.slice(quantity.end, options.segmentEnd));
  // 建设约18万平方米的高标准厂房: a count or area before 的 qualifies the noun it measures; a sum
  // before 的 (投资10亿元的物流园) is that project's and keeps its own words.
  const afterNoun = /元$/.test(quantity.unit) ? after : after.replace(/^的/, '');
  const noun = NOUN_AFTER.exec(afterNoun)?.[0] ?? '';
  // 总投资558亿元的重点项目106个: the sum is the total investment of the projects counted next.
  const group = /^的([\u4e00-\u9fa5]{0,6}项目)$/.exec(after)?.[1];
  if (
    group &&
    /元$/.test(quantity.unit) &&
    /^(?:计划)?总?投资(?:额|总额)?$/.test(before) &&
    options.segmentEnd < text.length &&
    /^\d/.test(text.slice(options.segmentEnd))
  )
    return { metric: `${group}总投资`, change };
  if (LEADING_VERB.test(before) || before.length <= 2)
    return { metric: (before + noun).slice(0, MAX_METRIC), change };
  const verb = VERB_END.exec(before)?.[0];
  if (verb && noun !== '') return { metric: (verb + noun).slice(0, MAX_METRIC), change };
  return { metric: before.slice(-MAX_METRIC), change };
}

/**
 * The words before a figure without what is not the metric: a place opening them, an
 * enumeration marker, hedges and times, the report's voice, dates and other figures inside
 * them, the start of a change (从…), and a closing verb.
 */
function trimmed(words: string, placeNames: readonly string[]): string {
  let before = words.replace(ENUMERATION, '').replace(PARTIES, '').replace(LIST_OPENING, '');
  const listed = LISTED_NAMES.exec(before);
  if (listed) before = `${LIST_VERB.exec(before.replace(LEADING_NOISE, ''))?.[1] ?? ''}${listed[2] ?? ''}`;
  for (const name of placeNames) if (before.startsWith(name)) before = before.slice(name.length);
  // 总投资558亿元的重点项目106个: after the previous figure, its 的 ties it to this noun.
  before = before
    .replace(VOICE, '')
    .replace(LEADING_NOISE, (noise: string, _at: number, whole: string) =>
      STATE_IN.test(noise) && STATE_AFTER_IN.test(whole.slice(noise.length)) ? '在' : '',
    )
    .replace(VOICE, '')
    .replace(ENUMERATION, '')
    .replace(/^的/, '');
  // 实现镇里提出的财政总收入: the body that set the goal is no part of what it measures.
  before = before.replace(SET_BY, '');
  before = before.replace(INNER_NOISE, '').replace(INNER_DATE, '').replace(INNER_FIGURE, '');
  if (/从[\d.]/.test(before)) before = before.replace(FROM_CHANGE, '');
  // 实现GDP55.11亿元、同比增幅8.1%: the level stated before a change is the same metric's.
  before = before.replace(LEVEL_BEFORE_CHANGE, '');
  // 筹集了800万元: the aspect particle closes the verb, as the verb closes the words.
  before = before.replace(/了$/, '').replace(TRAILING_VERBS, '');
  // 今年中堂镇共有17个…: a place and its verb alone are the subject; the noun after is the
  // metric. A place before other words (苏州重点项目) says which projects, and stays.
  return placeNames.includes(before) ? '' : before;
}

/** 实现今年镇里提出的, 完成上级下达的: who set the goal, before the measure it names. */
const SET_BY = /^(?:为)?(?:实现|完成)?[^，,、]{0,8}?(?:提出|确定|下达|设定)的(?=[\u4e00-\u9fa5]{2})/;

function clean(s: string): string {
  return s.replace(/[“”"‘’《》\s]/g, '');
}

/**
 * A sector named bare after 其中 or after another sector's figure (工农业总产值49亿元，其中工业
 * 31.2亿元，农业7.6亿元): its figure is the same measure as the total's, for that sector.
 */
const SECTOR =
  /^(?:其中)?(规模以上工业|规模工业|规上工业|工业|农业|服务业|建筑业|第[一二三]产业|[一二三]产|林业|牧业|畜牧业|渔业)$/;
const SECTOR_MEASURE = /(?:生产总值|总产值|产值|增加值|投资|应税销售|开票销售)$/;

function sectorPart(before: string, previous: string, unit: string): string | null {
  const sector = SECTOR.exec(before)?.[1];
  if (!sector || !/元$/.test(unit)) return null;
  const measure = SECTOR_MEASURE.exec(previous.replace(/(?:增长|增速|增幅)$/, ''))?.[0];
  if (!measure) return null;
  // 工农业生产总值 is the gross output of its sectors: each sector's part is its 总产值.
  return `${sector}${measure === '生产总值' ? '总产值' : measure}`;
}

/**
 * A bare measure after another measure of a subject goes on with that subject: 食用菌年产量2.3万吨，
 * 产值6.6亿元 → 食用菌产值; 茶园面积1.2万亩，产量800吨 → 茶园产量.
 */
const BARE_MEASURE = /^(?:总)?(?:年产量|产量|年产值|产值|销售额|销售收入|营业收入|营业额|利润|税收|增加值)$/;
const MEASURE_OF_SUBJECT =
  /(?:年产量|总产量|产量|年产值|总产值|产值|种植面积|播种面积|播面积|面积|销售额|销售收入|营业收入|营业额|利润|增加值)$/;

function sameSubject(before: string, previous: string): string | null {
  if (!BARE_MEASURE.test(before)) return null;
  const measure = MEASURE_OF_SUBJECT.exec(previous);
  if (!measure) return null;
  // 粮播面积…，产量…: 粮 is 粮食 said short.
  const subject = previous
    .slice(0, measure.index)
    .replace(/^(?:完成|实现|全年|全镇)+/, '')
    .replace(/^粮$/, '粮食');
  return /^[\u4e00-\u9fa5]{2,8}$/.test(subject) ? `${subject}${before.replace(/^总/, '')}` : null;
}
