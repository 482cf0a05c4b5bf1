import { BadRequestError } from '../../schema/errors';
import type { Subgraph } from '../graph-store';
import type { GraphState } from './graph-state';
import { storedRelationship } from './graph-types';
import { storedNode } from './stored-node';
import { Adjacency, allowedTypes } from './traversal';

/**
 * Nodes within `depth` hops of a node (either direction, MENTIONED_IN excluded) and every
 * non-MENTIONED_IN edge among them, parallel edges included. The start node comes first,
 * then the others by hop count and id.
 */
export function neighbourhoodIn(state: GraphState, id: string, depth: number): Subgraph {
  const { graph } = state;
  if (!Number.isInteger(depth) || depth < 0) throw new BadRequestError('depth must be a whole number ≥ 0');
  if (!graph.hasNode(id)) return { nodes: [], relationships: [] };
  const allowed = allowedTypes(undefined);
  const distances = new Adjacency(state, undefined).distances(id, depth);
  const ids = [...distances.keys()].sort(
    (a, b) => (distances.get(a) as number) - (distances.get(b) as number) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const keys: string[] = [];
  for (const node of ids) {
    graph.forEachOutEdge(node, (key, attributes, _source, target) => {
      if (allowed(attributes.type) && distances.has(target)) keys.push(key);
    });
  }
  return {
    nodes: ids.map((node) => storedNode(state, node)),
    relationships: keys.sort().map((key) => storedRelationship(graph, key)),
  };
}
