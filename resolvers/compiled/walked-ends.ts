import type { RelationshipType } from '../../schema/model';
import type { StoredRelationship } from '../../store/graph-store';
import type { PrefetchedNeighbours, PrefetchWalk } from '../../store/prefetch';
import type { EdgeKey, RequestLoaders } from '../dataloaders';
import { standInEdge, withEdgeAnswers } from './stand-in-edges';

/** The answers of a request's endsOnly walks, by loaders (one set per request). */
const NEIGHBOURS = new WeakMap<RequestLoaders, Map<string, readonly string[]>>();

function neighboursKey(nodeId: string, direction: 'OUT' | 'IN', type: RelationshipType): string {
  return `${nodeId}|${direction}|${type}`;
}

/** Keeps the distinct other ends each endsOnly walk of a prefetch found, for the fields that asked them. */
export function rememberNeighbours(loaders: RequestLoaders, found: readonly PrefetchedNeighbours[]): void {
  if (found.length === 0) return;
  let answers = NEIGHBOURS.get(loaders);
  if (!answers) NEIGHBOURS.set(loaders, (answers = new Map()));
  for (const entry of found)
    answers.set(neighboursKey(entry.nodeId, entry.direction, entry.type), entry.nodeIds);
}

/**
 * The request's loaders as the resolver of a field with an endsOnly walk sees them (the
 * places above a node, a project's place …): its calls for the edges of the walk's type
 * and direction find, for every node the walk passed, one stand-in edge to each distinct
 * other end, which is all those resolvers read of an edge (graph-walk.ts, `related`).
 * The request's own edge loader never holds these partial lists, so any other field
 * still reads every edge. Null when the request remembered no such walk.
 */
export function loadersWithNeighbours(loaders: RequestLoaders, walk: PrefetchWalk): RequestLoaders | null {
  const answers = NEIGHBOURS.get(loaders);
  if (!answers) return null;
  const answer = (key: EdgeKey): StoredRelationship[] | undefined => {
    const [type, ...more] = key.types ?? [];
    if (key.direction !== walk.direction || type !== walk.type || more.length > 0) return undefined;
    const ends = answers.get(neighboursKey(key.nodeId, walk.direction, walk.type));
    return ends?.map((end) => standInEdge({ nodeId: key.nodeId, otherId: end, walk }));
  };
  return withEdgeAnswers(loaders, answer);
}
