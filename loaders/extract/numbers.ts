import { findBareSums } from './number-money';
import { CHINESE_NUMERAL, parseFigure } from './number-chinese';
import {
  MULTIPLIERS,
  POST_QUALIFIERS,
  PRE_QUALIFIERS,
  UNITS,
  alternation,
  normaliseUnit,
} from './number-units';
import { sharedScan } from './sentence-cache';

export { parseChineseNumeral, parseFigure } from './number-chinese';
export { findYear, resolveYearExpression } from './number-years';

/** A quantity in a text: 2.6万人 → { value 26000, unit '人' }. Offsets are into the text given. */
export interface Quantity {
  value: number;
  /** Upper bound of a range: 5000万—1亿元 → value 5e7, valueMax 1e8. */
  valueMax?: number;
  unit: string;
  /** 超, 近, 约, 以上, 左右, 余 …, or null. */
  qualifier: string | null;
  start: number;
  end: number;
  text: string;
}

const FIGURE = `\\d+(?:\\.\\d+)?|${CHINESE_NUMERAL}`;
const MULT = alternation(Object.keys(MULTIPLIERS));
// Typeset pages put a space between a number and its unit (31.88 亿元, 2027 亩): one
// space or tab is allowed there, never a line break.
const QUANTITY = new RegExp(
  `(${alternation(PRE_QUALIFIERS)})?(${FIGURE})(?:(余|多)(?=${MULT}))?[ \t\u00a0]?(${MULT})?` +
    `(?:(?:—|－|-|~|～|至|到)+(${FIGURE})[ \t\u00a0]?(${MULT})?)?` +
    `(余|多)?(${alternation(UNITS)})(${alternation(POST_QUALIFIERS.filter((q) => q.length > 1))})?`,
  'g',
);

/** Characters that make a word with a following 约 (签约, 节约, 预约, 履约): not a hedge. */
const WORDS_ENDING_IN_YUE = /[签节预履违制集邀缔续合]/;

/**
 * Every quantity with a unit in a text. A lone 一 is not a count (一张网, 一批 are idioms),
 * nor is a figure after 第 (an ordinal) or part of a longer Latin token (PM2.5, 5G).
 */
export const findQuantities: (text: string) => readonly Quantity[] = sharedScan(quantitiesOf);

/** findQuantities, unshared: the targets, the indicators and the headline check read the same sentences. */
function quantitiesOf(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    // 6000余万元 puts 余 before the multiplier, 1000余亩 before the unit.
    const [whole, pre, figure = '', approxBefore, mult, figureMax, multMax, approxAfter, unit = '', post] = m;
    const approx = approxBefore ?? approxAfter;
    const figureStart = m.index + (pre?.length ?? 0);
    // 签约3个项目, 节约50万元: the 约 closes a word before the figure, it hedges nothing.
    const partOfWord = pre === '约' && WORDS_ENDING_IN_YUE.test(text[m.index - 1] ?? '');
    const start = partOfWord ? figureStart : m.index;
    if (text[figureStart - 1] === '第' || /[A-Za-z.\d]/.test(text[figureStart - 1] ?? '')) continue;
    // 省内唯一一家影城: 唯一 (the only one) counts nothing.
    if (text[figureStart - 1] === '唯' && figure.startsWith('一')) continue;
    // 各一条 (one each) is a count; 一张网, 一批 are idioms.
    // 购置设备各一套的…项目 describes the project after it.
    const eachOne = text[figureStart - 1] === '各' && text[m.index + whole.length] !== '的';
    if (figure === '一' && !mult && !eachOne) continue;
    if (text.startsWith('一体', m.index + whole.length)) continue; // 三位一体 is an idiom
    // 次 counts events only in figures (督查63次); 六次全会, 两次通过 name sessions and repeats.
    if (unit === '次' && (!/^\d/.test(figure) || text[figureStart - 1] === '届')) continue;
    if (unit === '度' && !mult) continue;
    const value = scaled(figure, mult);
    if (value === null) continue;
    const max = figureMax ? scaled(figureMax, multMax) : null;
    // 3—5万人: a bare lower bound takes the upper bound's multiplier; 5000万—1亿元 has its own.
    const low = (figureMax && !mult && multMax ? scaled(figure, multMax) : null) ?? value;
    const quantity: Quantity = {
      value: low,
      unit: normaliseUnit(unit),
      qualifier: (partOfWord ? null : pre) ?? approx ?? post ?? null,
      start,
      end: m.index + whole.length,
      text: whole.slice(start - m.index),
    };
    if (max !== null) quantity.valueMax = max;
    found.push(quantity);
  }
  return withBareSums(text, withRoundCounts(text, found));
}

/** 上万个, 上千人, 上百家: a round order of magnitude written with no digit before it. */
// 晚上, 马上, 以上 end in 上; 万人空巷, 万家灯火 are idioms.
const ROUND_COUNT = new RegExp(
  `(?<![晚马早身手路楼台墙天加世之以向线网])上(百|千|万)(余|多)?(${alternation(
    UNITS.filter((u) => !/元|%|％/.test(u)),
  )})(?!空巷|灯火)`,
  'g',
);
const ROUND_VALUE: Record<string, number> = { 百: 100, 千: 1000, 万: 10000 };

/** Adds 提供就业岗位上万个 as 10000 个 (qualifier 上), where no other quantity covers it. */
function withRoundCounts(text: string, found: Quantity[]): Quantity[] {
  for (const m of text.matchAll(ROUND_COUNT)) {
    const [whole, order = '', , unit = ''] = m;
    const end = m.index + whole.length;
    if (found.some((q) => q.start < end && m.index < q.end)) continue;
    found.push({
      value: ROUND_VALUE[order] ?? 0,
      unit: normaliseUnit(unit),
      qualifier: '上',
      start: m.index,
      end,
      text: whole,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Adds the sums written without 元 (总投资6240万) that no unit-bearing quantity covers. */
function withBareSums(text: string, found: Quantity[]): Quantity[] {
  const sums = findBareSums(text).filter((s) => !found.some((q) => q.start < s.end && s.start < q.end));
  if (sums.length === 0) return found;
  for (const s of sums) {
    const value = scaled(s.figure, s.multiplier);
    if (value === null) continue;
    const low = s.low ? scaled(s.low.figure, s.low.multiplier) : null;
    const sum: Quantity = {
      value,
      unit: '元',
      qualifier: s.qualifier,
      start: s.start,
      end: s.end,
      text: s.text,
    };
    if (low !== null && low < value) Object.assign(sum, { value: low, valueMax: value });
    found.push(sum);
  }
  return found.sort((a, b) => a.start - b.start);
}

function scaled(figure: string, multiplier: string | undefined): number | null {
  const value = parseFigure(figure);
  if (value === null) return null;
  const factor = multiplier ? (MULTIPLIERS[multiplier] ?? 1) : 1;
  // Decimal figures times powers of ten (18.93亿) must not pick up binary noise.
  return Number((value * factor).toPrecision(12));
}
