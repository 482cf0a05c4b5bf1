import type { Logger } from 'pino';
import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from '../store/graph-store';
import type { ExplorerHandler } from './explorer';

export interface RoutesOptions {
  store: GraphStore;
  graphqlEndpoint: string;
  /** The explorer page's handler, built on first use; null when it cannot be built. */
  explorer: () => Promise<ExplorerHandler | null>;
  logger: Logger;
  /** HTTP requests the server is serving now, this one included. */
  requestsInFlight: () => number;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/**
 * The routes beside GraphQL: GET /health (the process answers, with the other requests it
 * is serving), GET /ready (the store answers), and the explorer page for every other path
 * it knows.
 */
export function useRoutes(options: RoutesOptions): Plugin {
  return {
    // Not async: a GraphQL request, the usual one, passes without a promise to wait for.
    onRequest(payload) {
      if (payload.url.pathname === options.graphqlEndpoint) return;
      return otherRoute(options, payload);
    },
  };
}

/** /health, /ready, or the explorer's page; anything else goes on to yoga. */
async function otherRoute(
  options: RoutesOptions,
  { request, url, endResponse }: { request: Request; url: URL; endResponse: (response: Response) => void },
): Promise<void> {
  if (request.method === 'GET' && url.pathname === '/health') {
    endResponse(json({ status: 'ok', requestsInFlight: options.requestsInFlight() - 1 }));
    return;
  }
  if (request.method === 'GET' && url.pathname === '/ready') {
    endResponse(await readiness(options));
    return;
  }
  const explorer = await options.explorer();
  const response = explorer ? await explorer(request) : null;
  if (response) endResponse(response);
}

async function readiness(options: RoutesOptions): Promise<Response> {
  try {
    const counts = await options.store.countByLabel();
    const nodes = Object.values(counts).reduce((sum, count) => sum + count, 0);
    return json({ status: 'ready', backend: options.store.backend, nodes });
  } catch (error) {
    options.logger.error({ err: error }, 'readiness check: the store does not answer');
    return json({ status: 'unavailable', backend: options.store.backend }, 503);
  }
}
