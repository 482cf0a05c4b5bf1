import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';

/** A cache whose whole content can be dropped at once, after the graph changed. */
export interface ClearableCache extends Cache {
  clear(): void;
}

export function createClearableCache(): ClearableCache {
  let inner = createInMemoryCache({ max: 1000 });
  return {
    get: (key) => inner.get(key),
    set: (...args) => inner.set(...args),
    invalidate: (entities) => inner.invalidate(entities),
    clear: () => {
      inner = createInMemoryCache({ max: 1000 });
    },
  };
}

/**
 * Caches the answers of anonymous reads (no Authorization header) for `ttlMs`. Any
 * ingest or delete may change any answer (a town's projects, the stats), so the server
 * clears the whole cache after each rather than guessing which answers it touched.
 */
export function useAnonymousResponseCache(options: { ttlMs: number; cache: ClearableCache }): Plugin {
  return useResponseCache({
    ttl: options.ttlMs,
    cache: options.cache,
    session: () => null,
    enabled: (request) => !request.headers.get('authorization'),
    invalidateViaMutation: false,
    includeExtensionMetadata: false,
  }) as Plugin;
}
