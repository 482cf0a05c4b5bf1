import { joinBrokenLines } from './line-joins';

/**
 * Whitespace only. NFKC is not used: it would turn full-width CJK punctuation (,:;)
 * into ASCII and change every offset's meaning. Full-width and no-break spaces become
 * spaces, zero-width characters go, runs of spaces shrink to one, blank-line runs to
 * one blank line, and lines broken by the page's layout are joined again.
 */
export function normaliseWhitespace(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u3000\u00a0\u2002-\u200a\u202f\u205f\t\v\f]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim());
  return joinBrokenLines(lines)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
