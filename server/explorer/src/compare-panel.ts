import { linkTo } from './card-relations';
import { toCsv, type CsvColumn } from './csv';
import { h, show } from './dom';
import { formatQuantity } from './format';
import { fetchComparablePlaces, fetchComparison, type TownFiguresView } from './links-api';
import { sortRows, type SortDirection } from './sort-rows';

/** Towns asked for at once: a district or city has tens of towns; the server caps it at its page limit. */
export const COMPARE_PAGE = 100;
/** Rows shown per page of the table. */
const ROWS_PER_PAGE = 25;

export interface ComparePanelOptions {
  form: HTMLFormElement;
  place: HTMLSelectElement;
  year: HTMLInputElement;
  filter: HTMLInputElement;
  exportButton: HTMLButtonElement;
  container: HTMLElement;
  onOpen: (id: string) => void;
  /** Called after each comparison, with the place and year compared (for the address bar). */
  onCompared?: (under: string, year: number | null) => void;
}

export interface ComparePanel {
  /** Fills the place picker with the districts and cities that have towns. */
  loadPlaces(): Promise<void>;
  /** Compares the towns under a place, for a year or all years. */
  compare(under: string, year: number | null): Promise<void>;
}

/** A table row: the API's figures flattened, the town's name as a column to sort by. */
type Row = Record<string, string | number | null> & { id: string; town: string };

interface Column {
  key: keyof TownFiguresView | 'town';
  label: string;
  csv: string;
  numeric: boolean;
}

const COLUMNS: Column[] = [
  { key: 'town', label: 'Town 镇', csv: 'town', numeric: false },
  { key: 'projects', label: 'Projects 项目', csv: 'projects', numeric: true },
  { key: 'enterprises', label: 'Enterprises 企业', csv: 'enterprises', numeric: true },
  { key: 'programmes', label: 'Programmes 规划', csv: 'programmes', numeric: true },
  { key: 'investment', label: 'Investment 投资 (元)', csv: 'investment_yuan', numeric: true },
  { key: 'investedProjects', label: 'with investment 有投资额', csv: 'invested_projects', numeric: true },
  { key: 'targets', label: 'Targets 目标', csv: 'targets', numeric: true },
  { key: 'indicators', label: 'Indicators 指标', csv: 'indicators', numeric: true },
];

function toRow(figures: TownFiguresView): Row {
  const { town, ...counts } = figures;
  return { ...counts, id: town.id, town: town.name };
}

/**
 * The towns under a district or city side by side: counts of projects, enterprises and
 * programmes, stated investment, and targets and indicators of a chosen year. Sorted by
 * the header clicked, filtered by name, paged, and exported as CSV with the API's values.
 */
export function createComparePanel(options: ComparePanelOptions): ComparePanel {
  const { container } = options;
  let rows: Row[] = [];
  let sort: { key: string; direction: SortDirection } | null = null;
  let page = 0;
  let shown: { under: string; placeName: string; year: number | null } | null = null;

  const visibleRows = (): Row[] => {
    const text = options.filter.value.trim();
    const kept = text ? rows.filter((r) => r.town.includes(text)) : rows;
    return sort ? sortRows({ rows: kept, key: sort.key, direction: sort.direction }) : kept;
  };

  const render = (): void => {
    if (!shown) return;
    const all = visibleRows();
    const pages = Math.max(1, Math.ceil(all.length / ROWS_PER_PAGE));
    page = Math.min(page, pages - 1);
    const slice = all.slice(page * ROWS_PER_PAGE, (page + 1) * ROWS_PER_PAGE);
    const headers = COLUMNS.map((column) => {
      const active = sort?.key === column.key;
      return h(
        'th',
        {
          testId: `compare-header-${column.key}`,
          className: column.numeric ? 'num' : '',
          attrs: {
            scope: 'col',
            'aria-sort': active && sort ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none',
          },
        },
        h('button', { attrs: { type: 'button' }, onClick: () => sortBy(column.key) }, column.label),
      );
    });
    const body = slice.map((row) =>
      h(
        'tr',
        { testId: 'compare-row', attrs: { 'data-id': row.id } },
        ...COLUMNS.map((column) => {
          if (column.key === 'town')
            return h(
              'td',
              { className: 'name' },
              linkTo({ __typename: 'Place', id: row.id, name: row.town }, options.onOpen),
            );
          const value = row[column.key];
          return h(
            'td',
            {
              className: 'num',
              attrs: { 'data-value': value === null || value === undefined ? '' : String(value) },
            },
            typeof value === 'number'
              ? column.key === 'investment'
                ? formatQuantity(value)
                : String(value)
              : '—',
          );
        }),
      ),
    );
    const pager =
      pages > 1
        ? h(
            'div',
            { className: 'pager', testId: 'compare-pager' },
            h(
              'button',
              { attrs: { type: 'button', ...(page === 0 ? { disabled: '' } : {}) }, onClick: () => turn(-1) },
              '‹ Previous',
            ),
            ` Page ${page + 1} of ${pages} `,
            h(
              'button',
              {
                attrs: { type: 'button', ...(page >= pages - 1 ? { disabled: '' } : {}) },
                onClick: () => turn(1),
              },
              'Next ›',
            ),
          )
        : null;
    const yearText = shown.year === null ? 'all years' : String(shown.year);
    show(
      container,
      'table',
      h(
        'p',
        { className: 'hint', testId: 'compare-summary' },
        `${all.length} of ${rows.length} towns under ${shown.placeName}; targets and indicators for ${yearText}.`,
      ),
      h(
        'table',
        {
          testId: 'compare-table',
          attrs: { 'data-sort-key': sort?.key ?? '', 'data-sort-direction': sort?.direction ?? '' },
        },
        h('thead', {}, h('tr', {}, ...headers)),
        h('tbody', {}, ...body),
      ),
      all.length === 0 ? h('p', { className: 'hint' }, 'No town matches the filter.') : null,
      pager,
    );
    options.exportButton.disabled = all.length === 0;
  };

  const sortBy = (key: string): void => {
    sort = { key, direction: sort?.key === key && sort.direction === 'asc' ? 'desc' : 'asc' };
    page = 0;
    render();
    container.querySelector<HTMLElement>(`[data-testid="compare-header-${key}"] button`)?.focus();
  };
  const turn = (step: number): void => {
    page += step;
    render();
  };

  const compare = async (under: string, year: number | null): Promise<void> => {
    options.place.value = under;
    options.year.value = year === null ? '' : String(year);
    container.dataset.state = 'loading';
    try {
      const answer = await fetchComparison({ under, year, first: COMPARE_PAGE });
      rows = answer.rows.map(toRow);
      shown = { under, placeName: answer.place.name, year: answer.year };
      page = 0;
      render();
      container.dataset.truncated = String(answer.truncated);
      options.onCompared?.(under, year);
    } catch (error) {
      show(
        container,
        'error',
        h(
          'p',
          { className: 'error', testId: 'compare-error' },
          `The comparison could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    }
  };

  options.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const year = options.year.value.trim() === '' ? null : Number(options.year.value);
    if (options.place.value) void compare(options.place.value, Number.isInteger(year) ? year : null);
  });
  options.filter.addEventListener('input', () => {
    page = 0;
    render();
  });
  options.exportButton.addEventListener('click', () => {
    if (!shown) return;
    const columns: CsvColumn<Row>[] = COLUMNS.map((column) => ({
      header: column.csv,
      value: (row) => row[column.key] ?? null,
    }));
    columns.unshift({ header: 'town_id', value: (row) => row.id });
    columns.push({ header: 'year', value: () => shown?.year ?? null });
    // A byte-order mark, so that spreadsheet programs read the Chinese names as UTF-8.
    const blob = new Blob(['\uFEFF', toCsv(columns, visibleRows())], { type: 'text/csv;charset=utf-8' });
    const anchor = h('a', {
      attrs: {
        href: URL.createObjectURL(blob),
        download: `towns-${shown.placeName}-${shown.year ?? 'all'}.csv`,
      },
    });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(anchor.href), 1000);
  });

  return {
    async loadPlaces() {
      const places = await fetchComparablePlaces();
      options.place.replaceChildren(
        ...places.map((p) =>
          h(
            'option',
            { attrs: { value: p.id } },
            `${p.name}（${p.kind === 'city' ? 'city 市' : 'district 区'}）`,
          ),
        ),
      );
      const firstDistrict = places.find((p) => p.kind === 'district') ?? places[0];
      if (firstDistrict) options.place.value = firstDistrict.id;
    },
    compare,
  };
}
