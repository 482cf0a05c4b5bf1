import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { TimeoutError } from '../../schema/errors';
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
import { remainingMs, throwIfAborted } from '../deadline';
import { deleteDocumentIn } from './delete-document';
import { findPathsIn } from './find-paths';
import { loadDocumentIn } from './load-document';
import { neighbourhoodIn } from './neighbourhood';
import { countByLabelQuery } from './queries/count-by-label';
import { countNodesQuery, findNodesQuery } from './queries/find-nodes';
import { getRelationshipsQuery } from './queries/get-relationships';
import { searchQuery } from './queries/search';
import { runReadCypher } from './read-cypher';
import { getNodesIn } from './get-nodes';
import { runQuery } from './run-query';
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
}

/**
 * GraphStore on Neo4j through neo4j-driver. Each write is one managed transaction (the
 * driver retries it on transient failures such as deadlocks); reads run in read
 * transactions. All Cypher comes from the pure functions in queries/.
 */
export class Neo4jGraphStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  private closed = false;

  constructor(private readonly options: Neo4jStoreOptions) {}

  async loadDocument(records: GraphRecords): Promise<LoadResult> {
    return this.write((tx) => loadDocumentIn(tx, records, this.options.loadBatchSize));
  }

  async deleteDocument(documentId: string): Promise<DeleteResult> {
    return this.write((tx) => deleteDocumentIn(tx, documentId));
  }

  async getNodes(ids: readonly string[]): Promise<(StoredNode | null)[]> {
    if (ids.length === 0) return [];
    return this.read((tx) => getNodesIn(tx, ids));
  }

  async findNodes(request: NodePageRequest): Promise<NodePage> {
    const page = findNodesQuery(request);
    const count = countNodesQuery(request.filter);
    return this.read(async (tx) => {
      const [total] = await runQuery(tx, count);
      const rows = await runQuery(tx, page);
      return { nodes: rows.map((row) => toStoredNode(row)), totalCount: toNumber(total?.count) };
    }, request.signal);
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
    const query = searchQuery(request);
    if (!query) return [];
    const rows = await this.read((tx) => runQuery(tx, query), request.signal);
    return rows.map((row) => ({ node: toStoredNode(row), score: toNumber(row.score) }));
  }

  async findPaths(request: PathRequest): Promise<GraphPath[]> {
    return this.read((tx) => findPathsIn(tx, request), request.signal);
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

  async runReadCypher(request: CypherRequest): Promise<CypherResult> {
    this.assertOpen();
    return runReadCypher({ driver: this.options.driver, database: this.options.database, request });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.options.driver.close();
  }

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.assertOpen();
    const session = this.options.driver.session({ database: this.options.database });
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
    const session = this.options.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      return await session.executeRead(work, left === undefined ? undefined : { timeout: Math.max(1, left) });
    } catch (error) {
      if (
        error instanceof Neo4jError &&
        error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')
      )
        throw new TimeoutError(`the request ran past its deadline in Neo4j: ${error.message}`);
      throw error;
    } finally {
      await session.close();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the Neo4j store is closed');
  }
}
