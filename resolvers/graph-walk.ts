import type { RelationshipType } from '../schema/model';
import { throwIfAborted } from '../store/deadline';
import type { RelationshipQuery, StoredNode } from '../store/graph-store';
import type { RequestLoaders } from './dataloaders';

/** Deepest LOCATED_IN chain walked (village → town → district → city → province, plus zones). */
const MAX_LEVELS = 8;

export interface RelatedRequest {
  direction: Exclude<RelationshipQuery['direction'], 'BOTH'> | 'BOTH';
  type: RelationshipType;
  /** Only neighbours with this label. */
  label?: StoredNode['label'];
}

/** Present nodes of the given ids, each once, in the order of the ids. */
export async function loadPresent(loaders: RequestLoaders, ids: Iterable<string>): Promise<StoredNode[]> {
  const found = await loaders.nodes.loadMany([...new Set(ids)]);
  return found.filter((node): node is StoredNode => node !== null && !(node instanceof Error));
}

/** The other ends of a node's edges of one type, each once, ordered by name. */
export async function related(
  loaders: RequestLoaders,
  id: string,
  request: RelatedRequest,
): Promise<StoredNode[]> {
  throwIfAborted(loaders.signal);
  const edges = await loaders.edges.load({ nodeId: id, direction: request.direction, types: [request.type] });
  throwIfAborted(loaders.signal);
  const ids = edges.map((edge) => (edge.from === id ? edge.to : edge.from));
  const nodes = await loadPresent(loaders, ids);
  throwIfAborted(loaders.signal);
  return byName(request.label ? nodes.filter((node) => node.label === request.label) : nodes);
}

export function byName(nodes: StoredNode[]): StoredNode[] {
  return nodes.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * The places above a node, nearest first, following LOCATED_IN one level per step. A zone
 * lying in several places contributes the first of them, so the chain stays a chain.
 */
export async function ancestorsOf(loaders: RequestLoaders, id: string): Promise<StoredNode[]> {
  const chain: StoredNode[] = [];
  const seen = new Set([id]);
  let current = id;
  for (let level = 0; level < MAX_LEVELS; level += 1) {
    const parents = await related(loaders, current, { direction: 'OUT', type: 'LOCATED_IN' });
    const parent = parents.find((node) => node.label === 'Place') ?? parents[0];
    if (!parent || seen.has(parent.id)) break;
    seen.add(parent.id);
    if (parent.label === 'Place') chain.push(parent);
    current = parent.id;
  }
  return chain;
}

/**
 * Every node located (LOCATED_IN, any depth) under a node, the node excluded. One level
 * per step, so a list of places costs one edge call per level, whatever its length.
 */
export async function descendantsOf(loaders: RequestLoaders, id: string): Promise<StoredNode[]> {
  const found = new Set([id]);
  let frontier = [id];
  for (let level = 0; level < MAX_LEVELS && frontier.length > 0; level += 1) {
    const edges = await loaders.edges.loadMany(
      frontier.map((nodeId) => ({ nodeId, direction: 'IN' as const, types: ['LOCATED_IN' as const] })),
    );
    throwIfAborted(loaders.signal);
    const next: string[] = [];
    for (const list of edges) {
      if (list instanceof Error) throw list;
      for (const edge of list) {
        if (found.has(edge.from)) continue;
        found.add(edge.from);
        next.push(edge.from);
      }
    }
    frontier = next;
  }
  found.delete(id);
  return loadPresent(loaders, found);
}

/** Nodes of a label under a place, ordered by name. */
export async function descendantsWithLabel(
  loaders: RequestLoaders,
  options: { id: string; label: StoredNode['label'] },
): Promise<StoredNode[]> {
  const under = await descendantsOf(loaders, options.id);
  return byName(under.filter((node) => node.label === options.label));
}

/**
 * The other ends of edges of one type from a node and everything under it: the goals,
 * figures, programmes, people or industries of a place taken as a whole.
 */
export async function relatedUnder(
  loaders: RequestLoaders,
  options: { id: string } & RelatedRequest,
): Promise<StoredNode[]> {
  const under = await descendantsOf(loaders, options.id);
  const lists = await Promise.all(
    [options.id, ...under.map((node) => node.id)].map((nodeId) => related(loaders, nodeId, options)),
  );
  const byId = new Map(lists.flat().map((node) => [node.id, node]));
  return byName([...byId.values()]);
}
