import type { PrefetchedReach, PrefetchWalk } from '../../store/prefetch';
import type { StoredNode, StoredRelationship } from '../../store/graph-store';
import type { EdgeKey, RequestLoaders } from '../dataloaders';

/** The answers of a request's labelled walks, by loaders (one set per request). */
const REACHED = new WeakMap<RequestLoaders, Map<string, StoredNode[]>>();

function reachKey(nodeId: string, walk: PrefetchWalk): string {
  return `${nodeId}|${walk.type}|${walk.direction}|${walk.depth}|${walk.label ?? ''}`;
}

/** Keeps the nodes each labelled walk of a prefetch reached, for the fields that asked them. */
export function rememberReached(
  loaders: RequestLoaders,
  reached: readonly PrefetchedReach[],
  nodes: ReadonlyMap<string, StoredNode>,
): void {
  if (reached.length === 0) return;
  let answers = REACHED.get(loaders);
  if (!answers) REACHED.set(loaders, (answers = new Map()));
  for (const entry of reached) {
    const found = entry.nodeIds.flatMap((id) => nodes.get(id) ?? []);
    answers.set(reachKey(entry.nodeId, entry.walk), found);
  }
}

/**
 * The request's loaders as one field's resolver sees them when a labelled walk answered
 * it: its walk below `nodeId` (descendantsOf, one level per call) finds, at the first
 * level, an edge to each node the walk reached and, below those, nothing more; so it
 * returns exactly the reached nodes (the nodes of the label within the walk's depth),
 * without the nodes and edges on the way, which the statement did not read. Every other
 * key goes to the request's loaders. Null when no labelled walk answered this node.
 */
export function loadersAnswering(
  loaders: RequestLoaders,
  nodeId: string,
  walk: PrefetchWalk,
): RequestLoaders | null {
  const reached = REACHED.get(loaders)?.get(reachKey(nodeId, walk));
  if (!reached) return null;
  const below = new Set(reached.map((node) => node.id));
  const answer = (key: EdgeKey): StoredRelationship[] | undefined => {
    const [type, ...more] = key.types ?? [];
    if (key.direction !== walk.direction || type !== walk.type || more.length > 0) return undefined;
    if (key.nodeId === nodeId) return reached.map((node) => reachedEdge(nodeId, node.id, walk));
    return below.has(key.nodeId) ? [] : undefined;
  };
  const edges = Object.create(loaders.edges) as RequestLoaders['edges'];
  edges.load = (key) => {
    const answered = answer(key);
    return answered ? Promise.resolve(answered) : loaders.edges.load(key);
  };
  edges.loadMany = (keys) =>
    Promise.all(Array.from(keys, (key) => edges.load(key).catch((error: unknown) => error as Error)));
  return { ...loaders, edges };
}

/** A stand-in edge between a node and one it reached: only its ends are ever read. */
function reachedEdge(nodeId: string, otherId: string, walk: PrefetchWalk): StoredRelationship {
  const [from, to] = walk.direction === 'OUT' ? [nodeId, otherId] : [otherId, nodeId];
  const edge = { key: `reached|${from}|${to}`, type: walk.type, from, to } as StoredRelationship;
  Object.defineProperty(edge, 'properties', {
    enumerable: false,
    get(): never {
      throw new Error(`invariant violated: a reached node's edge has no evidence (${from} → ${to})`);
    },
  });
  return edge;
}
