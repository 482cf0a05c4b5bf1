import { ApiError } from './api';
import { createComparePanel } from './compare-panel';
import { byId, h, show } from './dom';
import { renderEntityCard } from './entity-card';
import { fetchEntity, searchEntities, type TownOption } from './explorer-api';
import { createLinksPanel } from './links-panel';
import { createNeighbourhoodPanel } from './neighbourhood-panel';
import { renderSearchResults } from './search-results';
import { renderTargetsTable } from './targets-table';
import { createTracePanel } from './trace-panel';
import type { TargetRow } from './types';
import { EMPTY_STATE, readState, sameState, stateQuery, type PageState } from './url-state';

/** Wait after the last keystroke before searching, so typing 嘉泽镇 sends one request, not three. */
const SEARCH_DELAY_MS = 250;

const status = byId<HTMLElement>('status');
const results = byId<HTMLElement>('search-results');
const card = byId<HTMLElement>('entity-card');
const searchInput = byId<HTMLInputElement>('search-input');

function report(error: unknown): void {
  status.dataset.kind = 'error';
  status.textContent =
    error instanceof ApiError ? `API error: ${error.message}` : `Unexpected error: ${String(error)}`;
}

function clearStatus(): void {
  status.textContent = '';
  delete status.dataset.kind;
}

const neighbourhood = createNeighbourhoodPanel({
  graph: byId('neighbourhood-graph'),
  legend: byId('graph-legend'),
  depth: byId('depth-select'),
  onOpen: (id) => navigate(id),
  onError: report,
});

const tracer = createTracePanel({
  form: byId('trace-form'),
  from: byId('trace-from'),
  to: byId('trace-to'),
  hops: byId('trace-hops'),
  graph: byId('trace-graph'),
  list: byId('trace-paths'),
  summary: byId('trace-summary'),
  onOpen: (id) => navigate(id),
  onError: report,
  onTraced: (from, to) => record({ trace: { from, to } }),
});

const links = createLinksPanel({
  container: byId('town-links'),
  title: byId('links-title'),
  onOpen: (id) => navigate(id),
  onTrace: (from, to) => {
    go({ trace: { from, to } });
    byId('trace-summary').scrollIntoView({ block: 'center' });
  },
});

const comparison = createComparePanel({
  form: byId('compare-form'),
  place: byId('compare-place'),
  year: byId('compare-year'),
  filter: byId('compare-filter'),
  exportButton: byId('compare-export'),
  container: byId('compare-table'),
  onOpen: (id) => navigate(id),
  onCompared: (under, year) => record({ compare: { under, year } }),
});

/**
 * The address bar follows the user: every step (an entity opened, a trace, a comparison)
 * becomes a history entry, so a link can be sent and Back returns to the step before.
 * `shown` is what the page shows; applying a state changes only what differs.
 */
let shown: PageState = EMPTY_STATE;

/** A step the user took: a new history entry, then the page catches up with it. */
function go(change: Partial<PageState>): void {
  const next = { ...readState(location), ...change };
  if (!sameState(next, readState(location)))
    history.pushState(null, '', stateQuery(next) || location.pathname);
  void apply(next, { focusCard: true });
}

/** A step a panel already took (a trace drawn from the form): recorded, nothing redone. */
function record(change: Partial<PageState>): void {
  const next = { ...readState(location), ...change };
  shown = { ...shown, ...change };
  if (!sameState(next, readState(location)))
    history.pushState(null, '', stateQuery(next) || location.pathname);
}

async function apply(state: PageState, options: { focusCard: boolean }): Promise<void> {
  const before = shown;
  shown = state;
  const tasks: Promise<void>[] = [];
  if (state.node !== before.node && state.node) tasks.push(openEntity(state.node, options));
  if (!sameState({ ...EMPTY_STATE, trace: state.trace }, { ...EMPTY_STATE, trace: before.trace })) {
    if (state.trace) tasks.push(tracer.traceBetween(state.trace.from, state.trace.to));
    else tracer.clear();
  }
  const compare = state.compare;
  if (compare && !sameState({ ...EMPTY_STATE, compare }, { ...EMPTY_STATE, compare: before.compare }))
    tasks.push(placesReady.then(() => comparison.compare(compare.under, compare.year)));
  await Promise.all(tasks);
}

/** Opening an entity goes through the address bar, so back/forward and shared links work. */
function navigate(id: string): void {
  go({ node: id });
}

let openTicket = 0;
async function openEntity(id: string, options: { focusCard: boolean } = { focusCard: false }): Promise<void> {
  const ticket = ++openTicket;
  card.dataset.state = 'loading';
  try {
    const entity = await fetchEntity(id);
    if (ticket !== openTicket) return;
    if (!entity) {
      show(card, 'missing', h('p', { className: 'hint' }, `Nothing in the graph has the id ${id}.`));
      return;
    }
    clearStatus();
    renderEntityCard({ container: card, entity, onOpen: navigate });
    if (options.focusCard) card.querySelector<HTMLElement>('[data-testid=card-name]')?.focus();
    void links.show({
      id,
      name: entity.name,
      kind: entity.__typename,
      townKind: typeof entity.kind === 'string' ? entity.kind : null,
    });
    for (const button of results.querySelectorAll<HTMLElement>('[data-testid="search-result"]')) {
      button.setAttribute('aria-current', String(button.dataset.id === id));
    }
    const targets = entity.targets;
    if (Array.isArray(targets)) {
      renderTargetsTable({
        container: byId('targets'),
        title: byId('targets-title'),
        placeName: entity.name,
        targets: targets as TargetRow[],
      });
    }
    if (entity.__typename === 'Place') tracer.preferStart(id);
    await neighbourhood.show(id);
  } catch (error) {
    if (ticket === openTicket) card.dataset.state = 'error';
    report(error);
  }
}

let searchTicket = 0;
async function runSearch(): Promise<void> {
  const text = searchInput.value.trim();
  const ticket = ++searchTicket;
  if (!text) return;
  results.dataset.state = 'loading';
  try {
    const hits = await searchEntities(text);
    if (ticket !== searchTicket) return;
    clearStatus();
    renderSearchResults({ container: results, text, hits, onOpen: navigate });
  } catch (error) {
    if (ticket === searchTicket) results.dataset.state = 'error';
    report(error);
  }
}

let searchTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleSearch(): void {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => void runSearch(), SEARCH_DELAY_MS);
}
// While a pinyin input method composes, the box holds Latin letters (jiaze) that are not
// yet the name; search once the characters are committed.
searchInput.addEventListener('input', (event) => {
  if (!(event as InputEvent).isComposing) scheduleSearch();
});
searchInput.addEventListener('compositionend', scheduleSearch);
byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(searchTimer);
  void runSearch();
});

window.addEventListener('popstate', () => void apply(readState(location), { focusCard: false }));
// An older #entity= link typed into the address bar opens too.
window.addEventListener('hashchange', () => {
  if (!location.hash.startsWith('#entity=')) return;
  const state = readState(location);
  history.replaceState(null, '', stateQuery({ ...state }));
  void apply(state, { focusCard: true });
});

/** The drawings, for anyone scripting the page (the browser test reads node positions from them). */
Object.assign(window, {
  towngraphExplorer: {
    neighbourhood: neighbourhood.view.cy,
    trace: tracer.view.cy,
    // The drawing itself, so that a test can time it on a graph larger than one neighbourhood.
    neighbourhoodView: neighbourhood.view,
  },
});

/** Before any search, the towns in the graph are the places to start from. */
function showStartingTowns(towns: readonly TownOption[]): void {
  if (results.dataset.state !== 'idle' || towns.length === 0) return;
  show(
    results,
    'idle',
    h('p', { className: 'hint' }, 'Type a name or a short form (嘉泽 finds 嘉泽镇), or start from a town:'),
    h(
      'ul',
      { className: 'chips', testId: 'starting-towns' },
      ...towns.map((town) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              className: 'link',
              attrs: { type: 'button', 'data-id': town.id },
              onClick: () => navigate(town.id),
            },
            town.name,
          ),
        ),
      ),
    ),
  );
}

tracer.loadTowns().then(showStartingTowns).catch(report);
const placesReady = comparison.loadPlaces().catch(report);
{
  // The address as the page will keep it: an older #entity= link becomes ?node=.
  const initial = readState(location);
  if (location.hash.startsWith('#entity=')) history.replaceState(null, '', stateQuery(initial));
  void apply(initial, { focusCard: false });
}
document.body.dataset.ready = 'true';
