/**
 * Names are compared after canonicalisation, so that the scorer does not count
 * typography as an extraction error: “532”发展战略 and "532"发展战略 and 532发展战略 are
 * one name, 嘉兴路（一期）改造工程 and 嘉兴路(一期)改造工程 are one name.
 */

const QUOTES = /[“”‘’"'「」『』《》〈〉]/g;
const OPEN_BRACKETS = /[（［【〔[{｛]/g;
const CLOSE_BRACKETS = /[）］】〕\]}｝]/g;
const DASHES = /[‐‑‒–—―－-]+/g;
const MIDDLE_DOTS = /[·•・‧]/g;

export function canonicalName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(QUOTES, '')
    .replace(OPEN_BRACKETS, '(')
    .replace(CLOSE_BRACKETS, ')')
    .replace(DASHES, '—')
    .replace(MIDDLE_DOTS, '·')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** The canonical forms of a name and its aliases, empty forms dropped. */
export function nameForms(name: string, aliases: readonly string[] = []): Set<string> {
  return new Set([name, ...aliases].map(canonicalName).filter((form) => form.length > 0));
}

export function sharesForm(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const form of a) if (b.has(form)) return true;
  return false;
}
