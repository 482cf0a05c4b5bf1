/**
 * One-to-one matching of gold items with predictions. Each gold item is matched at most
 * once and each prediction at most once (a duplicate node is an extra, not a second hit).
 * Required gold items are matched first, by maximum bipartite matching so that one
 * ambiguous alias cannot steal the partner of another item; optional gold items then
 * absorb what is left, so that predicting a borderline item costs nothing.
 */

export interface MatchOutcome<G, P> {
  pairs: { gold: G; predicted: P }[];
  missed: G[];
  extra: P[];
}

export interface MatchOptions<G, P> {
  gold: readonly G[];
  predicted: readonly P[];
  matches: (gold: G, predicted: P) => boolean;
  /** Tried first among a gold item's candidates (an exact name beats an alias). */
  prefer?: (gold: G, predicted: P) => boolean;
}

export function matchItems<G extends { optional?: boolean }, P>(
  options: MatchOptions<G, P>,
): MatchOutcome<G, P> {
  const { gold, predicted, matches, prefer } = options;
  const required = gold.filter((item) => !item.optional);
  const candidates = required.map((item) => {
    const all = predicted.map((_, index) => index).filter((index) => matches(item, predicted[index] as P));
    if (!prefer) return all;
    const first = all.filter((index) => prefer(item, predicted[index] as P));
    return [...first, ...all.filter((index) => !first.includes(index))];
  });

  const ownerOf = new Map<number, number>();
  const augment = (goldIndex: number, seen: Set<number>): boolean => {
    for (const p of candidates[goldIndex] ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      const owner = ownerOf.get(p);
      if (owner === undefined || augment(owner, seen)) {
        ownerOf.set(p, goldIndex);
        return true;
      }
    }
    return false;
  };
  required.forEach((_, index) => augment(index, new Set()));

  const matchedGold = new Set(ownerOf.values());
  const pairs = [...ownerOf.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([p, g]) => ({ gold: required[g] as G, predicted: predicted[p] as P }));
  const optional = gold.filter((item) => item.optional);
  const extra = predicted.filter(
    (item, index) => !ownerOf.has(index) && !optional.some((o) => matches(o, item)),
  );
  return { pairs, missed: required.filter((_, index) => !matchedGold.has(index)), extra };
}
