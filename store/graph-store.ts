import type { NodeLabel, Properties, RelationshipType } from '../schema/model';
import type { GraphRecords, NodeRecord } from '../schema/records';
import type { PrefetchRequest, PrefetchResult } from './prefetch';
import type { ReadShape } from './read-shape';

/**
 * GraphStore: the one interface that the `load` step and the resolvers use. Every backend
 * (store/memory, store/neo4j) implements it and passes the contract suite in
 * tests/contract/, so a query that works on one works on the other.
 */

/** A node as stored: the record plus the documents that mention it. */
export interface StoredNode extends NodeRecord {
  /** Ids of the documents with a MENTIONED_IN edge from this node (empty for Documents). */
  documentIds: string[];
}

/** An edge as stored; `key` is relationshipKey() of its record. */
export interface StoredRelationship {
  key: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: Properties;
}

export type LoadStatus = 'loaded' | 'unchanged' | 'replaced';

export interface LoadResult {
  documentId: string;
  status: LoadStatus;
  /** Ids of earlier documents of the same source that this load replaced. */
  replaced: string[];
  nodes: number;
  relationships: number;
}

/** One document's outcome within a batch load: what loadDocument would have returned or thrown. */
export type BatchLoadOutcome = { ok: true; result: LoadResult } | { ok: false; error: Error };

export interface DeleteResult {
  documentId: string;
  deleted: boolean;
  /** Entities removed because no other document mentions them. */
  removedNodes: number;
  removedRelationships: number;
}

/** Filters of a node listing; all given filters must hold. */
export interface NodeFilter {
  label?: NodeLabel;
  ids?: readonly string[];
  /** Substring of name or of any alias. */
  nameContains?: string;
  /** The node is this place, or is located (LOCATED_IN, any depth) under it. */
  underPlaceId?: string;
  /** Equality on properties, e.g. { kind: 'TOWN' }, { status: 'COMPLETED' }, { year: 2024 }. */
  properties?: Properties;
  /** Nodes that have a relationship of this type to this node (outgoing from the listed node). */
  relatedTo?: { type: RelationshipType; id: string };
  /** Nodes mentioned in this document. */
  documentId?: string;
}

export interface NodeSort {
  /** 'name', 'id', or a property name (e.g. 'year', 'value', 'publishedAt'). */
  field: string;
  direction: 'ASC' | 'DESC';
}

export interface NodePageRequest {
  filter: NodeFilter;
  sort?: NodeSort[];
  offset?: number;
  limit?: number;
  /** The request's deadline: a long listing stops with TIMEOUT once it aborts. */
  signal?: AbortSignal;
}

export interface NodePage {
  nodes: StoredNode[];
  totalCount: number;
}

export interface RelationshipQuery {
  nodeIds: readonly string[];
  direction: 'OUT' | 'IN' | 'BOTH';
  types?: readonly RelationshipType[];
  /** The request's deadline. */
  signal?: AbortSignal;
}

export interface SearchHit {
  node: StoredNode;
  /** Higher is better: exact name > exact alias > prefix > substring. */
  score: number;
}

export interface SearchRequest {
  text: string;
  labels?: readonly NodeLabel[];
  limit?: number;
  /** The request's deadline. */
  signal?: AbortSignal;
}

export interface GraphPath {
  nodes: StoredNode[];
  relationships: StoredRelationship[];
}

export interface PathRequest {
  from: string;
  to: string;
  maxHops: number;
  limit?: number;
  /** Relationship types a path may use; MENTIONED_IN is never used unless named here. */
  types?: readonly RelationshipType[];
  /** Most nodes the search may reach before it gives up with WORK_LIMIT; unbounded when absent. */
  maxVisited?: number;
  /** The request's deadline. */
  signal?: AbortSignal;
}

export interface Subgraph {
  nodes: StoredNode[];
  relationships: StoredRelationship[];
  /** True when the walk stopped at its node budget before reaching the whole radius. */
  truncated?: boolean;
}

export interface NeighbourhoodOptions {
  /** Most nodes (the centre included); the nearest are kept, the walk stops there. */
  maxNodes?: number;
  /** The request's deadline. */
  signal?: AbortSignal;
}

export interface CypherRequest {
  query: string;
  parameters?: Record<string, unknown>;
  timeoutMs: number;
  maxRows: number;
}

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

/** How many targets or indicators carry one metric key. */
export interface MetricKeyCount {
  label: 'Target' | 'Indicator';
  metricKey: string;
  count: number;
}

export interface GraphStore {
  readonly backend: 'memory' | 'neo4j';

  /** Loads one document's records in one transaction; a failure leaves the graph as it was. */
  loadDocument(records: GraphRecords): Promise<LoadResult>;
  /**
   * Optional bulk path: loads documents in order, as consecutive loadDocument calls would,
   * but in few large transactions. Each document still succeeds or fails alone.
   */
  loadDocumentBatch?(batch: readonly GraphRecords[]): Promise<BatchLoadOutcome[]>;
  /** Removes a document, its edges, and the entities no other document mentions. */
  deleteDocument(documentId: string): Promise<DeleteResult>;

  /** Nodes by id, in the order asked, null where absent (batched for DataLoader). */
  getNodes(ids: readonly string[]): Promise<(StoredNode | null)[]>;
  findNodes(request: NodePageRequest): Promise<NodePage>;
  /** Edges touching the given nodes, for all of them in one call. */
  getRelationships(query: RelationshipQuery): Promise<StoredRelationship[]>;
  search(request: SearchRequest): Promise<SearchHit[]>;
  /** Shortest paths first, each path simple (no node twice), MENTIONED_IN excluded by default. */
  findPaths(request: PathRequest): Promise<GraphPath[]>;
  /** Nodes within `depth` hops (MENTIONED_IN excluded) and the edges among them. */
  neighbourhood(id: string, depth: number, options?: NeighbourhoodOptions): Promise<Subgraph>;
  /** Node counts per label, over the whole graph. */
  countByLabel(): Promise<Record<NodeLabel, number>>;
  /** Targets and indicators per `metricKey` (figures without one are not counted), sorted by label then key. */
  countMetricKeys(): Promise<MetricKeyCount[]>;
  /** Read-only Cypher for analysts; the embedded store rejects it with NeedsNeo4jError. */
  runReadCypher(request: CypherRequest): Promise<CypherResult>;

  /**
   * Optional: a whole GraphQL selection's walks in one statement (store/prefetch.ts), for
   * the resolvers to find in their loaders. Stores without it answer level by level.
   */
  prefetch?(request: PrefetchRequest): Promise<PrefetchResult>;
  /** Optional: a view of the store for one request (one Neo4j session); release() ends it. */
  forRequest?(options: { signal?: AbortSignal }): RequestGraphStore;
  /**
   * Optional, on a request's view: no resolver of the request reads a node's
   * `documentIds`, so its node reads may leave them out (reading the documents of every
   * node is most of a Neo4j read's database hits). A node read without them throws if its
   * `documentIds` are read after all.
   */
  leaveOutNodeDocuments?(): void;
  /**
   * Optional, on a request's view: its resolvers read only these node properties and
   * edge evidence (store/read-shape.ts), so its reads may leave the rest out. A node or
   * edge read so throws if something left out is read after all.
   */
  shapeReads?(shape: ReadShape): void;

  close(): Promise<void>;
}

/** The store as one request sees it; the server releases it when the request ends. */
export interface RequestGraphStore extends GraphStore {
  release(): Promise<void>;
}
