import { BadRequestError } from '../../schema/errors';
import type { GraphPath, PathRequest } from '../graph-store';
import type { GraphState } from './graph-state';
import { storedRelationship } from './graph-types';
import { storedNode } from './stored-node';
import { Adjacency, allowedTypes } from './traversal';

export const DEFAULT_PATH_LIMIT = 10;

/**
 * Simple paths between two nodes, shortest first, up to maxHops and `limit` paths. Paths
 * of each length are enumerated in turn (iterative deepening) with a depth-first walk
 * pruned by the hop distance to the target, so no branch that cannot arrive in time is
 * explored. Parallel edges between a pair count once; ties are ordered by node ids.
 */
export function findPathsIn(state: GraphState, request: PathRequest): GraphPath[] {
  const { graph } = state;
  const limit = request.limit ?? DEFAULT_PATH_LIMIT;
  if (!Number.isInteger(request.maxHops) || request.maxHops < 1) {
    throw new BadRequestError('maxHops must be a whole number ≥ 1');
  }
  if (!graph.hasNode(request.from) || !graph.hasNode(request.to) || limit <= 0) return [];
  const adjacency = new Adjacency(graph, allowedTypes(request.types));
  // Every node after the first is at most maxHops - 1 hops from the target.
  const toTarget = adjacency.distances(request.to, request.maxHops - 1);
  const shortest = shortestFrom(request.from, request.to, { adjacency, toTarget });
  if (shortest === undefined) return [];
  const found: { nodes: string[]; edges: string[] }[] = [];
  const nodes = [request.from];
  const edges: string[] = [];
  const onPath = new Set(nodes);
  const walk = (current: string, hops: number): void => {
    if (found.length >= limit) return;
    if (current === request.to) {
      if (edges.length === hops) found.push({ nodes: [...nodes], edges: [...edges] });
      return;
    }
    for (const [next, edge] of adjacency.neighbours(current)) {
      const rest = toTarget.get(next);
      if (onPath.has(next) || rest === undefined || edges.length + 1 + rest > hops) continue;
      nodes.push(next);
      edges.push(edge);
      onPath.add(next);
      walk(next, hops);
      onPath.delete(next);
      edges.pop();
      nodes.pop();
      if (found.length >= limit) return;
    }
  };
  for (let hops = shortest; hops <= request.maxHops && found.length < limit; hops += 1)
    walk(request.from, hops);
  return found.map((path) => ({
    nodes: path.nodes.map((id) => storedNode(state, id)),
    relationships: path.edges.map((key) => storedRelationship(graph, key)),
  }));
}

function shortestFrom(
  from: string,
  to: string,
  walk: { adjacency: Adjacency; toTarget: ReadonlyMap<string, number> },
): number | undefined {
  if (from === to) return 0;
  let best: number | undefined;
  for (const next of walk.adjacency.neighbours(from).keys()) {
    const rest = walk.toTarget.get(next);
    if (rest !== undefined && (best === undefined || rest + 1 < best)) best = rest + 1;
  }
  return best;
}
