import type { StoreGraph } from './graph-types';

/**
 * The place itself and every node with a LOCATED_IN path (any depth) to it, found by
 * walking LOCATED_IN edges backwards from the place. Cycles in bad data are harmless:
 * each node is visited once.
 */
export function nodesLocatedUnder(graph: StoreGraph, placeId: string): Set<string> {
  const found = new Set<string>();
  if (!graph.hasNode(placeId)) return found;
  found.add(placeId);
  const queue = [placeId];
  for (let i = 0; i < queue.length; i += 1) {
    const current = queue[i] as string;
    graph.forEachInEdge(current, (_key, attributes, source) => {
      if (attributes.type !== 'LOCATED_IN' || found.has(source)) return;
      found.add(source);
      queue.push(source);
    });
  }
  return found;
}
