import { sortRows } from './sort-rows';

const rows = [
  { id: 'a', metric: '地区生产总值', value: 5e9, year: 2024 },
  { id: 'b', metric: '工业开票销售', value: 1.3e10, year: null },
  { id: 'c', metric: '固定资产投资', value: 8e8, year: 2023 },
  { id: 'd', metric: null, value: null, year: 2025 },
];

describe('sortRows', () => {
  it('sorts numbers numerically, empty cells last', () => {
    expect(sortRows({ rows, key: 'value', direction: 'asc' }).map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(sortRows({ rows, key: 'value', direction: 'desc' }).map((r) => r.id)).toEqual([
      'b',
      'a',
      'c',
      'd',
    ]);
  });

  it('keeps empty years last in both directions', () => {
    expect(sortRows({ rows, key: 'year', direction: 'asc' }).map((r) => r.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortRows({ rows, key: 'year', direction: 'desc' }).map((r) => r.id)).toEqual(['d', 'a', 'c', 'b']);
  });

  it('sorts text by Chinese collation and does not touch the input', () => {
    const sorted = sortRows({ rows, key: 'metric', direction: 'asc' });
    expect(sorted.map((r) => r.metric)).toEqual(['地区生产总值', '工业开票销售', '固定资产投资', null]);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
