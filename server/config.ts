import type { ResolverLimits } from '../resolvers';

/** Limits on the shape of queries, enforced by graphql-armor before execution. */
export interface QueryLimits {
  /** Deepest selection nesting (TOWNGRAPH_MAX_DEPTH). Default 12. */
  maxDepth: number;
  /**
   * Highest cost of an operation, counted once variables are known (server/cost.ts: objects 1,
   * scalars 0, lists × `first`, plus fixed costs of the walking fields; TOWNGRAPH_MAX_COST). Default 10000.
   */
  maxCost: number;
  /** Most aliases in one operation (TOWNGRAPH_MAX_ALIASES). Default 15. */
  maxAliases: number;
  /** Most lexical tokens in one document (TOWNGRAPH_MAX_TOKENS). Default 2000. */
  maxTokens: number;
  /** Most directives in one operation (TOWNGRAPH_MAX_DIRECTIVES). Default 20. */
  maxDirectives: number;
}

/** Optional protections for production, each off at 0. */
export interface ProductionLimits {
  /** Milliseconds an anonymous read's answer is cached (TOWNGRAPH_RESPONSE_CACHE_TTL_MS). Default 0: off. */
  responseCacheTtlMs: number;
  /** Requests one client may make per window (TOWNGRAPH_RATE_LIMIT). Default 0: no limit. */
  rateLimit: number;
  /** The rate limit's window (TOWNGRAPH_RATE_LIMIT_WINDOW_MS). Default 60000. */
  rateLimitWindowMs: number;
}

export type ServerLimits = QueryLimits & ResolverLimits & ProductionLimits;

export interface ServerConfig {
  /** Port of `listen()` when none is passed (PORT). Default 4000. */
  port: number;
  /** Address to bind (HOST). Default: every interface. */
  host?: string;
  /** Bearer token for mutations and Cypher (TOWNGRAPH_TOKEN). Null: mutations disabled. */
  token: string | null;
  /**
   * Origins allowed to call the API from a browser (TOWNGRAPH_CORS_ORIGINS, comma-separated;
   * `*` for any). Default: none, so only same-origin pages (the explorer) can call it.
   */
  corsOrigins: string[];
  /** Serve GraphiQL to browsers at /graphql (TOWNGRAPH_GRAPHIQL=false to turn off). Default true. */
  graphiql: boolean;
  /**
   * On SIGTERM or SIGINT, how long requests in flight may take to finish before their
   * connections are cut (TOWNGRAPH_SHUTDOWN_GRACE_MS). Default 10 000.
   */
  shutdownGraceMs: number;
  /**
   * A JSON file of trusted documents (hash → operation text, as `npm run build` writes the
   * explorer's to dist/explorer/trusted-documents.json); when set, only those operations run,
   * sent as `extensions.persistedQuery.sha256Hash` (TOWNGRAPH_TRUSTED_DOCUMENTS). Default: off.
   */
  trustedDocuments: string | null;
  limits: ServerLimits;
}

const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

export const DEFAULT_LIMITS: ServerLimits = {
  maxDepth: 12,
  maxCost: 10_000,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  defaultPageSize: 20,
  maxPageSize: 100,
  defaultListSize: 50,
  maxReads: 100_000,
  maxNeighbourhoodNodes: 300,
  maxNeighbourhoodRelationships: 1000,
  maxTraceVisited: 100_000,
  maxHops: 6,
  maxNeighbourhoodDepth: 3,
  maxListedPlaces: 1000,
  cypherMaxRows: 1000,
  cypherTimeoutMs: 10_000,
  cypherMaxBytes: 512 * 1024,
  requestTimeoutMs: 10_000,
  responseCacheTtlMs: 0,
  rateLimit: 0,
  rateLimitWindowMs: 60_000,
  maxDocumentBytes: 16 * 1024 * 1024,
};

const LIMIT_ENV: Record<keyof ServerLimits, string> = {
  maxDepth: 'TOWNGRAPH_MAX_DEPTH',
  maxCost: 'TOWNGRAPH_MAX_COST',
  maxAliases: 'TOWNGRAPH_MAX_ALIASES',
  maxTokens: 'TOWNGRAPH_MAX_TOKENS',
  maxDirectives: 'TOWNGRAPH_MAX_DIRECTIVES',
  defaultPageSize: 'TOWNGRAPH_DEFAULT_PAGE_SIZE',
  maxPageSize: 'TOWNGRAPH_MAX_PAGE_SIZE',
  defaultListSize: 'TOWNGRAPH_DEFAULT_LIST_SIZE',
  maxReads: 'TOWNGRAPH_MAX_READS',
  maxNeighbourhoodNodes: 'TOWNGRAPH_MAX_NEIGHBOURHOOD_NODES',
  maxNeighbourhoodRelationships: 'TOWNGRAPH_MAX_NEIGHBOURHOOD_RELATIONSHIPS',
  maxTraceVisited: 'TOWNGRAPH_MAX_TRACE_VISITED',
  maxHops: 'TOWNGRAPH_MAX_HOPS',
  maxNeighbourhoodDepth: 'TOWNGRAPH_MAX_NEIGHBOURHOOD_DEPTH',
  maxListedPlaces: 'TOWNGRAPH_MAX_LISTED_PLACES',
  cypherMaxRows: 'TOWNGRAPH_CYPHER_MAX_ROWS',
  cypherTimeoutMs: 'TOWNGRAPH_CYPHER_TIMEOUT_MS',
  cypherMaxBytes: 'TOWNGRAPH_CYPHER_MAX_BYTES',
  requestTimeoutMs: 'TOWNGRAPH_REQUEST_TIMEOUT_MS',
  responseCacheTtlMs: 'TOWNGRAPH_RESPONSE_CACHE_TTL_MS',
  rateLimit: 'TOWNGRAPH_RATE_LIMIT',
  rateLimitWindowMs: 'TOWNGRAPH_RATE_LIMIT_WINDOW_MS',
  maxDocumentBytes: 'TOWNGRAPH_MAX_DOCUMENT_BYTES',
};

function positiveInteger(name: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a whole number ≥ 0, got "${value}"`);
  return parsed;
}

/** Server settings from the environment, every absent one at its documented default. */
export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, name] of Object.entries(LIMIT_ENV) as [keyof ServerLimits, string][]) {
    const value = env[name];
    if (value !== undefined && value !== '') limits[key] = positiveInteger(name, value);
  }
  return {
    port: env.PORT ? positiveInteger('PORT', env.PORT) : 4000,
    host: env.HOST || undefined,
    token: env.TOWNGRAPH_TOKEN || null,
    corsOrigins: (env.TOWNGRAPH_CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
    graphiql: env.TOWNGRAPH_GRAPHIQL !== 'false',
    shutdownGraceMs: env.TOWNGRAPH_SHUTDOWN_GRACE_MS
      ? positiveInteger('TOWNGRAPH_SHUTDOWN_GRACE_MS', env.TOWNGRAPH_SHUTDOWN_GRACE_MS)
      : DEFAULT_SHUTDOWN_GRACE_MS,
    trustedDocuments: env.TOWNGRAPH_TRUSTED_DOCUMENTS || null,
    limits,
  };
}

/** A full config from a partial one (tests, embedding): the rest at the defaults. */
export function completeServerConfig(
  partial: Partial<Omit<ServerConfig, 'limits'>> & { limits?: Partial<ServerLimits> } = {},
): ServerConfig {
  return {
    port: partial.port ?? 4000,
    host: partial.host,
    token: partial.token ?? null,
    corsOrigins: partial.corsOrigins ?? [],
    graphiql: partial.graphiql ?? true,
    shutdownGraceMs: partial.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS,
    trustedDocuments: partial.trustedDocuments ?? null,
    limits: { ...DEFAULT_LIMITS, ...partial.limits },
  };
}
