import type { StoredNode } from '../store/graph-store';
import { loadPresent } from './graph-walk';
import type { RequestLoaders } from './dataloaders';
import { stringProperty } from './properties';

/** Deepest LOCATED_IN chain walked up from a project or village to its town. */
const MAX_LEVELS = 8;

/** Kinds of place that lie above towns: walking up stops there, they are in no town. */
const ABOVE_TOWNS = new Set(['DISTRICT', 'CITY', 'PROVINCE']);

export function isTown(node: StoredNode): boolean {
  return node.label === 'Place' && stringProperty(node, 'kind') === 'TOWN';
}

/**
 * The towns a node lies in: itself when it is a town, else the towns found by following
 * every LOCATED_IN edge upward (a zone lying in two towns is in both). A district or city
 * lies in no town. One edge call per level, whatever the number of nodes asked at once.
 */
export async function enclosingTowns(loaders: RequestLoaders, node: StoredNode): Promise<StoredNode[]> {
  if (isTown(node)) return [node];
  if (node.label === 'Place' && ABOVE_TOWNS.has(stringProperty(node, 'kind') ?? '')) return [];
  const towns = new Map<string, StoredNode>();
  const seen = new Set([node.id]);
  let frontier = [node.id];
  for (let level = 0; level < MAX_LEVELS && frontier.length > 0; level += 1) {
    const lists = await loaders.edges.loadMany(
      frontier.map((nodeId) => ({ nodeId, direction: 'OUT' as const, types: ['LOCATED_IN' as const] })),
    );
    const parentIds: string[] = [];
    for (const list of lists) {
      if (list instanceof Error) throw list;
      for (const edge of list) if (!seen.has(edge.to)) parentIds.push(edge.to);
    }
    for (const id of parentIds) seen.add(id);
    const parents = await loadPresent(loaders, parentIds);
    frontier = [];
    for (const parent of parents) {
      if (isTown(parent)) towns.set(parent.id, parent);
      else if (!(parent.label === 'Place' && ABOVE_TOWNS.has(stringProperty(parent, 'kind') ?? '')))
        frontier.push(parent.id);
    }
  }
  return [...towns.values()];
}
