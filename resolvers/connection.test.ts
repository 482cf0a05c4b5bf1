import { buildConnection, connectionFromList, decodeCursor, encodeCursor, pageWindow } from './connection';
import type { ResolverLimits } from './context';

const limits = { defaultPageSize: 2, maxPageSize: 3 } as ResolverLimits;

describe('cursor connections', () => {
  it('round-trips offsets through opaque cursors and refuses foreign ones', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(encodeCursor(41)).not.toContain('41');
    expect(() => decodeCursor('bm9wZQ')).toThrow('not a cursor');
  });

  it('starts after the cursor and defaults the page size', () => {
    expect(pageWindow({}, limits)).toEqual({ offset: 0, limit: 2 });
    expect(pageWindow({ first: 3, after: encodeCursor(4) }, limits)).toEqual({ offset: 5, limit: 3 });
    expect(() => pageWindow({ first: 4 }, limits)).toThrow('first must be between 0 and 3');
    expect(() => pageWindow({ first: -1 }, limits)).toThrow('first must be between 0 and 3');
  });

  it('pages a list with pageInfo that says what lies beyond', () => {
    const first = connectionFromList(['a', 'b', 'c', 'd', 'e'], { first: 2 }, limits);
    expect(first.edges.map((edge) => edge.node)).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const last = connectionFromList(
      ['a', 'b', 'c', 'd', 'e'],
      { first: 3, after: first.pageInfo.endCursor },
      limits,
    );
    expect(last.edges.map((edge) => edge.node)).toEqual(['c', 'd', 'e']);
    expect(last.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
    });
    expect(last.totalCount).toBe(5);
  });

  it('gives an empty page null cursors', () => {
    expect(buildConnection({ items: [], offset: 0, totalCount: 0 }).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
