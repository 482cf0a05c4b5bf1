/**
 * Years as reports write them: 2025年, 明年, 今年, 去年 (from the document's date), and
 * five-year-plan periods (十四五期末 → 2025).
 */

const RELATIVE: Record<string, number> = {
  前年: -2,
  去年: -1,
  上年: -1,
  今年: 0,
  本年: 0,
  全年: 0,
  当年: 0,
  明年: 1,
  来年: 1,
  后年: 2,
};
const PLAN_END: Record<string, number> = { 十二五: 2015, 十三五: 2020, 十四五: 2025, 十五五: 2030 };

// Typeset reports put a space between the year and 年 (2022 年工作回顾).
const YEAR_EXPRESSION =
  /((?:19|20)\d{2})[ \t\u00a0]?年|(前年|去年|上年|今年|本年|全年|当年|明年|来年|后年)|“?(十二五|十三五|十四五|十五五)”?(?:期末|末|时期|期间)/g;

/** The year of one expression, or null (明年 without a reference year). */
export function resolveYearExpression(expression: string, referenceYear: number | null): number | null {
  const absolute = /^((?:19|20)\d{2})[ \t\u00a0]?年/.exec(expression);
  if (absolute?.[1]) return Number(absolute[1]);
  const plan = /十[二三四五]五/.exec(expression);
  if (plan && PLAN_END[plan[0]] !== undefined) return PLAN_END[plan[0]] ?? null;
  const offset = RELATIVE[expression];
  return offset !== undefined && referenceYear !== null ? referenceYear + offset : null;
}

export interface YearMention {
  year: number;
  start: number;
  end: number;
}

/**
 * 比去年增长50%, 较上年同期, 与去年相比, 去年同期: the year before is the baseline a change is
 * measured against, not the year the figure belongs to (nor is 上年 in 以上年度 a year).
 */
const BASELINE_BEFORE = /(?:比|较|同|与)$/;
const BASELINE_AFTER = /^(?:同期|相比|相较)/;

function isBaseline(text: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  // 市级以上年度重点项目: 以上 and 年度, no 上年.
  if (m[2] === '上年' && text[at - 1] === '以') return true;
  // 比2020年翻一番, 较2023年增长: an absolute year after 比 or 较 is a baseline too.
  if (m[1] !== undefined && /[比较]$/.test(text.slice(Math.max(0, at - 1), at))) return true;
  return (
    (RELATIVE[m[2] ?? ''] ?? 0) < 0 &&
    (BASELINE_BEFORE.test(text.slice(Math.max(0, at - 2), at)) ||
      BASELINE_AFTER.test(text.slice(at + m[0].length)))
  );
}

/** Every year expression in a text, resolved; offsets are into the text given. */
export function findYears(text: string, referenceYear: number | null): YearMention[] {
  const out: YearMention[] = [];
  for (const m of text.matchAll(YEAR_EXPRESSION)) {
    if (isBaseline(text, m)) continue;
    const year = resolveYearExpression(m[0].replace(/^“/, ''), referenceYear);
    if (year !== null) out.push({ year, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The year a figure belongs to: the last year expression before `before` in the text
 * (到2025年…达到, 明年新增学位8190个), else the first one after it, else null.
 */
export function findYear(text: string, referenceYear: number | null, before = text.length): number | null {
  const years = findYears(text, referenceYear);
  const preceding = years.filter((y) => y.end <= before);
  return (preceding[preceding.length - 1] ?? years[0])?.year ?? null;
}
