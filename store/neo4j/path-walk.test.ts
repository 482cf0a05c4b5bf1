import { walkPairs } from './path-walk';

describe('walkPairs', () => {
  // a – b – d, a – c – d, a – d (direct), d – e; c – c is a self-loop; b – d is stated twice.
  const pairs = [
    ['a', 'c'],
    ['b', 'a'],
    ['d', 'b'],
    ['b', 'd'],
    ['c', 'd'],
    ['c', 'c'],
    ['a', 'd'],
    ['d', 'e'],
  ] as const;

  it('gives simple paths by length, then by the ids along them, each pair once', () => {
    expect(walkPairs({ from: 'a', to: 'd', pairs, minHops: 1, maxHops: 4, limit: 10 })).toEqual([
      ['a', 'd'],
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
    ]);
  });

  it('starts at minHops and stops at the limit', () => {
    expect(walkPairs({ from: 'a', to: 'd', pairs, minHops: 2, maxHops: 4, limit: 1 })).toEqual([
      ['a', 'b', 'd'],
    ]);
    expect(walkPairs({ from: 'a', to: 'e', pairs, minHops: 3, maxHops: 3, limit: 10 })).toEqual([
      ['a', 'b', 'd', 'e'],
      ['a', 'c', 'd', 'e'],
    ]);
  });

  it('finds nothing past the bound or towards an unknown node', () => {
    expect(walkPairs({ from: 'a', to: 'e', pairs, minHops: 1, maxHops: 1, limit: 10 })).toEqual([]);
    expect(walkPairs({ from: 'a', to: 'z', pairs, minHops: 1, maxHops: 4, limit: 10 })).toEqual([]);
  });
});
