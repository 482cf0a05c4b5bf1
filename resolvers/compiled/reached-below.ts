import type { PrefetchedReach, PrefetchWalk } from '../../store/prefetch';
import type { StoredNode, StoredRelationship } from '../../store/graph-store';
import type { EdgeKey, RequestLoaders } from '../dataloaders';
import { standInEdge, withEdgeAnswers } from './stand-in-edges';

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
    if (key.nodeId === nodeId)
      return reached.map((node) => standInEdge({ nodeId, otherId: node.id, walk, keyPrefix: 'reached' }));
    return below.has(key.nodeId) ? [] : undefined;
  };
  return withEdgeAnswers(loaders, answer);
}
