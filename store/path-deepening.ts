/**
 * One round of the iterative deepening both stores use for trace: every simple path of
 * exactly `hops` edges from `from` to `to`, depth first, neighbours in the order given
 * (sorted ids), pruned by each node's hop distance to `to`, so no branch that cannot
 * arrive in time is walked. Paths are appended to `found` until it holds `limit`.
 * The embedded store walks its graph (store/memory/find-paths.ts); Neo4j's longer paths
 * are walked over the neighbour pairs the database sent (store/neo4j/path-walk.ts). One
 * walk for both keeps their paths, and their order, the same.
 */
export interface DeepeningRound {
  from: string;
  to: string;
  hops: number;
  limit: number;
  /** Neighbours of a node, sorted by id, parallel edges counted once. */
  neighbours(id: string): Iterable<string>;
  /** Hop distance to `to`, known at least up to hops - 1; absent means farther. */
  distanceToEnd: ReadonlyMap<string, number>;
  /** Called for every node a path takes in: the caller's work budget. */
  visit?: () => void;
}

export function deepenPaths(round: DeepeningRound, found: string[][]): void {
  const nodes = [round.from];
  const onPath = new Set(nodes);
  const walk = (current: string): void => {
    if (current === round.to) {
      if (nodes.length - 1 === round.hops) found.push([...nodes]);
      return;
    }
    for (const next of round.neighbours(current)) {
      const rest = round.distanceToEnd.get(next);
      if (onPath.has(next) || rest === undefined || nodes.length + rest > round.hops) continue;
      round.visit?.();
      nodes.push(next);
      onPath.add(next);
      walk(next);
      onPath.delete(next);
      nodes.pop();
      if (found.length >= round.limit) return;
    }
  };
  walk(round.from);
}
