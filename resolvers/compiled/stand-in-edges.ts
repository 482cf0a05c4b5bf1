import type { StoredRelationship } from '../../store/graph-store';
import type { PrefetchWalk } from '../../store/prefetch';
import type { EdgeKey, RequestLoaders } from '../dataloaders';

/**
 * The request's loaders with edge reads answered first by `answer` (a walk's prefetched
 * ends), and by the loaders' own edge reads where it has no answer.
 */
export function withEdgeAnswers(
  loaders: RequestLoaders,
  answer: (key: EdgeKey) => StoredRelationship[] | undefined,
): RequestLoaders {
  const edges = Object.create(loaders.edges) as RequestLoaders['edges'];
  edges.load = (key) => {
    const answered = answer(key);
    return answered ? Promise.resolve(answered) : loaders.edges.load(key);
  };
  edges.loadMany = (keys) =>
    Promise.all(Array.from(keys, (key) => edges.load(key).catch((error: unknown) => error as Error)));
  return { ...loaders, edges };
}

/**
 * An edge standing for the edges of a walk between two nodes, of which only the ends were
 * read: reading its evidence (or its key, when it has none) throws, so a resolver that
 * starts reading more fails in the contract tests instead of answering wrong.
 */
export function standInEdge(options: {
  nodeId: string;
  otherId: string;
  walk: PrefetchWalk;
  /** Gives the edge a key, `PREFIX|from|to`; without it the key is unread too. */
  keyPrefix?: string;
}): StoredRelationship {
  const { nodeId, otherId, walk, keyPrefix } = options;
  const [from, to] = walk.direction === 'OUT' ? [nodeId, otherId] : [otherId, nodeId];
  const key = keyPrefix === undefined ? undefined : `${keyPrefix}|${from}|${to}`;
  const edge = { type: walk.type, from, to } as StoredRelationship;
  if (key !== undefined) edge.key = key;
  const unread = key === undefined ? (['key', 'properties'] as const) : (['properties'] as const);
  for (const field of unread) {
    Object.defineProperty(edge, field, {
      enumerable: false,
      get(): never {
        throw new Error(`invariant violated: a stand-in edge has no ${field} (${from} → ${to})`);
      },
    });
  }
  return edge;
}
