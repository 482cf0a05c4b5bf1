import { findDate } from './dates';
import type { HeaderFields } from './header-fields';
import type { HtmlMeta } from './html';

export interface DocumentMetadata {
  title: string;
  publisher: string | null;
  publishedAt: string | null;
}

export interface MetadataSources {
  /** What the caller said; always wins. */
  caller: { title?: string; publisher?: string; publishedAt?: string };
  /** What the HTML <head> said. */
  html: HtmlMeta;
  /** The page's own header block. */
  header: HeaderFields;
  /** The cleaned text, for a title and date when nobody stated them. */
  text: string;
  /** Last resort for a title: the document's name. */
  name: string;
}

/** How far down a dateline is looked for when no field gives the date. */
const DATELINE_LINES = 10;

/** Title, publisher and date, from the most explicit source that has each. */
export function resolveMetadata(sources: MetadataSources): DocumentMetadata {
  const { caller, html, header, text } = sources;
  const title = caller.title ?? html.title ?? header.title ?? firstSubstantialLine(text) ?? sources.name;
  const publisher = caller.publisher ?? html.publisher ?? header.publisher ?? null;
  const statedDate = caller.publishedAt ?? html.publishedAt;
  const publishedAt = (statedDate ? findDate(statedDate) : null) ?? header.publishedAt ?? dateline(text);
  return { title: title.trim(), publisher, publishedAt };
}

/**
 * The headline: the first line that reads like one. A kicker ending in a dash
 * (吴江平望以“回头看”的再审视,持续推动经济发达镇改革“接力跑”——), a byline
 * (□苏报驻吴江区记者 周悦磊) or a sentence is not a headline.
 */
export function firstSubstantialLine(text: string): string | null {
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const han = line.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (han < 4 || line.length > 60) continue;
    if (/[。,,;;::!!??—-]$/u.test(line) || /^[—□■【([(]/u.test(line)) continue;
    return line;
  }
  return null;
}

/** A date on a short line near the top: 2020年12月27日, or 发稿时间 2023-12-20 10:00. */
function dateline(text: string): string | null {
  const lines = text
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, DATELINE_LINES);
  for (const line of lines) {
    if (line.length > 40) continue;
    const date = findDate(line);
    if (date) return date;
  }
  return null;
}
