/**
 * What the address bar says the page shows, so that a planner can send a link to a
 * colleague: `?node=<id>` opens an entity's card and neighbourhood, `?trace=<id>,<id>` a
 * trace, `?compare=<id>&year=<y>` a comparison of the towns under a place. They combine.
 */
export interface PageState {
  node: string | null;
  trace: { from: string; to: string } | null;
  compare: { under: string; year: number | null } | null;
}

export const EMPTY_STATE: PageState = { node: null, trace: null, compare: null };

/** Reads the state from a URL's query; the older `#entity=<id>` links still open their entity. */
export function readState(location: { search: string; hash: string }): PageState {
  const query = new URLSearchParams(location.search);
  const legacy = /^#entity=(.+)$/.exec(location.hash)?.[1];
  const node = query.get('node') || (legacy ? decodeURIComponent(legacy) : null);
  const [from, to] = (query.get('trace') ?? '').split(',').map((id) => id.trim());
  const under = query.get('compare');
  const year = Number(query.get('year'));
  return {
    node,
    trace: from && to ? { from, to } : null,
    compare: under ? { under, year: query.get('year') && Number.isInteger(year) ? year : null } : null,
  };
}

/** The query string of a state, `?` included; empty for the empty state. */
export function stateQuery(state: PageState): string {
  const parts: string[] = [];
  // Ids hold ':' and ',' only as written here; both are kept readable in the address bar.
  const encode = (id: string) => encodeURIComponent(id).replace(/%3A/gi, ':');
  if (state.node) parts.push(`node=${encode(state.node)}`);
  if (state.trace) parts.push(`trace=${encode(state.trace.from)},${encode(state.trace.to)}`);
  if (state.compare) {
    parts.push(`compare=${encode(state.compare.under)}`);
    if (state.compare.year !== null) parts.push(`year=${state.compare.year}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export function sameState(a: PageState, b: PageState): boolean {
  return stateQuery(a) === stateQuery(b);
}
