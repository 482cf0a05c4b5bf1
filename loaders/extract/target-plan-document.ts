import type { DocumentContext } from '../types';

/**
 * A text that is a plan from its first words has no heading to mark its plan part: a
 * year's work plan, or the plan part of a report published on its own, opens with the year
 * and what the place will do ("2023年，某镇将紧紧围绕…", "2024年经济社会发展主要预期目标
 * 是：…"). Its figures without a hedge of their own (开工建设公寓房940套) are goals all the
 * same. Texts with a review or plan heading keep the parts the reader found.
 */

/** How many opening sentences may hold the plan's opening. */
const OPENING_SENTENCES = 3;
/** 2023年，某镇将…; 2024年经济社会发展主要预期目标是; 2023年工作计划. */
const PLAN_OPENING =
  /^((?:19|20)\d{2})[ \t\u00a0]?年(?:度)?[，,]?[^。；;！？]{0,30}?(?:将|主要预期目标|主要目标|工作计划|工作要点|工作思路)/;

/** The context itself, or one whose unmarked sentences are a plan when the text opens as one. */
export function withPlanOpening(ctx: DocumentContext): DocumentContext {
  const sentences = ctx.doc.sentences;
  if (sentences.some((s) => s.section !== 'other')) return ctx;
  const ref = ctx.referenceYear;
  const opens = sentences.slice(0, OPENING_SENTENCES).some((s) => {
    const year = Number(PLAN_OPENING.exec(s.text.trim())?.[1] ?? NaN);
    return Number.isFinite(year) && (ref === null || year >= ref);
  });
  if (!opens) return withLaterYearParagraphs(ctx);
  return {
    ...ctx,
    doc: { ...ctx.doc, sentences: sentences.map((s) => ({ ...s, section: 'plan' as const })) },
  };
}

/** A paragraph that opens with a year: 2021年，某区高标准实施城市建设. */
const YEAR_OPENING = /^((?:19|20)\d{2})[ \t\u00a0]?年(?:度)?(?![0-9０-９]{1,2}月)/;
/** A paragraph that opens by looking back: 一年来, 过去一年, 今年以来. */
const REVIEW_OPENING = /^(?:一年来|五年来|过去|回顾|今年以来|近年来)/;

/**
 * News of a report that reviews one year and then the next: past the review, a paragraph
 * that opens with a year after the text's own (2021年，沈某区高标准实施城市建设 in a text of
 * December 2020) opens its plan part, which runs until a paragraph opens with the text's year
 * or an earlier one, or looks back. Only texts with no part a heading marked.
 */
function withLaterYearParagraphs(ctx: DocumentContext): DocumentContext {
  const ref = ctx.referenceYear;
  if (ref === null) return ctx;
  const text = ctx.doc.text;
  let inPlan = false;
  let changed = false;
  const sentences = ctx.doc.sentences.map((s) => {
    const opensLine = s.start === 0 || /\n\s*$/.test(text.slice(Math.max(0, s.start - 4), s.start));
    if (opensLine) {
      const line = s.text.trimStart();
      const year = Number(YEAR_OPENING.exec(line)?.[1] ?? NaN);
      if (Number.isFinite(year)) inPlan = year > ref;
      else if (REVIEW_OPENING.test(line)) inPlan = false;
    }
    if (!inPlan) return s;
    changed = true;
    return { ...s, section: 'plan' as const };
  });
  return changed ? { ...ctx, doc: { ...ctx.doc, sentences } } : ctx;
}
