import { sharedScan } from '../extract/sentence-cache';

/**
 * Canonical names, one rule for the whole project: the display form of a name (quotes
 * dropped, full-width letters, digits and brackets made half-width), its identity form
 * (also without the brackets around a phase, so that 嘉兴路(一期)改造工程 and
 * 嘉兴路一期改造工程 are one name), and the comparison form the evaluation scores by
 * (also blind to book-title marks and to which kind of bracket or dash was typed).
 */

const QUOTES = /[“”‘’"'「」『』]/g;

/** The name to show: “532”发展战略 → 532发展战略, 嘉兴路（一期）改造工程 → 嘉兴路(一期)改造工程. */
export const displayName: (name: string) => string = sharedScan(displayForm);

function displayForm(name: string): string {
  return name
    .normalize('NFKC')
    .replace(QUOTES, '')
    .replace(/[［【〔]/g, '(')
    .replace(/[］】〕]/g, ')')
    .replace(/[‐‑‒–―－]/g, '-')
    .replace(/[•・‧]/g, '·')
    .replace(/\s+/g, '')
    .trim();
}

/** The form two names must share to be one entity. */
export const identityName: (name: string) => string = sharedScan(identityForm);

/** identityName, unshared: each name is asked for by every mention and record that carries it. */
function identityForm(name: string): string {
  return displayName(name)
    .replace(/\(([一二三四五六七八九十\d]+期)\)/g, '$1')
    .toLowerCase();
}

/**
 * The form the evaluation compares names by, so that typography is never counted as an
 * extraction error: 《嘉兴路（一期）改造工程》 and 嘉兴路一期改造工程 are one name.
 */
export function comparisonName(name: string): string {
  return identityName(name)
    .replace(/[《》〈〉]/g, '')
    .replace(/[[{]/g, '(')
    .replace(/[\]}]/g, ')')
    .replace(/[-—]+/g, '—');
}
