import { CHINESE_NUMERAL } from './number-chinese';
import { MULTIPLIERS, PRE_QUALIFIERS, UNITS, alternation } from './number-units';

/**
 * Sums of money written without 元: 总投资6240万, 投入490万用于…, 税收突破6亿大关. Reports
 * drop the currency once the sentence is about money, so a figure with 万 or 亿 and no
 * unit is read as 元 when money words stand just before it in its clause. Elsewhere
 * (人口3.2万, 年产1.5万) a bare multiplier says nothing about the unit and is left alone.
 */

/** Nouns and verbs of money as reports use them before a sum. */
const MONEY_WORDS =
  /投资|投入|产值|收入|税收|税费|利税|资金|营收|营业额|销售额|销售收入|金额|经费|资产|贷款|融资|放款|利润|收益|成交额|交易额|补贴|补助|奖励|奖补|专项债|债券|预算|开票|爱心款|捐款|筹集|拨付|出资|注册资本|GDP|生产总值|增加值|消费|总值|分红/;
/** How far back money words may stand: 总投资超 2亿, 村集体经营性收入达7526万. */
const LOOKBACK = 12;
const CLAUSE_BREAK = /[，,；;：:。！？!?]/;
/**
 * What may follow a bare sum: a break, a verb of use (投入490万用于…, 投资5亿建设…), 的, 大关. A noun right
 * after it makes it a threshold that names a class (税收1000万楼宇, 千万级企业), not a sum.
 */
const AFTER_SUM =
  /^(?:$|[^\u4e00-\u9fa5]|用于|用|的|大关|左右|以上|以下|，|建设|新建|兴建|扩建|改造|打造|实施)/;

/**
 * 5年实现超8000万税收、…, 带动3亿投资，…: the money noun the sum measures, written right after
 * it and closing its phrase (not 税收1000万楼宇, where a noun after the sum names a class).
 */
const MONEY_NOUN_AFTER =
  /^(?:的)?(?:税收|利税|产值|投资|营收|销售额|销售收入|利润|收入)(?=$|[，,、；;。！？!?）)]|的|以上|左右)/;

const FIGURE = `\\d+(?:\\.\\d+)?|${CHINESE_NUMERAL}`;
const MULT = alternation(Object.keys(MULTIPLIERS));
/** 总投资2-3亿, 投资5000万—8000万: a range whose upper end carries the multiplier or both do. */
const RANGE_LOW = `(?:(${FIGURE})(${MULT})?(?:—|－|-|~|～|至|到)+)?`;
const BARE = new RegExp(
  `(${alternation(PRE_QUALIFIERS)})?${RANGE_LOW}(${FIGURE})(余|多)?[ \\t\\u00a0]?(${MULT})` +
    `(余|多)?(?!${alternation(UNITS)}|[\\d.A-Za-z]|[元美])`,
  'g',
);

export interface BareSum {
  /** The figure as written, qualifier included. */
  text: string;
  figure: string;
  multiplier: string;
  qualifier: string | null;
  /** The lower end of a range (2-3亿 → figure 2, multiplier 亿), when the sum is one. */
  low?: { figure: string; multiplier: string };
  start: number;
  end: number;
}

/** Every 万/亿 figure without a unit whose clause speaks of money just before it. */
export function findBareSums(text: string): BareSum[] {
  const found: BareSum[] = [];
  for (const m of text.matchAll(BARE)) {
    const [whole, pre, lowFigure, lowMultiplier, figure = '', approxBefore, multiplier = '', approxAfter] = m;
    const approx = approxBefore ?? approxAfter;
    const figureStart = m.index + (pre?.length ?? 0);
    if (text[figureStart - 1] === '第' || /[A-Za-z.\d]/.test(text[figureStart - 1] ?? '')) continue;
    if (!/^\d/.test(figure)) continue; // 十万火急, 千万 as "by all means": words, not sums
    const before = text.slice(Math.max(0, m.index - LOOKBACK), m.index);
    const clause = before.slice(lastBreak(before) + 1);
    const after = text.slice(m.index + whole.length);
    if (!(MONEY_WORDS.test(clause) && AFTER_SUM.test(after)) && !MONEY_NOUN_AFTER.test(after)) continue;
    const sum: BareSum = {
      text: whole,
      figure,
      multiplier,
      qualifier: pre ?? approx ?? null,
      start: m.index,
      end: m.index + whole.length,
    };
    if (lowFigure) sum.low = { figure: lowFigure, multiplier: lowMultiplier ?? multiplier };
    found.push(sum);
  }
  return found;
}

function lastBreak(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (CLAUSE_BREAK.test(text[i] ?? '')) return i;
  return -1;
}
