import { h, show } from './dom';
import { formatQuantity } from './format';
import { sortRows, type SortDirection } from './sort-rows';
import type { TargetRow } from './types';

export interface TargetsTableOptions {
  container: HTMLElement;
  title: HTMLElement;
  placeName: string;
  targets: readonly TargetRow[];
}

type Column = 'metric' | 'value' | 'unit' | 'year' | 'qualifier';
const COLUMNS: { key: Column; label: string }[] = [
  { key: 'metric', label: 'Metric 指标' },
  { key: 'value', label: 'Value 数值' },
  { key: 'unit', label: 'Unit 单位' },
  { key: 'year', label: 'Year 年份' },
  { key: 'qualifier', label: 'Qualifier 表述' },
];

/** A place's goals as a table; clicking a header sorts by it, clicking again reverses. */
export function renderTargetsTable(options: TargetsTableOptions): void {
  const { container } = options;
  options.title.textContent = `Targets of ${options.placeName}`;
  if (options.targets.length === 0) {
    show(
      container,
      'empty',
      h('p', { className: 'hint', testId: 'no-targets' }, `No targets recorded for ${options.placeName}.`),
    );
    return;
  }
  let sort: { key: Column; direction: SortDirection } | null = null;
  const body = h('tbody');
  const headers = COLUMNS.map((column) =>
    h(
      'th',
      { testId: `targets-header-${column.key}`, attrs: { scope: 'col', 'aria-sort': 'none' } },
      h('button', { attrs: { type: 'button' }, onClick: () => sortBy(column.key) }, column.label),
    ),
  );
  const table = h('table', { testId: 'targets-table' }, h('thead', {}, h('tr', {}, ...headers)), body);

  const fill = (): void => {
    const rows = sort
      ? sortRows({ rows: options.targets, key: sort.key, direction: sort.direction })
      : options.targets;
    body.replaceChildren(...rows.map(renderRow));
    headers.forEach((th, i) => {
      const active = sort !== null && COLUMNS[i]?.key === sort.key;
      th.setAttribute(
        'aria-sort',
        active && sort ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none',
      );
    });
    table.dataset.sortKey = sort?.key ?? '';
    table.dataset.sortDirection = sort?.direction ?? '';
  };
  const sortBy = (key: Column): void => {
    sort = { key, direction: sort?.key === key && sort.direction === 'asc' ? 'desc' : 'asc' };
    fill();
  };
  fill();
  show(container, 'table', table);
}

function renderRow(row: TargetRow): HTMLElement {
  const value = row.value === null ? '' : formatQuantity(row.value);
  const upTo = typeof row.valueMax === 'number' ? `–${formatQuantity(row.valueMax)}` : '';
  return h(
    'tr',
    {
      testId: 'target-row',
      attrs: { 'data-id': row.id, 'data-value': row.value === null ? '' : String(row.value) },
    },
    h('td', {}, row.metric ?? ''),
    h('td', { className: 'num' }, value + upTo),
    h('td', {}, row.unit ?? ''),
    h('td', { className: 'num' }, row.year === null ? '' : String(row.year)),
    h('td', {}, row.qualifier ?? ''),
  );
}
