import { createGraphState } from '../../store/memory/graph-state';
import { ListingCache } from '../../store/memory/listing-cache';

describe('ListingCache', () => {
  it('serves a listing again until the graph changes', () => {
    const state = createGraphState();
    const cache = new ListingCache();
    let computed = 0;
    const compute = () => {
      computed += 1;
      return ['a', 'b'];
    };
    expect(cache.get(state, 'k', compute)).toEqual(['a', 'b']);
    cache.get(state, 'k', compute);
    expect(computed).toBe(1);
    state.version += 1;
    cache.get(state, 'k', compute);
    expect(computed).toBe(2);
  });

  it('evicts the least recently used listing past its bounds', () => {
    const state = createGraphState();
    const cache = new ListingCache({ listings: 2, ids: 5 });
    const calls: string[] = [];
    const listing = (key: string, length: number) => () => {
      calls.push(key);
      return Array.from({ length }, (_, i) => `${key}${i}`);
    };
    cache.get(state, 'a', listing('a', 2));
    cache.get(state, 'b', listing('b', 2));
    cache.get(state, 'a', listing('a', 2));
    cache.get(state, 'c', listing('c', 2)); // over two listings: b, the least recent, goes
    cache.get(state, 'a', listing('a', 2));
    cache.get(state, 'b', listing('b', 2));
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
    cache.get(state, 'big', listing('big', 6)); // larger than the id budget: never kept
    cache.get(state, 'big', listing('big', 6));
    expect(calls.filter((key) => key === 'big')).toHaveLength(2);
  });
});
