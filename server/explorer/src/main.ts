import { ApiError } from './api';
import { byId, h, show } from './dom';
import { renderEntityCard } from './entity-card';
import { fetchEntity, searchEntities, type TownOption } from './explorer-api';
import { createNeighbourhoodPanel } from './neighbourhood-panel';
import { renderSearchResults } from './search-results';
import { renderTargetsTable } from './targets-table';
import { createTracePanel } from './trace-panel';
import type { TargetRow } from './types';

/** Wait after the last keystroke before searching, so typing 嘉泽镇 sends one request, not three. */
const SEARCH_DELAY_MS = 250;

const status = byId<HTMLElement>('status');
const results = byId<HTMLElement>('search-results');
const card = byId<HTMLElement>('entity-card');
const searchInput = byId<HTMLInputElement>('search-input');

function report(error: unknown): void {
  status.dataset.kind = 'error';
  status.textContent = error instanceof ApiError ? error.message : `Unexpected error: ${String(error)}`;
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
});

/** Opening an entity goes through the URL hash, so back/forward and shared links work. */
function navigate(id: string): void {
  const hash = `#entity=${encodeURIComponent(id)}`;
  if (location.hash === hash) void openEntity(id);
  else location.hash = hash;
}

let openTicket = 0;
async function openEntity(id: string): Promise<void> {
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

function openFromHash(): void {
  const match = /^#entity=(.+)$/.exec(location.hash);
  if (match?.[1]) void openEntity(decodeURIComponent(match[1]));
}
window.addEventListener('hashchange', openFromHash);

/** The drawings, for anyone scripting the page (the browser test reads node positions from them). */
Object.assign(window, { towngraphExplorer: { neighbourhood: neighbourhood.view.cy, trace: tracer.view.cy } });

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
openFromHash();
document.body.dataset.ready = 'true';
