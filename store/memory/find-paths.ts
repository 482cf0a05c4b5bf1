import { BadRequestError, WorkLimitError } from '../../schema/errors';
import { throwIfAborted } from '../deadline';
import type { GraphPath, PathRequest } from '../graph-store';
import { deepenPaths } from '../path-deepening';
import type { GraphState } from './graph-state';
import { storedRelationship } from './graph-types';
import { storedNode } from './stored-node';
import { Adjacency, Layers } from './traversal';

export const DEFAULT_PATH_LIMIT = 10;

/**
 * Simple paths between two nodes, shortest first, up to maxHops and `limit` paths. Paths
 * of each length are enumerated in turn (iterative deepening, store/path-deepening.ts)
 * with a depth-first walk pruned by the hop distance to the target, so no branch that
 * cannot arrive in time is explored. Parallel edges between a pair count once; ties are ordered by node ids.
 */
export function findPathsIn(state: GraphState, request: PathRequest): GraphPath[] {
  const { graph } = state;
  const limit = request.limit ?? DEFAULT_PATH_LIMIT;
  if (!Number.isInteger(request.maxHops) || request.maxHops < 1) {
    throw new BadRequestError('maxHops must be a whole number ≥ 1');
  }
  if (!graph.hasNode(request.from) || !graph.hasNode(request.to) || limit <= 0) return [];
  const adjacency = new Adjacency(state, request.types);
  const budget = request.maxVisited ?? Infinity;
  let visited = 0;
  // Every node reached, by the layers or by the walk, is charged to the budget: the
  // walk's paths multiply with the hops, so a budget on reached nodes is what bounds it.
  const visit = (): void => {
    visited += 1;
    if (visited > budget) {
      throw new WorkLimitError(`trace visited more than ${budget} nodes; ask for fewer hops or types`);
    }
    if (visited % 256 === 0) throwIfAborted(request.signal);
  };
  // Hops to the target, grown one layer per path length tried: a path of `hops` edges
  // only passes nodes at most hops - 1 away from the target.
  const layers = new Layers(adjacency, request.to, { check: visit });
  const toTarget = layers.distance;
  const shortest = shortestFrom(request.from, request.to, { adjacency, layers, maxHops: request.maxHops });
  if (shortest === undefined) return [];
  const found: string[][] = [];
  for (let hops = shortest; hops <= request.maxHops && found.length < limit; hops += 1) {
    layers.expandTo(hops - 1);
    deepenPaths(
      {
        from: request.from,
        to: request.to,
        hops,
        limit,
        neighbours: (id) => adjacency.sortedNeighbours(id),
        distanceToEnd: toTarget,
        visit,
      },
      found,
    );
  }
  return found.map((path) => ({
    nodes: path.map((id) => storedNode(state, id)),
    relationships: path
      .slice(1)
      .map((id, i) => storedRelationship(graph, adjacency.edgeBetween(path[i] as string, id))),
  }));
}

/** Length of the shortest path, growing the target's layers until the source touches one. */
function shortestFrom(
  from: string,
  to: string,
  search: { adjacency: Adjacency; layers: Layers; maxHops: number },
): number | undefined {
  if (from === to) return 0;
  for (let hops = 1; hops <= search.maxHops; hops += 1) {
    search.layers.expandTo(hops - 1);
    let reached = false;
    search.adjacency.forEachNeighbour(from, (next) => {
      if (search.layers.distance.get(next) === hops - 1) reached = true;
    });
    if (reached) return hops;
  }
  return undefined;
}
