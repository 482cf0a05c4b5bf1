import type { DocumentContext } from '../types';

/**
 * The date figures are read against when the reader found no dateline. Reports often carry
 * it in their first lines without the usual dash ("2019年2月1日在石滩镇第二届人民代表大会…"),
 * and summaries name their period in the title ("下应街道2023年上半年工作总结"). A title year
 * of a 政府工作报告 says nothing sure: some name the year reported on, some the year of the
 * session, so it is left alone.
 */

/** How many opening lines may hold the date. */
const OPENING_LINES = 3;
const FULL_DATE =
  /((?:19|20)\d{2})[ \t\u00a0]?年[ \t\u00a0]?(\d{1,2})[ \t\u00a0]?月[ \t\u00a0]?(\d{1,2})[ \t\u00a0]?日/;
const SUMMARY_TITLE =
  /((?:19|20)\d{2})[ \t\u00a0]?年(?:度|上半年|前三季度|1-\d+月)?[^，,。]{0,6}(?:工作)?(?:总结|汇报)/;

/** The context itself when it has a date; else one dated from the document's opening lines. */
export function withDocumentDate(ctx: DocumentContext): DocumentContext {
  if (ctx.referenceYear !== null) return ctx;
  const opening = ctx.doc.sentences.slice(0, OPENING_LINES).map((s) => s.text);
  for (const line of opening) {
    const date = FULL_DATE.exec(line);
    if (date?.[1] && date[2] && date[3]) {
      const publishedAt = `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}`;
      return { ...ctx, referenceYear: Number(date[1]), doc: { ...ctx.doc, publishedAt } };
    }
  }
  const title = SUMMARY_TITLE.exec(opening[0] ?? '');
  return title?.[1] ? { ...ctx, referenceYear: Number(title[1]) } : ctx;
}
