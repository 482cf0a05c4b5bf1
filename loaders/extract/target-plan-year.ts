import type { DocumentContext, Sentence } from '../types';

/**
 * The year a plan is written for, when a goal's own sentence names none: plans state it
 * once, where they open ("2023年，某镇将紧紧围绕…", "2024年经济社会发展主要预期目标是：…；",
 * "制定了2014年街道总体发展目标"), and every goal after it is for that year.
 */

/** A year joined to the words of a plan (将, 目标, 计划, 工作要点) in one clause. */
const PLAN_YEAR =
  /((?:19|20)\d{2})[ \t\u00a0]?年(?:度)?[，,]?[^。；;，,]{0,24}?(?:将|目标|预期|计划|要点|思路|安排)|(?:制定|确定|提出)了?((?:19|20)\d{2})[ \t\u00a0]?年/;
/** How many sentences back the opening of a plan may stand. */
const REACH = 8;
/** A review heading or a look back ends the reach: its year is the one reported on. */
const REVIEW = /回顾|过去的一年|一年来|去年/;

/** The year of the plan a goal belongs to, from the sentences before it, or null. */
export function planYear(ctx: DocumentContext, sentence: Sentence): number | null {
  const ref = ctx.referenceYear;
  for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - REACH; i--) {
    const earlier = ctx.doc.sentences[i];
    if (!earlier) break;
    const m = PLAN_YEAR.exec(earlier.text);
    const year = Number(m?.[1] ?? m?.[2] ?? NaN);
    if (m && Number.isFinite(year) && (ref === null || (year >= ref && year <= ref + 1))) return year;
    if (REVIEW.test(earlier.text)) return null;
  }
  return null;
}
