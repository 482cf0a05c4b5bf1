import type { DocumentContext } from '../types';

/**
 * The date figures are read against when the reader found no dateline. Reports often carry
 * it in their first lines without the usual dash ("2019年2月1日在石滩镇第二届人民代表大会…"),
 * and summaries name their period in the title ("下应街道2023年上半年工作总结"). A title year
 * of a 政府工作报告 says nothing sure: some name the year reported on, some the year of the
 * session, so it is left alone. News dated by day alone (3月11日，某市举行2022年重大项目集中
 * 签约仪式) takes the year of the event it reports.
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
  if (title?.[1]) return { ...ctx, referenceYear: Number(title[1]) };
  for (const line of opening) {
    const day = DAY_DATE.exec(line);
    const event = EVENT_YEAR.exec(line) ?? YEAR_OF_EVENT.exec(line);
    if (!day || !event?.[1]) continue;
    const publishedAt =
      day[1] && day[2] ? `${event[1]}-${day[1].padStart(2, '0')}-${day[2].padStart(2, '0')}` : null;
    return { ...ctx, referenceYear: Number(event[1]), doc: { ...ctx.doc, publishedAt } };
  }
  return ctx;
}

/** 3月11日上午, 24日: the day of a news item, without its year. */
const DAY_DATE = /(?:(\d{1,2})月)?(\d{1,2})日/;
/** 举行2022年重大项目集中签约仪式: the event the news reports names its year. */
const EVENT_YEAR = /(?:举行|召开|举办)的?[^，,。]{0,4}?((?:19|20)\d{2})[ \t\u00a0]?年/;
const YEAR_OF_EVENT =
  /((?:19|20)\d{2})[ \t\u00a0]?年[^，,。]{0,40}?(?:仪式|大会|洽谈会|推介会|博览会|交易会|论坛)/;
