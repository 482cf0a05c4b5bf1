import type { NodeAttributes } from './graph-types';

/**
 * An inverted index of the characters and character pairs (bigrams) of every node's name
 * and aliases, so that a search looks at the nodes that can match instead of every name.
 * Chinese has no word boundaries, so grams of characters (UTF-16 code units, as
 * String.prototype.indexOf counts them) are the unit: a name containing the text contains
 * every gram of the text. Both the names as written and lower-cased are indexed, since a
 * search with Latin letters matches without case; the index only narrows the candidates,
 * and the caller still scores each one exactly as the full scan did, so the ranking is
 * unchanged.
 */
export class NameIndex {
  private readonly postings = new Map<string, Set<string>>();

  add(node: NodeAttributes): void {
    for (const gram of nodeGrams(node)) {
      let ids = this.postings.get(gram);
      if (!ids) {
        ids = new Set();
        this.postings.set(gram, ids);
      }
      ids.add(node.id);
    }
  }

  remove(node: NodeAttributes): void {
    for (const gram of nodeGrams(node)) {
      const ids = this.postings.get(gram);
      if (!ids) continue;
      ids.delete(node.id);
      if (ids.size === 0) this.postings.delete(gram);
    }
  }

  /**
   * Ids of the nodes whose names or aliases (as written or lower-cased) contain every
   * gram of `text`: a superset of the nodes containing `text`. Smallest posting first, so
   * the work is bounded by the rarest gram.
   */
  candidates(text: string): Set<string> {
    const lists = [...textGrams(text)].map((gram) => this.postings.get(gram));
    if (lists.length === 0) return new Set();
    if (lists.some((ids) => ids === undefined)) return new Set();
    const sorted = (lists as Set<string>[]).sort((a, b) => a.size - b.size);
    const [smallest, ...rest] = sorted as [Set<string>, ...Set<string>[]];
    if (rest.length === 0) return smallest;
    const result = new Set<string>();
    for (const id of smallest) if (rest.every((ids) => ids.has(id))) result.add(id);
    return result;
  }

  /** The grams and their ids, for comparing with a rebuild in tests. */
  entries(): [string, string[]][] {
    return [...this.postings]
      .map(([gram, ids]): [string, string[]] => [gram, [...ids].sort()])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

/** Grams a text must have: its characters when it is one long, else its bigrams. */
function textGrams(text: string): Set<string> {
  const grams = new Set<string>();
  if (text.length === 1) grams.add(text);
  for (let i = 0; i + 1 < text.length; i += 1) grams.add(text.slice(i, i + 2));
  return grams;
}

/** Every character and bigram of a node's names, as written and lower-cased. */
function nodeGrams(node: NodeAttributes): Set<string> {
  const grams = new Set<string>();
  for (const value of [node.name, ...node.aliases]) {
    const lower = value.toLowerCase();
    for (const form of lower === value ? [value] : [value, lower]) {
      for (let i = 0; i < form.length; i += 1) {
        grams.add(form[i] as string);
        if (i + 1 < form.length) grams.add(form.slice(i, i + 2));
      }
    }
  }
  return grams;
}
