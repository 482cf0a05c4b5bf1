export type SortDirection = 'asc' | 'desc';
export type Cell = string | number | null | undefined;

export interface SortRowsOptions<Row> {
  rows: readonly Row[];
  key: keyof Row & string;
  direction: SortDirection;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Sorts table rows by one column: numbers numerically, text by Chinese collation, empty
 * cells last in either direction (a missing year is not "earliest"). Stable, so a second
 * click on another header keeps the first order within ties.
 */
export function sortRows<Row extends Record<string, Cell>>(options: SortRowsOptions<Row>): Row[] {
  const sign = options.direction === 'asc' ? 1 : -1;
  return [...options.rows].sort((a, b) => {
    const x = a[options.key];
    const y = b[options.key];
    const xEmpty = x === null || x === undefined || x === '';
    const yEmpty = y === null || y === undefined || y === '';
    if (xEmpty || yEmpty) return Number(xEmpty) - Number(yEmpty);
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * collator.compare(String(x), String(y));
  });
}
