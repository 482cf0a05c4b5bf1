import type { GraphState } from './graph-state';

export interface ListingCacheOptions {
  /** Most listings kept (default 32). */
  listings?: number;
  /** Most ids kept over all listings (default 2 000 000, about 16 MB of references). */
  ids?: number;
}

/**
 * Sorted listings (ids) by query, valid for one version of the graph. Paging through a
 * listing asks for the same filter and sort with a new offset each time; without the
 * cache every page would filter and sort the whole listing again.
 */
export class ListingCache {
  private version = -1;
  private readonly entries = new Map<string, readonly string[]>();
  private size = 0;
  private readonly maxListings: number;
  private readonly maxIds: number;

  constructor(options: ListingCacheOptions = {}) {
    this.maxListings = options.listings ?? 32;
    this.maxIds = options.ids ?? 2_000_000;
  }

  get(state: GraphState, key: string, compute: () => readonly string[]): readonly string[] {
    if (state.version !== this.version) {
      this.entries.clear();
      this.size = 0;
      this.version = state.version;
    }
    const cached = this.entries.get(key);
    if (cached) {
      // Re-insert to mark it recently used; the Map's order is the eviction order.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const listing = compute();
    if (listing.length > this.maxIds) return listing;
    this.entries.set(key, listing);
    this.size += listing.length;
    while (this.entries.size > this.maxListings || this.size > this.maxIds) this.evictOldest();
    return listing;
  }

  private evictOldest(): void {
    const [key, listing] = this.entries.entries().next().value as [string, readonly string[]];
    this.entries.delete(key);
    this.size -= listing.length;
  }
}
