import { linkTo } from './card-relations';
import { h, show } from './dom';
import { fetchTowns, tracePaths, type PathView, type TownOption } from './explorer-api';
import { createGraphView, type DrawnEdge, type DrawnNode, type GraphView } from './graph-view';
import { nodeName } from './types';

export interface TracePanelOptions {
  form: HTMLFormElement;
  from: HTMLSelectElement;
  to: HTMLSelectElement;
  hops: HTMLSelectElement;
  graph: HTMLElement;
  list: HTMLElement;
  /** One line saying which trace is shown. */
  summary: HTMLElement;
  onOpen: (id: string) => void;
  onError: (error: unknown) => void;
  /** Called after a trace the user asked for with the form, with its two ends (for the address bar). */
  onTraced?: (from: string, to: string) => void;
}

export interface TracePanel {
  view: GraphView;
  /** Fills both selects from the API's towns, and hands the towns back. */
  loadTowns(): Promise<TownOption[]>;
  /** Makes this town the start of the next trace, when it is a town and no trace is shown. */
  preferStart(id: string): void;
  /** Traces between two nodes (towns or not), as a link or another panel asks. */
  traceBetween(from: string, to: string): Promise<void>;
  /** The ends of the trace shown, null when none is. */
  shown(): { from: string; to: string } | null;
  /** Forgets the trace shown: the panel goes back to its empty state. */
  clear(): void;
}

/** Path tracing between two towns: the paths drawn together and listed one by one. */
export function createTracePanel(options: TracePanelOptions): TracePanel {
  const view = createGraphView({ container: options.graph, onNodeClick: options.onOpen });
  options.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void trace(true);
  });

  // What the drawing and the summary show, so that changing a select afterwards cannot
  // make the summary name towns other than those drawn without saying so.
  let drawn: { from: string; to: string; hops: string; text: string } | null = null;
  /** A trace is on its way: opening a town meanwhile must not move its start. */
  let pending = false;

  const trace = async (fromForm = true): Promise<void> => {
    const from = options.from.value;
    const to = options.to.value;
    if (!from || !to) return;
    if (from === to) {
      options.summary.textContent = 'Pick two different towns.';
      return;
    }
    options.list.dataset.state = 'loading';
    try {
      const hops = Number(options.hops.value) || 4;
      // Named as asked, before the answer: a select changed meanwhile must not rename what is drawn.
      const asked = [selectedName(options.from), selectedName(options.to)];
      pending = true;
      const paths = await tracePaths({ from, to, maxHops: hops }).finally(() => (pending = false));
      nameEnds([options.from, options.to], paths);
      const pathNames = new Map(paths.flatMap((p) => p.nodes.map((n) => [n.id, nodeName(n)] as const)));
      const names = `${pathNames.get(from) ?? asked[0]} to ${pathNames.get(to) ?? asked[1]}`;
      const text = `${paths.length} path${paths.length === 1 ? '' : 's'} from ${names}, at most ${hops} hops`;
      drawn = { from, to, hops: options.hops.value, text };
      options.summary.textContent = text;
      delete options.summary.dataset.stale;
      options.summary.dataset.from = from;
      options.summary.dataset.to = to;
      drawPaths({ view, paths, ends: [from, to] });
      renderPathList({ list: options.list, paths, onOpen: options.onOpen, hops: options.hops.value });
      if (fromForm) options.onTraced?.(from, to);
    } catch (error) {
      options.list.dataset.state = 'error';
      options.summary.textContent = `The trace could not be made: ${error instanceof Error ? error.message : String(error)}`;
      options.onError(error);
    }
  };

  /** After a select changes, the summary still names what is drawn, and says what Trace would do. */
  const noteSelection = (): void => {
    if (!drawn) return;
    const same =
      drawn.from === options.from.value && drawn.to === options.to.value && drawn.hops === options.hops.value;
    if (same) {
      options.summary.textContent = drawn.text;
      delete options.summary.dataset.stale;
      return;
    }
    options.summary.dataset.stale = 'true';
    options.summary.textContent = `Shown: ${drawn.text}. Press Trace for ${selectedName(options.from)} to ${selectedName(options.to)}.`;
  };
  for (const select of [options.from, options.to, options.hops])
    select.addEventListener('change', noteSelection);

  // A town opened before the towns arrive still becomes the start once they do.
  let preferred: string | null = null;
  // A town already chosen as the destination stays there rather than becoming both ends.
  const applyPreferred = (): void => {
    // With a trace shown, From keeps naming the start of the drawn paths.
    if (!preferred || preferred === options.to.value || drawn || pending) return;
    if ([...options.from.options].some((o) => o.value === preferred)) options.from.value = preferred;
  };

  const loadTowns = async (): Promise<TownOption[]> => {
    const towns = await fetchTowns();
    fillSelect(options.from, towns);
    fillSelect(options.to, towns);
    if (towns.length > 1) options.to.selectedIndex = 1;
    applyPreferred();
    return towns;
  };

  const preferStart = (id: string): void => {
    preferred = id;
    applyPreferred();
  };

  let towns: Promise<TownOption[]> | null = null;
  const traceBetween = async (from: string, to: string): Promise<void> => {
    await (towns ?? Promise.resolve([]));
    for (const [select, id] of [
      [options.from, from],
      [options.to, to],
    ] as const) {
      if (![...select.options].some((o) => o.value === id))
        select.append(h('option', { attrs: { value: id } }, id));
      select.value = id;
    }
    await trace(false);
  };

  const clear = (): void => {
    drawn = null;
    view.draw({ nodes: [], edges: [] });
    options.summary.textContent = '';
    delete options.summary.dataset.stale;
    show(options.list, 'empty');
    applyPreferred();
  };

  return {
    view,
    loadTowns: () => (towns = loadTowns()),
    preferStart,
    traceBetween,
    shown: () => (drawn ? { from: drawn.from, to: drawn.to } : null),
    clear,
  };
}

/** An end given by id (a link to a trace between any two nodes) is named once a path names it. */
function nameEnds(selects: HTMLSelectElement[], paths: readonly PathView[]): void {
  const names = new Map(paths.flatMap((p) => p.nodes.map((n) => [n.id, nodeName(n)] as const)));
  for (const select of selects) {
    const option = select.selectedOptions[0];
    const name = names.get(select.value);
    if (option && name && option.textContent === select.value) option.textContent = name;
  }
}

function selectedName(select: HTMLSelectElement): string {
  return (select.selectedOptions[0]?.textContent ?? '').replace(/（.*）$/, '');
}

function fillSelect(select: HTMLSelectElement, towns: readonly TownOption[]): void {
  select.replaceChildren(
    ...towns.map((town) =>
      h(
        'option',
        { attrs: { value: town.id } },
        town.district ? `${town.name}（${town.district.name}）` : town.name,
      ),
    ),
  );
}

function drawPaths(options: { view: GraphView; paths: readonly PathView[]; ends: string[] }): void {
  const nodes = new Map<string, DrawnNode>();
  const edges = new Map<string, DrawnEdge>();
  for (const path of options.paths) {
    for (const n of path.nodes) nodes.set(n.id, { id: n.id, kind: n.__typename, name: nodeName(n) });
    for (const r of path.relationships)
      edges.set(r.id, { id: r.id, type: r.type, from: r.from.id, to: r.to.id });
  }
  options.view.draw({
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    focusIds: options.ends,
    layout: 'levels',
  });
}

function renderPathList(options: {
  list: HTMLElement;
  paths: readonly PathView[];
  onOpen: (id: string) => void;
  hops: string;
}): void {
  const { list, paths } = options;
  list.dataset.pathCount = String(paths.length);
  if (paths.length === 0) {
    show(
      list,
      'empty',
      h('li', { className: 'hint', testId: 'no-path' }, `No path within ${options.hops} hops.`),
    );
    return;
  }
  show(
    list,
    'paths',
    ...paths.map((path) =>
      h(
        'li',
        { testId: 'trace-path', attrs: { 'data-length': String(path.length) } },
        ...describePath(path, options.onOpen),
      ),
    ),
  );
}

/** 嘉泽镇 →LOCATED_IN→ 武进区 ←LOCATED_IN← 湖塘镇: each hop shows which way its relationship points. */
function describePath(path: PathView, onOpen: (id: string) => void): (HTMLElement | string)[] {
  const parts: (HTMLElement | string)[] = [];
  path.nodes.forEach((node, index) => {
    parts.push(linkTo(node, onOpen));
    const rel = path.relationships[index];
    if (!rel) return;
    const forward = rel.from.id === node.id;
    const evidence = rel.provenance
      ? `${rel.provenance.sentence}\n《${rel.provenance.document?.title ?? ''}》`
      : '';
    parts.push(
      h(
        'span',
        { className: 'hop', attrs: { title: evidence } },
        forward ? `—${rel.type}→` : `←${rel.type}—`,
      ),
    );
  });
  return parts;
}
