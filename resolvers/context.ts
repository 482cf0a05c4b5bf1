import type { CorpusLexicon } from '../loaders/corpus/lexicon';
import type { DocumentInput } from '../loaders/types';
import type { GraphRecords } from '../schema/records';
import type { GraphStore } from '../store/graph-store';
import type { RequestLoaders } from './dataloaders';

/** Bounds the resolvers enforce on arguments, whatever the client asks. */
export interface ResolverLimits {
  /** Page size when `first` is absent. */
  defaultPageSize: number;
  /** Largest `first` of a connection, a list or a search. */
  maxPageSize: number;
  /** `first` of a list field (projects, provenance …) when absent. */
  defaultListSize: number;
  /** Most nodes and edges one request may read from the store (WORK_LIMIT past it). */
  maxReads: number;
  /** Most nodes a `neighbourhood` holds, the centre included (then `truncated`). */
  maxNeighbourhoodNodes: number;
  /** Most relationships a `neighbourhood` lists (then `truncated`). */
  maxNeighbourhoodRelationships: number;
  /** Most nodes a `trace` may reach (WORK_LIMIT past it). */
  maxTraceVisited: number;
  /** Longest path `trace` looks for. */
  maxHops: number;
  /** Largest radius of `neighbourhood`. */
  maxNeighbourhoodDepth: number;
  /** Most places `towns` and `stats.places` list. */
  maxListedPlaces: number;
  /** Most rows an analyst Cypher query returns. */
  cypherMaxRows: number;
  /** Time an analyst Cypher query may run. */
  cypherTimeoutMs: number;
  /** Most bytes of JSON an analyst Cypher query returns (rows past it are cut, `truncated`). */
  cypherMaxBytes: number;
  /** Time one request may run before it ends with TIMEOUT. */
  requestTimeoutMs: number;
  /** Largest document `ingestDocument` accepts, in bytes. */
  maxDocumentBytes: number;
}

/** What the caller presented and what the server expects, for mutations and Cypher. */
export interface RequestAuth {
  /** The server's token; null when mutations are disabled. */
  expectedToken: string | null;
  /** The bearer token of the request's Authorization header, null when absent. */
  bearerToken: string | null;
}

/**
 * The loaders' entry point, wired in by the server: a document in, its graph records out.
 * The server runs it on a worker thread, so it may answer with a promise.
 */
export type ExtractDocument = (
  input: DocumentInput,
  /** `lexicon`: the names learnt from the stored documents (loaders/corpus), to recognise here too. */
  options: { maxBytes: number; lexicon?: CorpusLexicon },
) => { records: GraphRecords } | Promise<{ records: GraphRecords }>;

/** Per-request context of every resolver. */
export interface RequestContext {
  store: GraphStore;
  extract: ExtractDocument;
  loaders: RequestLoaders;
  limits: ResolverLimits;
  auth: RequestAuth;
  /** Aborts at the request's deadline or when its client goes away; reaches the store. */
  signal: AbortSignal;
  /** Response paths of the lists cut at their `first`, reported in extensions.truncated. */
  truncated: string[];
  /** Called after a mutation changed the graph (the server drops its response cache). */
  onGraphChanged?: () => void;
}
