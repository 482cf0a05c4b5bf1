import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { DocumentNode } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import pino, { type Logger } from 'pino';
import { createExtractionPool, type ExtractionPool } from '../loaders/pool';
import {
  bearerTokenOf,
  boundLists,
  buildResolvers,
  compileReads,
  type ExtractDocument,
  type RequestContext,
} from '../resolvers';
import { loadTypeDefs } from '../schema/sdl';
import type { GraphStore } from '../store/graph-store';
import { useQueryLimits } from './armor';
import { useRequestBodyLimit } from './body-limit';
import type { ServerConfig } from './config';
import { useCostLimit } from './cost';
import { createExplorerHandler, type ExplorerHandler } from './explorer';
import { createGraphiQLRenderer } from './graphiql';
import { createMaskError } from './mask-error';
import { useRateLimit } from './rate-limit';
import { createClearableCache, useAnonymousResponseCache } from './response-cache';
import { useRequestErrorCodes } from './request-error-codes';
import { useRequestStore, withRequestScope } from './request-store';
import { useRoutes } from './routes';
import { useTruncationReport } from './truncation-report';
import { useTrustedDocuments } from './trusted-documents';
import { yogaLogger } from './yoga-logger';

export interface CreateServerOptions {
  store: GraphStore;
  config: ServerConfig;
  /**
   * The loaders' entry point used by ingestDocument. Default: extraction on a pool of worker
   * threads sized to the cores, so a large document never stalls other requests.
   */
  extract?: ExtractDocument;
  /**
   * The worker pool of the default `extract`, e.g. one a load before serving has already
   * started. Default: a new pool. The server closes it when it closes.
   */
  pool?: ExtractionPool;
  /** Where logs go. Default: pino to stdout at level info. */
  logger?: Logger;
  /** The explorer page; false to serve none. Default: the page built into dist/explorer. */
  explorer?: false | (() => Promise<ExplorerHandler>);
}

export interface TowngraphServer {
  yoga: YogaServerInstance<Record<string, unknown>, RequestContext>;
  /** Starts listening (port 0: any free port); resolves with the URL of the GraphQL endpoint. */
  listen(port?: number): Promise<{ url: string; port: number }>;
  /** Starts the extraction threads ahead of the first ingest (no-op with a given `extract`). */
  warmExtraction(): Promise<void>;
  /**
   * Stops accepting connections, lets requests in flight finish for up to `graceMs`
   * (default 0: cut them at once), then closes every connection.
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

const GRAPHQL_ENDPOINT = '/graphql';

const DEFAULT_QUERY = /* GraphQL */ `
  {
    towns {
      name
      district {
        name
      }
      city {
        name
      }
      projects {
        name
      }
      targets {
        metric
        value
        unit
        year
      }
    }
  }
`;

/** No origins: no CORS headers (same-origin only); `*`: any origin; else the listed ones. */
function corsOptions(origins: readonly string[]) {
  if (origins.length === 0) return false;
  return {
    origin: origins.includes('*') ? '*' : [...origins],
    allowedHeaders: ['content-type', 'authorization'],
    methods: ['GET', 'POST', 'OPTIONS'],
  };
}

function lazyExplorer(options: CreateServerOptions, logger: Logger): () => Promise<ExplorerHandler | null> {
  if (options.explorer === false) return async () => null;
  const build = options.explorer ?? (() => createExplorerHandler());
  let handler: Promise<ExplorerHandler | null> | undefined;
  return () =>
    (handler ??= build().catch((error: unknown) => {
      logger.error({ err: error }, 'the explorer page is not available; serving the API only');
      return null;
    }));
}

/** True from the second time a parsed document is executed on. */
function askedBefore(): (args: { document: DocumentNode }) => boolean {
  const seen = new WeakSet<DocumentNode>();
  return ({ document }) => {
    if (seen.has(document)) return true;
    seen.add(document);
    return false;
  };
}

/** The GraphQL server: yoga over the given store, with its limits, masking, CORS and routes. */
export function createServer(options: CreateServerOptions): TowngraphServer {
  const { store, config } = options;
  const logger = options.logger ?? pino({ name: 'towngraph' });
  const pool = options.extract ? null : (options.pool ?? createExtractionPool());
  const extract: ExtractDocument =
    options.extract ??
    (async (input, extractOptions) => ({ records: await pool!.extract(input, extractOptions) }));
  const schema = compileReads(
    boundLists(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: buildResolvers() })),
  );
  const { limits } = config;
  const cache = limits.responseCacheTtlMs > 0 ? createClearableCache() : null;
  // Requests being served, for /health: an operator draining the server, or a test that
  // must know a request has arrived before it signals, reads it there.
  let inFlight = 0;
  const yoga = createYoga<Record<string, unknown>, RequestContext>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    // Our own /health answers JSON; yoga's empty one moves out of the way.
    healthCheckEndpoint: '/_yoga/health',
    landingPage: false,
    renderGraphiQL: createGraphiQLRenderer(),
    graphiql: config.graphiql ? { title: 'towngraph', defaultQuery: DEFAULT_QUERY } : false,
    cors: corsOptions(config.corsOrigins),
    maskedErrors: { maskError: createMaskError(logger) },
    // The body limit is useRequestBodyLimit's (server/body-limit.ts), below.
    maxRequestBodySize: false,
    logging: yogaLogger(logger),
    context: (initial): RequestContext =>
      Object.assign(
        withRequestScope(initial, {
          store,
          request: initial.request,
          timeoutMs: limits.requestTimeoutMs,
          maxReads: limits.maxReads,
        }),
        {
          extract,
          limits,
          auth: {
            expectedToken: config.token,
            bearerToken: bearerTokenOf(initial.request.headers.get('authorization')),
          },
          truncated: [],
          onGraphChanged: cache ? () => cache.clear() : undefined,
        },
      ),
    plugins: [
      useRoutes({
        store,
        graphqlEndpoint: GRAPHQL_ENDPOINT,
        explorer: lazyExplorer(options, logger),
        logger,
        requestsInFlight: () => inFlight,
      }),
      useRateLimit({
        requests: limits.rateLimit,
        windowMs: limits.rateLimitWindowMs,
        graphqlEndpoint: GRAPHQL_ENDPOINT,
      }),
      ...(config.trustedDocuments ? useTrustedDocuments(config.trustedDocuments) : []),
      useQueryLimits(limits),
      useCostLimit(limits),
      // Each operation's execution compiled once to a function (kept per parsed document,
      // which yoga's parser cache hands every request of a text): the executor's walk of
      // the selection, its field lookups and its result building were a share of every
      // request's Node CPU. Only a document asked a second time is compiled: compiling
      // costs more than one execution, and a client sending a new text each time (a fuzzer,
      // an explorer being typed into) would pay it on every request. Before the response
      // cache, which wraps the execution it finds: placed after it, the compiled execution
      // would replace the cache's own, and answers would be stored without its bookkeeping.
      useGraphQlJit({}, { enableIf: askedBefore() }),
      ...(cache ? [useAnonymousResponseCache({ ttlMs: limits.responseCacheTtlMs, cache })] : []),
      useTruncationReport(),
      useRequestErrorCodes(),
      useRequestStore(),
      // Room for the largest document in base64 (4/3 of its bytes) and the rest of the
      // request. Last, as yoga's own limit is: it wraps whichever request parser was chosen.
      useRequestBodyLimit(Math.ceil((config.limits.maxDocumentBytes * 4) / 3) + 64 * 1024),
    ],
  });
  const http: Server = createHttpServer((request, response) => {
    inFlight += 1;
    response.once('close', () => {
      inFlight -= 1;
    });
    void yoga(request, response);
  });
  return {
    yoga,
    listen(port = config.port) {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, config.host, () => {
          http.off('error', reject);
          const address = http.address() as AddressInfo;
          const host = config.host && config.host !== '0.0.0.0' ? config.host : '127.0.0.1';
          resolve({ url: `http://${host}:${address.port}${GRAPHQL_ENDPOINT}`, port: address.port });
        });
      });
    },
    async warmExtraction() {
      await pool?.warm();
    },
    close({ graceMs = 0 } = {}) {
      return new Promise((resolve, reject) => {
        if (!http.listening) return void (pool ? pool.close() : Promise.resolve()).then(resolve, reject);
        // close() stops new connections and resolves once the open ones are gone; idle
        // keep-alive connections go now, busy ones when their response is sent or the
        // grace period ends.
        const cut = setTimeout(() => http.closeAllConnections(), graceMs);
        http.close((error) => {
          clearTimeout(cut);
          const stopped = pool ? pool.close() : Promise.resolve();
          stopped.then(() => (error ? reject(error) : resolve()), reject);
        });
        http.closeIdleConnections();
        if (graceMs === 0) http.closeAllConnections();
      });
    },
  };
}
