import { DocumentError, NeedsNeo4jError } from '../../schema/errors';
import { NODE_LABELS, type NodeLabel } from '../../schema/model';
import type { GraphRecords } from '../../schema/records';
import type {
  CypherRequest,
  CypherResult,
  DeleteResult,
  GraphPath,
  GraphStore,
  LoadResult,
  NeighbourhoodOptions,
  NodePage,
  NodePageRequest,
  PathRequest,
  RelationshipQuery,
  SearchHit,
  SearchRequest,
  StoredNode,
  StoredRelationship,
  Subgraph,
} from '../graph-store';
import { throwIfAborted } from '../deadline';
import { prepareDelete } from './delete-document';
import { findNodesIn } from './find-nodes';
import { findPathsIn } from './find-paths';
import { relationshipsOf } from './get-relationships';
import { createGraphState, type GraphState } from './graph-state';
import { storedNode } from './stored-node';
import { prepareLoad } from './load-document';
import { checkCapacity, defaultRecordCeiling } from './capacity';
import { neighbourhoodIn } from './neighbourhood';
import { DataDir } from './persistence/data-dir';
import type { JournalOperation } from './persistence/journal-format';
import type { PreparedWrite } from './prepared-write';
import { searchNodesIn } from './search-nodes';
import type { MetricKeyCount } from '../graph-store';
import { countMetricKeysIn } from './count-metric-keys';

export interface MemoryStoreOptions {
  /** Directory for the snapshot and journal; without it the graph lives in memory only. */
  dataDir?: string;
  /** Journal entries between snapshots (default 1000). */
  snapshotEvery?: number;
  /**
   * Most nodes plus relationships the store accepts before it refuses loads and points to
   * Neo4j (default defaultRecordCeiling(): below the V8 Map limit and the heap).
   */
  maxRecords?: number;
}

function prepare(state: GraphState, operation: JournalOperation): PreparedWrite<LoadResult | DeleteResult> {
  return operation.op === 'load'
    ? prepareLoad(state, operation.records)
    : prepareDelete(state, operation.documentId);
}

function replay(state: GraphState, operation: JournalOperation): void {
  prepare(state, operation).apply?.();
}

/**
 * The embedded store: a graphology multigraph in memory, optionally persisted to a data
 * directory. Writes run one at a time; each is validated, made durable in the journal,
 * then applied as one transaction, so a load either fully happens or not at all.
 */
export class MemoryGraphStore implements GraphStore {
  readonly backend = 'memory' as const;
  private writes: Promise<unknown> = Promise.resolve();
  private closed = false;

  private readonly ceiling: number;

  private constructor(
    private readonly state: GraphState,
    private readonly dataDir: DataDir | undefined,
    maxRecords?: number,
  ) {
    this.ceiling = maxRecords ?? defaultRecordCeiling();
  }

  static async open(options: MemoryStoreOptions = {}): Promise<MemoryGraphStore> {
    if (!options.dataDir) return new MemoryGraphStore(createGraphState(), undefined, options.maxRecords);
    const { dataDir, state } = await DataDir.open({
      path: options.dataDir,
      replay,
      snapshotEvery: options.snapshotEvery,
    });
    return new MemoryGraphStore(state, dataDir, options.maxRecords);
  }

  loadDocument(records: GraphRecords): Promise<LoadResult> {
    // A copy taken now: the write may wait in the queue, and what is journaled and what is
    // applied must be the same records even if the caller reuses its objects meanwhile.
    let own: GraphRecords;
    try {
      own = structuredClone(records);
    } catch (error) {
      return Promise.reject(
        new DocumentError('graph records', `cannot be copied: ${(error as Error).message}`),
      );
    }
    const prepareChecked = (): PreparedWrite<LoadResult> => {
      const prepared = prepareLoad(this.state, own);
      if (prepared.apply) checkCapacity(this.state, { records: own, ceiling: this.ceiling });
      return prepared;
    };
    return this.write(prepareChecked, { op: 'load', records: own });
  }

  deleteDocument(documentId: string): Promise<DeleteResult> {
    return this.write(() => prepareDelete(this.state, documentId), { op: 'delete', documentId });
  }

  async getNodes(ids: readonly string[]): Promise<(StoredNode | null)[]> {
    this.assertOpen();
    return ids.map((id) => (this.state.graph.hasNode(id) ? storedNode(this.state, id) : null));
  }

  async findNodes(request: NodePageRequest): Promise<NodePage> {
    this.assertOpen();
    throwIfAborted(request.signal);
    return findNodesIn(this.state, request);
  }

  async getRelationships(query: RelationshipQuery): Promise<StoredRelationship[]> {
    this.assertOpen();
    throwIfAborted(query.signal);
    return relationshipsOf(this.state.graph, query);
  }

  async search(request: SearchRequest): Promise<SearchHit[]> {
    this.assertOpen();
    throwIfAborted(request.signal);
    return searchNodesIn(this.state, request);
  }

  async findPaths(request: PathRequest): Promise<GraphPath[]> {
    this.assertOpen();
    return findPathsIn(this.state, request);
  }

  async neighbourhood(id: string, depth: number, options: NeighbourhoodOptions = {}): Promise<Subgraph> {
    this.assertOpen();
    return neighbourhoodIn(this.state, { id, depth, ...options });
  }

  async countByLabel(): Promise<Record<NodeLabel, number>> {
    this.assertOpen();
    const counts = {} as Record<NodeLabel, number>;
    for (const label of NODE_LABELS) counts[label] = this.state.nodesByLabel.get(label)?.size ?? 0;
    return counts;
  }

  async countMetricKeys(): Promise<MetricKeyCount[]> {
    this.assertOpen();
    return countMetricKeysIn(this.state);
  }

  async runReadCypher(_request: CypherRequest): Promise<CypherResult> {
    throw new NeedsNeo4jError('Cypher');
  }

  /** Waits for pending writes, snapshots the data directory and releases it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writes.catch(() => undefined);
    await this.dataDir?.close(this.state);
  }

  /**
   * A snapshot only shortens the next replay: the transaction is already durable in the
   * journal, so a failed snapshot is reported as a warning, not as a failed load.
   */
  private async snapshotQuietly(): Promise<void> {
    try {
      await this.dataDir?.snapshot(this.state);
    } catch (error) {
      process.emitWarning(
        `memory store snapshot failed, the journal keeps growing: ${(error as Error).message}`,
      );
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the memory store is closed');
  }

  /**
   * Runs one write after the previous ones: validate and plan, make it durable in the
   * journal, then apply it, so that readers never see a change that a crash could lose.
   * A write that cannot be applied after all is undone and taken back out of the journal.
   * A snapshot, when due, runs as its own step of the queue: the load that made it due
   * resolves first, and the next write waits for it, so the graph holds still meanwhile.
   */
  private write<T>(prepareWrite: () => PreparedWrite<T>, operation: JournalOperation): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the memory store is closed'));
    const run = async (): Promise<T> => {
      const { result, apply } = prepareWrite();
      if (!apply) return result;
      await this.dataDir?.commit(operation);
      try {
        apply();
      } catch (error) {
        await this.dataDir?.revokeLast();
        throw error;
      }
      return result;
    };
    const next = this.writes.then(run, run);
    this.writes = next.then(
      () => (this.dataDir?.snapshotDue ? this.snapshotQuietly() : undefined),
      () => undefined,
    );
    return next;
  }
}
