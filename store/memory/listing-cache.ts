import type { GraphState } from './graph-state';

/**
 * Sorted listings (ids) by query, valid for one version of the graph. Paging through a
 * listing asks for the same filter and sort with a new offset each time; without the
 * cache every page would filter and sort the whole listing again.
 */
export class ListingCache {
  private version = -1;
  private readonly entries = new Map<string, readonly string[]>();

  constructor(private readonly capacity = 32) {}

  get(state: GraphState, key: string, compute: () => readonly string[]): readonly string[] {
    if (state.version !== this.version) {
      this.entries.clear();
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
    this.entries.set(key, listing);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return listing;
  }
}
