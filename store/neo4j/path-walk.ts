import { deepenPaths } from '../path-deepening';

/**
 * The longer paths of a trace, enumerated in Node over the pairs of neighbours Neo4j sent
 * (queries/find-paths.ts, `nearPairsQuery`): the iterative deepening the memory store
 * uses too (store/path-deepening.ts), so the same paths come back in the same order.
 *
 * The pairs are every edge of the nodes strictly inside each end's half of the hop bound.
 * Every edge of a path of at most maxHops edges has such a node at one end, so each such
 * path lies in the pairs, and hop counts to the end taken over the pairs never exceed a
 * path's own remaining length: pruning by them drops no path.
 */
export interface PairWalk {
  from: string;
  to: string;
  /** Undirected pairs of neighbours (self-loops and repeats are ignored). */
  pairs: readonly (readonly [string, string])[];
  /** Paths of these lengths are enumerated, shortest first. */
  minHops: number;
  maxHops: number;
  /** At most this many paths come back. */
  limit: number;
}

/** Simple paths (node ids) from `from` to `to`, by length, then by the ids along them. */
export function walkPairs(walk: PairWalk): string[][] {
  const neighbours = new Map<string, string[]>();
  const add = (a: string, b: string): void => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const [a, b] of walk.pairs) {
    if (a === b) continue;
    add(a, b);
    add(b, a);
  }
  for (const [id, list] of neighbours) neighbours.set(id, [...new Set(list)].sort());
  const toEnd = hopsTo(neighbours, { to: walk.to, maxHops: walk.maxHops });
  const found: string[][] = [];
  for (let hops = walk.minHops; hops <= walk.maxHops && found.length < walk.limit; hops += 1) {
    const round = { from: walk.from, to: walk.to, hops, limit: walk.limit };
    deepenPaths({ ...round, neighbours: (id) => neighbours.get(id) ?? [], distanceToEnd: toEnd }, found);
  }
  return found;
}

/** Breadth-first hop counts to `to` over the pairs, up to maxHops - 1 (enough to prune). */
function hopsTo(
  neighbours: ReadonlyMap<string, readonly string[]>,
  options: { to: string; maxHops: number },
): Map<string, number> {
  const distance = new Map([[options.to, 0]]);
  let frontier = [options.to];
  for (let hop = 1; hop < options.maxHops && frontier.length > 0; hop += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of neighbours.get(id) ?? []) {
        if (distance.has(neighbour)) continue;
        distance.set(neighbour, hop);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return distance;
}
