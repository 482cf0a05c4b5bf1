import type { ResolverLimits } from '../resolvers';

/** Limits on the shape of queries, enforced by graphql-armor before execution. */
export interface QueryLimits {
  /** Deepest selection nesting (TOWNGRAPH_MAX_DEPTH). Default 12. */
  maxDepth: number;
  /** Highest graphql-armor cost (objects 2, scalars 1, ×1.5 per level; TOWNGRAPH_MAX_COST). Default 5000. */
  maxCost: number;
  /** Most aliases in one operation (TOWNGRAPH_MAX_ALIASES). Default 15. */
  maxAliases: number;
  /** Most lexical tokens in one document (TOWNGRAPH_MAX_TOKENS). Default 2000. */
  maxTokens: number;
  /** Most directives in one operation (TOWNGRAPH_MAX_DIRECTIVES). Default 20. */
  maxDirectives: number;
}

export type ServerLimits = QueryLimits & ResolverLimits;

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
  limits: ServerLimits;
}

const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

export const DEFAULT_LIMITS: ServerLimits = {
  maxDepth: 12,
  maxCost: 5000,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  defaultPageSize: 20,
  maxPageSize: 100,
  maxHops: 6,
  maxNeighbourhoodDepth: 3,
  maxListedPlaces: 1000,
  cypherMaxRows: 1000,
  cypherTimeoutMs: 10_000,
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
  maxHops: 'TOWNGRAPH_MAX_HOPS',
  maxNeighbourhoodDepth: 'TOWNGRAPH_MAX_NEIGHBOURHOOD_DEPTH',
  maxListedPlaces: 'TOWNGRAPH_MAX_LISTED_PLACES',
  cypherMaxRows: 'TOWNGRAPH_CYPHER_MAX_ROWS',
  cypherTimeoutMs: 'TOWNGRAPH_CYPHER_TIMEOUT_MS',
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
    limits: { ...DEFAULT_LIMITS, ...partial.limits },
  };
}
