import type { Plugin } from 'graphql-yoga';

export interface RateLimitOptions {
  /** Requests one client may make per window; 0 turns the limit off. */
  requests: number;
  /** Length of the window in milliseconds. */
  windowMs: number;
  graphqlEndpoint: string;
}

interface Window {
  count: number;
  resetAt: number;
}

/** Most clients remembered; past it, finished windows are dropped first. */
const MAX_CLIENTS = 10_000;

function clientOf(serverContext: unknown): string {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'unknown';
}

/**
 * A fixed-window request limit per client address on the GraphQL endpoint: past it the
 * client gets 429 RATE_LIMITED with Retry-After. (@envelop/rate-limiter limits per field
 * through a schema directive; what is wanted here is a cap on requests per client.)
 */
export function useRateLimit(options: RateLimitOptions): Plugin {
  const windows = new Map<string, Window>();
  return {
    onRequest({ url, serverContext, endResponse }) {
      if (options.requests <= 0 || url.pathname !== options.graphqlEndpoint) return;
      const now = Date.now();
      const client = clientOf(serverContext);
      let window = windows.get(client);
      if (!window || window.resetAt <= now) {
        if (windows.size >= MAX_CLIENTS) {
          for (const [key, old] of windows) if (old.resetAt <= now) windows.delete(key);
          if (windows.size >= MAX_CLIENTS) windows.clear();
        }
        window = { count: 0, resetAt: now + options.windowMs };
        windows.set(client, window);
      }
      window.count += 1;
      if (window.count <= options.requests) return;
      const retryAfter = Math.ceil((window.resetAt - now) / 1000);
      const message = `more than ${options.requests} requests in ${options.windowMs} ms from this client; retry in ${retryAfter} s`;
      endResponse(
        new Response(JSON.stringify({ errors: [{ message, extensions: { code: 'RATE_LIMITED' } }] }), {
          status: 429,
          headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfter) },
        }),
      );
    },
  };
}
