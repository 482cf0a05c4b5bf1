import DataLoader from 'dataloader';
import type { RelationshipType } from '../schema/model';
import { WorkLimitError } from '../schema/errors';
import { throwIfAborted } from '../store/deadline';
import type { GraphStore, RelationshipQuery, StoredNode, StoredRelationship } from '../store/graph-store';

/** One node's edges of some types in one direction: the key of the relationship loader. */
export interface EdgeKey {
  nodeId: string;
  direction: RelationshipQuery['direction'];
  /** Absent: every type. */
  types?: readonly RelationshipType[];
}

export interface RequestLoaders {
  nodes: DataLoader<string, StoredNode | null>;
  edges: DataLoader<EdgeKey, StoredRelationship[], string>;
  /** Clears every cache, after a mutation changed the graph. */
  clearAll(): void;
  /** Counts reads made outside the loaders (a compiled prefetch) against the request's budget. */
  chargeReads(count: number): void;
  /**
   * The request's deadline, for walks over what the loaders already hold: those make no
   * store call that would stop them.
   */
  signal?: AbortSignal;
}

function groupKey(key: EdgeKey): string {
  return `${key.direction}|${key.types ? [...key.types].sort().join(',') : '*'}`;
}

function edgeCacheKey(key: EdgeKey): string {
  return `${groupKey(key)}|${key.nodeId}`;
}

/**
 * The edges of one call, by the node they belong to in that direction. Looking each key
 * up here, rather than filtering the call's edges once per key, keeps a batch of n nodes
 * linear: a walk under a province asks for thousands of nodes in one batch.
 */
function byNode(rels: readonly StoredRelationship[], direction: EdgeKey['direction']) {
  const index = new Map<string, StoredRelationship[]>();
  const add = (nodeId: string, rel: StoredRelationship): void => {
    const list = index.get(nodeId);
    if (list) list.push(rel);
    else index.set(nodeId, [rel]);
  };
  for (const rel of rels) {
    if (direction !== 'IN') add(rel.from, rel);
    if (direction !== 'OUT' && !(direction === 'BOTH' && rel.to === rel.from)) add(rel.to, rel);
  }
  return index;
}

/**
 * Edges for many nodes at once: keys asking the same direction and types share one
 * `getRelationships` call, so a list of any length costs one call per kind of edge asked.
 */
async function loadEdges(
  store: GraphStore,
  keys: readonly EdgeKey[],
  budget: ReadBudget,
): Promise<StoredRelationship[][]> {
  budget.check();
  const groups = new Map<string, EdgeKey[]>();
  for (const key of keys) {
    const group = groups.get(groupKey(key));
    if (group) group.push(key);
    else groups.set(groupKey(key), [key]);
  }
  const answers = new Map<string, Map<string, StoredRelationship[]>>();
  await Promise.all(
    [...groups].map(async ([name, group]) => {
      const first = group[0] as EdgeKey;
      const rels = await store.getRelationships({
        nodeIds: [...new Set(group.map((key) => key.nodeId))],
        direction: first.direction,
        types: first.types,
        signal: budget.signal,
      });
      budget.charge(rels.length);
      answers.set(name, byNode(rels, first.direction));
    }),
  );
  return keys.map((key) => answers.get(groupKey(key))?.get(key.nodeId) ?? []);
}

export interface LoaderOptions {
  /** The request's deadline; every store call checks it first and passes it on. */
  signal?: AbortSignal;
  /** Most nodes and edges the request may read (WORK_LIMIT past it). Default: unbounded. */
  maxReads?: number;
}

/**
 * What one request may still read. Every list, walk and footprint reads through the
 * loaders, so charging here bounds them all, whatever the resolver.
 */
class ReadBudget {
  private reads = 0;
  constructor(
    readonly signal: AbortSignal | undefined,
    private readonly maxReads: number,
  ) {}

  check(): void {
    throwIfAborted(this.signal);
  }

  charge(count: number): void {
    this.reads += count;
    if (this.reads > this.maxReads) {
      throw new WorkLimitError(
        `the request read more than ${this.maxReads} nodes and relationships; ask for less (fewer levels, smaller first, a smaller place)`,
      );
    }
  }
}

/** Fresh loaders for one request: nothing is cached across requests. */
export function createLoaders(store: GraphStore, options: LoaderOptions = {}): RequestLoaders {
  const budget = new ReadBudget(options.signal, options.maxReads ?? Infinity);
  const nodes = new DataLoader<string, StoredNode | null>(async (ids) => {
    budget.check();
    const found = await store.getNodes(ids);
    budget.charge(ids.length);
    return found;
  });
  const edges = new DataLoader<EdgeKey, StoredRelationship[], string>(
    (keys) => loadEdges(store, keys, budget),
    { cacheKeyFn: edgeCacheKey },
  );
  return {
    nodes,
    edges,
    signal: options.signal,
    chargeReads: (count) => budget.charge(count),
    clearAll() {
      nodes.clearAll();
      edges.clearAll();
    },
  };
}
