import { BadRequestError } from '../../schema/errors';
import { abortCheck, throwIfAborted } from '../deadline';
import type { NeighbourhoodOptions, Subgraph } from '../graph-store';
import type { GraphState } from './graph-state';
import { storedRelationship } from './graph-types';
import { storedNode } from './stored-node';
import { Adjacency, allowedTypes } from './traversal';

/**
 * Nodes within `depth` hops of a node (either direction, MENTIONED_IN excluded) and every
 * non-MENTIONED_IN edge among them, parallel edges included. The start node comes first,
 * then the others by hop count and id. With `maxNodes`, the nearest nodes are kept (a hub's
 * radius can hold the whole graph) and the answer says `truncated`.
 */
export function neighbourhoodIn(
  state: GraphState,
  request: { id: string; depth: number } & NeighbourhoodOptions,
): Subgraph {
  const { id, depth } = request;
  const { graph } = state;
  if (!Number.isInteger(depth) || depth < 0) throw new BadRequestError('depth must be a whole number ≥ 0');
  if (!graph.hasNode(id)) return { nodes: [], relationships: [] };
  const allowed = allowedTypes(undefined);
  const check = abortCheck(request.signal);
  const layers = new Adjacency(state, undefined).distances(id, depth, { maxNodes: request.maxNodes, check });
  const distances = layers.distance;
  const ids = [...distances.keys()].sort(
    (a, b) => (distances.get(a) as number) - (distances.get(b) as number) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const keys: string[] = [];
  for (const node of ids) {
    graph.forEachOutEdge(node, (key, attributes, _source, target) => {
      check();
      if (allowed(attributes.type) && distances.has(target)) keys.push(key);
    });
  }
  throwIfAborted(request.signal);
  return {
    nodes: ids.map((node) => storedNode(state, node)),
    relationships: keys.sort().map((key) => storedRelationship(graph, key)),
    truncated: layers.truncated,
  };
}
