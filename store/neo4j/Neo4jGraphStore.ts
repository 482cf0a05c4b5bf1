import neo4j, { Neo4jError, type BookmarkManager, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { TimeoutError } from '../../schema/errors';
import { NODE_LABELS, type NodeLabel } from '../../schema/model';
import type { GraphRecords } from '../../schema/records';
import type {
  BatchLoadOutcome,
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
  RequestGraphStore,
  SearchHit,
  SearchRequest,
  StoredNode,
  StoredRelationship,
  Subgraph,
} from '../graph-store';
import { DocumentError } from '../../schema/errors';
import { describeDocument, documentRecordOf } from '../validate-records';
import { remainingMs, throwIfAborted } from '../deadline';
import { deleteDocumentIn } from './delete-document';
import { loadSegmentIn, type BulkWrite } from './load-batch';
import { loadSegmentConcurrently } from './load-concurrent';
import { findPathsIn } from './find-paths';
import { loadDocumentIn } from './load-document';
import { neighbourhoodIn } from './neighbourhood';
import { countByLabelQuery } from './queries/count-by-label';
import { withNodeProperties, withoutNodeDocuments, type CypherQuery } from './queries/cypher-query';
import type { MetricKeyCount } from '../graph-store';
import { countMetricKeysQuery } from './queries/count-metric-keys';
import { findPageQuery } from './queries/find-nodes';
import { getRelationshipsQuery } from './queries/get-relationships';
import { searchQuery } from './queries/search';
import { runReadCypher } from './read-cypher';
import { getNodesIn } from './get-nodes';
import { runQuery } from './run-query';
import type { PrefetchRequest, PrefetchResult } from '../prefetch';
import { WHOLE_READS, type ReadShape } from '../read-shape';
import { prefetchIn } from './compiled/read-prefetch';
import { RequestSession } from './request-session';
import { toNumber, toStoredNode, toStoredRelationship } from './values';

export interface Neo4jStoreOptions {
  driver: Driver;
  /** Database name; the server's default database when absent. */
  database?: string;
  /**
   * Rows per UNWIND statement when loading (default 1000). 1 sends one statement per
   * record, which the benchmarks use to measure what batching gains.
   */
  loadBatchSize?: number;
  /** Rows per UNWIND statement in loadDocumentBatch (default BULK_ROWS_PER_STATEMENT). */
  bulkRowsPerStatement?: number;
  /** Shared by every session of the store, so a read follows the writes before it. Default: a new one. */
  bookmarkManager?: BookmarkManager;
  /**
   * How loadDocumentBatch writes documents new to the graph (default 'create', see
   * BulkWrite); 'merge' lets the benchmarks and tests compare the two.
   */
  bulkWrite?: BulkWrite;
  /**
   * Transactions loadDocumentBatch writes a run's documents with at once (default
   * DEFAULT_BULK_WRITERS): 2 or more write the shared nodes first in one, then each slice
   * of documents in its own (load-concurrent.ts); 1 writes a run in one transaction.
   */
  bulkWriters?: number;
  /**
   * Records a run must hold for loadDocumentBatch to split it among its writers (default
   * CONCURRENT_RUN_RECORDS): below that, one transaction costs less than three or more.
   */
  concurrentRunRecords?: number;
}

/** See Neo4jStoreOptions.concurrentRunRecords. */
export const CONCURRENT_RUN_RECORDS = 2_000;

/**
 * Writers of a batch load by default (see Neo4jStoreOptions.bulkWriters): one, since two
 * used more Neo4j CPU for the same load on a two-core machine, and were not faster
 * (store/neo4j/README.md, BENCHMARKS.md).
 */
export const DEFAULT_BULK_WRITERS = 1;

/** A store error of one document, named as validation errors name theirs. */
function namedError(records: GraphRecords, error: unknown): Error {
  if (error instanceof DocumentError) return error;
  const message = error instanceof Error ? error.message : String(error);
  let name = 'graph records';
  try {
    name = describeDocument(documentRecordOf(records));
  } catch {
    // records without one valid Document: loadDocument said so in `error` already
  }
  return new Error(`${name}: ${message}`, { cause: error });
}

/**
 * GraphStore on Neo4j through neo4j-driver. Each write is one managed transaction (the
 * driver retries it on transient failures such as deadlocks); reads run in read
 * transactions. All Cypher comes from the pure functions in queries/.
 */
export class Neo4jGraphStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  private closed = false;
  private readonly bookmarkManager: BookmarkManager;
  /** Whether node reads return each node's documents (leaveOutNodeDocuments turns it off). */
  private nodeDocuments = true;
  /** What the request's resolvers read of nodes and edges (shapeReads narrows it). */
  private shape: ReadShape = WHOLE_READS;
  /** The node properties its reads project, when not all of them. */
  private projected: ReadonlySet<string> | undefined;

  /** `request`: this is one request's view (forRequest), reading through its session. */
  constructor(
    private readonly options: Neo4jStoreOptions,
    private readonly request?: RequestSession,
  ) {
    this.bookmarkManager = options.bookmarkManager ?? neo4j.bookmarkManager();
  }

  /** A view whose reads share one session and read transaction until release(). */
  forRequest(options: { signal?: AbortSignal }): RequestGraphStore {
    const session = new RequestSession({
      driver: this.options.driver,
      database: this.options.database,
      signal: options.signal,
      bookmarkManager: this.bookmarkManager,
    });
    const view = new Neo4jGraphStore({ ...this.options, bookmarkManager: this.bookmarkManager }, session);
    return Object.assign(view, { release: () => session.release() });
  }

  /** On a request's view only: the store's other users may read documents at any time. */
  leaveOutNodeDocuments(): void {
    if (this.request) this.nodeDocuments = false;
  }

  /** On a request's view only, as leaveOutNodeDocuments. */
  shapeReads(shape: ReadShape): void {
    if (!this.request) return;
    this.shape = shape;
    this.projected = shape.properties ? new Set(shape.properties) : undefined;
  }

  /** A node statement as this view sends it: without what the request does not read. */
  private nodeQuery(query: CypherQuery): CypherQuery {
    const shaped = this.nodeDocuments ? query : withoutNodeDocuments(query);
    return this.shape.properties ? withNodeProperties(shaped, this.shape.properties) : shaped;
  }

  /** The selection's walks in one statement (store/neo4j/compiled). */
  async prefetch(request: PrefetchRequest): Promise<PrefetchResult> {
    if (request.ids.length === 0) return { nodes: [], edges: [], reads: 0 };
    const options = { documents: this.nodeDocuments, shape: this.shape };
    return this.read((tx) => prefetchIn(tx, request, options), request.signal);
  }

  async loadDocument(records: GraphRecords): Promise<LoadResult> {
    return this.write((tx) => loadDocumentIn(tx, records, this.options.loadBatchSize));
  }

  /**
   * Loads documents in order in few large transactions (see loadSegmentIn). When a
   * transaction fails on the database's side, its documents are loaded again one by one,
   * so that the document at fault fails alone with its reason and the others load; the
   * failed transaction left nothing behind. Documents that replace earlier ones of their
   * source take the per-document path, in their place in the order.
   */
  async loadDocumentBatch(batch: readonly GraphRecords[]): Promise<BatchLoadOutcome[]> {
    const outcomes: BatchLoadOutcome[] = [];
    while (outcomes.length < batch.length) {
      const rest = batch.slice(outcomes.length);
      // How many documents the run holds, known once it is planned; all of them until then.
      const planned = { count: rest.length };
      try {
        const segment = await this.loadSegment(rest, planned);
        if (segment.length > 0) {
          outcomes.push(...segment);
          continue;
        }
        outcomes.push(await this.loadAlone(rest[0] as GraphRecords));
      } catch {
        for (const records of rest.slice(0, Math.max(1, planned.count)))
          outcomes.push(await this.loadAlone(records));
      }
    }
    return outcomes;
  }

  /** The longest run from the start of `batch` needing no replacement (loadSegmentIn). */
  private async loadSegment(
    batch: readonly GraphRecords[],
    planned: { count: number },
  ): Promise<BatchLoadOutcome[]> {
    const writers = this.options.bulkWriters ?? DEFAULT_BULK_WRITERS;
    const rowsPerStatement = this.options.bulkRowsPerStatement;
    const records = batch.reduce(
      (sum, one) => sum + one.documents.length + one.nodes.length + one.relationships.length,
      0,
    );
    const least = this.options.concurrentRunRecords ?? CONCURRENT_RUN_RECORDS;
    if (writers < 2 || this.options.bulkWrite === 'merge' || records < least || this.request)
      return this.write((tx) =>
        loadSegmentIn(tx, { batch, planned, rowsPerStatement, write: this.options.bulkWrite }),
      );
    return loadSegmentConcurrently({
      batch,
      planned,
      writers,
      rowsPerStatement,
      write: (work) => this.write(work),
      nameError: namedError,
    });
  }

  private async loadAlone(records: GraphRecords): Promise<BatchLoadOutcome> {
    try {
      return { ok: true, result: await this.loadDocument(records) };
    } catch (error) {
      return { ok: false, error: namedError(records, error) };
    }
  }

  async deleteDocument(documentId: string): Promise<DeleteResult> {
    return this.write((tx) => deleteDocumentIn(tx, documentId));
  }

  async getNodes(ids: readonly string[]): Promise<(StoredNode | null)[]> {
    if (ids.length === 0) return [];
    return this.read((tx) =>
      getNodesIn(tx, ids, { shape: (query) => this.nodeQuery(query), read: this.projected }),
    );
  }

  async findNodes(request: NodePageRequest): Promise<NodePage> {
    const query = this.nodeQuery(findPageQuery(request));
    const [row] = await this.read((tx) => runQuery(tx, query), request.signal);
    const page = (row?.page ?? []) as Record<string, unknown>[];
    return {
      nodes: page.map((entry) => toStoredNode(entry, this.projected)),
      totalCount: toNumber(row?.total ?? 0),
    };
  }

  async getRelationships(query: RelationshipQuery): Promise<StoredRelationship[]> {
    if (query.nodeIds.length === 0) return [];
    const rows = await this.read((tx) => runQuery(tx, getRelationshipsQuery(query)), query.signal);
    const seen = new Set<string>();
    const result: StoredRelationship[] = [];
    for (const row of rows) {
      const rel = toStoredRelationship(row);
      if (seen.has(rel.key)) continue;
      seen.add(rel.key);
      result.push(rel);
    }
    return result;
  }

  async search(request: SearchRequest): Promise<SearchHit[]> {
    const found = searchQuery(request);
    if (!found) return [];
    const query = this.nodeQuery(found);
    const rows = await this.read((tx) => runQuery(tx, query), request.signal);
    return rows.map((row) => ({ node: toStoredNode(row, this.projected), score: toNumber(row.score) }));
  }

  async findPaths(request: PathRequest): Promise<GraphPath[]> {
    // Shaped as node reads are: a path's hubs (a province, a programme) are mentioned in
    // thousands of documents, whose ids no trace field reads.
    const options = { shape: (query: CypherQuery) => this.nodeQuery(query), read: this.projected };
    return this.read((tx) => findPathsIn(tx, request, options), request.signal);
  }

  async neighbourhood(id: string, depth: number, options: NeighbourhoodOptions = {}): Promise<Subgraph> {
    return this.read((tx) => neighbourhoodIn(tx, { id, depth, maxNodes: options.maxNodes }), options.signal);
  }

  async countByLabel(): Promise<Record<NodeLabel, number>> {
    const rows = await this.read((tx) => runQuery(tx, countByLabelQuery()));
    const counts = Object.fromEntries(NODE_LABELS.map((label) => [label, 0])) as Record<NodeLabel, number>;
    for (const row of rows) counts[row.label as NodeLabel] = toNumber(row.count);
    return counts;
  }

  async countMetricKeys(): Promise<MetricKeyCount[]> {
    const rows = await this.read((tx) => runQuery(tx, countMetricKeysQuery()));
    const counts = rows.map((row) => ({
      label: row.label as MetricKeyCount['label'],
      metricKey: String(row.metricKey),
      count: toNumber(row.count),
    }));
    // Code-unit order, as the embedded store sorts (Cypher's ORDER BY would need its own collation).
    return counts.sort((a, b) =>
      a.label !== b.label
        ? a.label < b.label
          ? -1
          : 1
        : a.metricKey < b.metricKey
          ? -1
          : a.metricKey > b.metricKey
            ? 1
            : 0,
    );
  }

  async runReadCypher(request: CypherRequest): Promise<CypherResult> {
    this.assertOpen();
    return runReadCypher({ driver: this.options.driver, database: this.options.database, request });
  }

  async close(): Promise<void> {
    // A request's view ends its session, never the driver the server shares.
    if (this.request) return this.request.release();
    if (this.closed) return;
    this.closed = true;
    await this.options.driver.close();
  }

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.assertOpen();
    if (this.request) return this.request.write(work);
    const session = this.options.driver.session({
      database: this.options.database,
      bookmarkManager: this.bookmarkManager,
    });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  /**
   * A read transaction; with a request's signal, Neo4j itself ends the transaction at the
   * request's deadline (its timeout), so a walk that outlives its request stops there.
   */
  private async read<T>(work: (tx: ManagedTransaction) => Promise<T>, signal?: AbortSignal): Promise<T> {
    this.assertOpen();
    throwIfAborted(signal);
    const left = remainingMs(signal);
    if (this.request) return this.timeoutAsTowngraph(() => this.request!.read(work));
    const session = this.options.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.bookmarkManager,
    });
    try {
      return await this.timeoutAsTowngraph(() =>
        session.executeRead(work, left === undefined ? undefined : { timeout: Math.max(1, left) }),
      );
    } finally {
      await session.close();
    }
  }

  /** Neo4j ending a transaction at the request's deadline is the request's TIMEOUT. */
  private async timeoutAsTowngraph<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (
        error instanceof Neo4jError &&
        error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')
      )
        throw new TimeoutError(`the request ran past its deadline in Neo4j: ${error.message}`);
      throw error;
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the Neo4j store is closed');
  }
}
