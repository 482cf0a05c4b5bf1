import type { HtmlMeta } from './html';
import { removeSpam, type SpamCleaning } from './spam';
import { toSimplified } from './traditional';

export interface PageSpamInput {
  /** The document text, already simplified. */
  text: string;
  /** The HTML head's metadata, when the input was a page. */
  meta: HtmlMeta;
  /** Every visible text of an HTML page, chrome included; absent for plain text. */
  pageText?: string;
  districtHint?: string;
}

export interface PageSpamCleaning extends SpamCleaning {
  meta: HtmlMeta;
}

/**
 * Spam removal for a whole input. A page's real name survives in its chrome (a footer's
 * 天宁区互联网不良信息举报中心) even after the article is cut out, so the whole page is the
 * evidence; its <title> carries the spam too (澳门现金赌场人民政府) and is cleaned the same way.
 */
export function removePageSpam(input: PageSpamInput): PageSpamCleaning {
  const hint = input.districtHint ? { districtHint: input.districtHint } : {};
  const evidence = input.pageText === undefined ? undefined : toSimplified(input.pageText).text;
  const body = removeSpam(input.text, evidence === undefined ? hint : { ...hint, evidence });

  const meta: HtmlMeta = {};
  const reports: Omit<SpamCleaning, 'text'>[] = [body];
  for (const key of ['title', 'publisher', 'publishedAt'] as const) {
    const value = input.meta[key];
    if (value === undefined) continue;
    const cleaned = removeSpam(value, { ...hint, evidence: evidence ?? input.text });
    reports.push(cleaned);
    const kept = cleaned.text.trim();
    if (kept) meta[key] = kept;
  }

  const spam = [...new Set(reports.flatMap((report) => report.spam))];
  const pairs = new Map<string, SpamCleaning['restored'][number]>();
  for (const pair of reports.flatMap((report) => report.restored)) {
    pairs.set(`${pair.injected}\u0000${pair.restored}`, pair);
  }
  return { text: body.text, meta, spam, restored: [...pairs.values()] };
}
