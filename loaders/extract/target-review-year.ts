import type { DocumentContext, Sentence } from '../types';
import { findYear } from './number-years';

/**
 * The year a report's review part looks back on. A heading of the part names it
 * (2024年工作回顾, 2025年上半年工作总结); a report delivered early in a year (by May)
 * whose review opens with 过去一年, 一年来 or 回顾 looks back on the year before; a review
 * that opens with 今年以来 is about the year of the date. Null when nothing says.
 */

/** A line short enough to be a heading: 一、2024年工作回顾. */
const HEADING_MAX = 30;
/** A heading run into its first sentence: 一、2018年工作回顾…, 回顾2018年… at the very start. */
const RUN_IN_HEADING =
  /^(?:[一二三四五六七八九十]+[、.．]\s*)?(?:回顾)?((?:19|20)\d{2})[ \t\u00a0]?年(?:度)?(?:工作)?(?:回顾|总结)/;
const YEAR_BEHIND = /过去一年|过去的一年|一年来|这一年|回顾|回望/;
const THIS_YEAR = /今年以来|今年|上半年以来|本年/;
/** Reports of the year before are delivered by May at the latest. */
const LAST_REPORT_MONTH = 5;

export function reviewYear(ctx: DocumentContext, sentence: Sentence): number | null {
  if (sentence.section !== 'review') return null;
  const sentences = ctx.doc.sentences;
  let opening = sentence.index;
  for (let i = sentence.index; i >= 0 && sentences[i]?.section === 'review'; i--) {
    const s = sentences[i];
    if (!s) break;
    opening = i;
    if (s.text.length <= HEADING_MAX) {
      const year = findYear(s.text, ctx.referenceYear);
      if (year !== null && /\d{4}[ \t\u00a0]?年/.test(s.text)) return year;
    }
  }
  const first = sentences[opening]?.text ?? '';
  const ref = ctx.referenceYear;
  if (ref === null) return null;
  if (THIS_YEAR.test(first.slice(0, 8))) return ref;
  const month = Number(ctx.doc.publishedAt?.slice(5, 7) ?? 0);
  if (YEAR_BEHIND.test(first) && month >= 1 && month <= LAST_REPORT_MONTH) return ref - 1;
  return null;
}

/** A heading of the plan part: 2019年工作安排, 今年工作计划, 下一步工作打算. */
const PLAN_HEADING =
  /^(?:[一二三四五六七八九十]+[、.．]\s*)?(?:(?:19|20)\d{2}[ \t\u00a0]?年|今年|明年|下一步)(?:的)?(?:主要)?(?:工作)?(?:安排|计划|打算|思路|目标|任务)/;
/** How far back a heading is looked for. */
const HEADING_LOOKBACK = 80;

/**
 * The year named by the review heading a figure stands under, where the reader marked no
 * part (2018年工作回顾一年来，全镇…: a heading run into its first sentence); null under a plan
 * heading or none.
 */
export function headingYear(ctx: DocumentContext, sentence: Sentence): number | null {
  const sentences = ctx.doc.sentences;
  for (let i = sentence.index; i >= 0 && i > sentence.index - HEADING_LOOKBACK; i--) {
    const text = sentences[i]?.text ?? '';
    if (PLAN_HEADING.test(text)) return null;
    const heading = RUN_IN_HEADING.exec(text);
    if (heading?.[1]) return Number(heading[1]);
  }
  return null;
}
