/**
 * One scan of a sentence, shared by every rule that asks for it. Several rules read the
 * same sentence through the same pure scan (its enumerations, its quantities, its words):
 * each scan runs once per text and the rules share the result.
 *
 * Results are frozen, deeply: a rule that changed a shared result would change what the
 * next rule reads, so a rule that needs to change one copies it first (and a rule that
 * forgets gets a TypeError at once rather than a quietly different graph).
 */

/** How many texts a scan remembers before it starts afresh: a few documents' sentences. */
const DEFAULT_LIMIT = 4096;

export interface SharedScanOptions {
  /** How many texts are remembered before the memo starts afresh. */
  limit?: number;
  /**
   * `deep` (the default) freezes the whole result; `shallow` freezes only the result itself,
   * for results that hold shared objects which must stay as they are (a vocabulary's entries,
   * whose global regexes keep their `lastIndex`).
   */
  freeze?: 'deep' | 'shallow';
}

/** `scan` memoised on its text argument. `scan` must be pure: its result depends on the text alone. */
export function sharedScan<T>(
  scan: (text: string) => T,
  options: number | SharedScanOptions = {},
): (text: string) => T {
  const { limit = DEFAULT_LIMIT, freeze = 'deep' } =
    typeof options === 'number' ? { limit: options } : options;
  const results = new Map<string, T>();
  // The text asked for last: rules often ask about one sentence several times in a row,
  // and comparing with it costs less than hashing the text for the map.
  let lastText: string | null = null;
  let lastResult: T | undefined;
  return (text: string): T => {
    if (text === lastText) return lastResult as T;
    let result = results.get(text);
    if (result === undefined) {
      const found = scan(text);
      result = freeze === 'deep' ? deepFreeze(found) : shallowFreeze(found);
      // Dropping everything at the limit keeps the cost of a lookup flat and memory bounded;
      // the sentences of one document are asked for together, so little is lost.
      if (results.size >= limit) results.clear();
      results.set(text, result);
    }
    lastText = text;
    lastResult = result;
    return result;
  };
}

function shallowFreeze<T>(value: T): T {
  return typeof value === 'object' && value !== null ? Object.freeze(value) : value;
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
  return value;
}
