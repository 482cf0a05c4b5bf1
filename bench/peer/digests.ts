/**
 * What each server's answer to a bench query must agree on, in the same form for both:
 * names, statuses, figures and counts in the order given, without the parts the two
 * schemas spell differently (opaque cursors, the envelope of a node looked up by id).
 */
type Data = Record<string, unknown>;
type Digest = (data: Data) => unknown;

interface Connection {
  totalCount: number;
  pageInfo?: { hasNextPage: boolean };
  edges: { node: unknown }[];
}

function connection(value: unknown): unknown {
  const page = value as Connection;
  return {
    totalCount: page.totalCount,
    hasNextPage: page.pageInfo?.hasNextPage,
    nodes: page.edges.map((e) => e.node),
  };
}

type Hits = { node: { id: string } }[];

/**
 * Search hits as a set of ids (sorted): the two servers rank hits differently (towngraph
 * by its exact, alias, prefix, substring rule; the library by Lucene's score), so a page of
 * ten is compared by its size and the whole hit set (SEARCH_EVERY_HIT) by its ids.
 */
function hitIds(hits: Hits): string[] {
  return hits.map((hit) => hit.node.id).sort();
}

/** Name of the extra pair of queries that fetch every search hit (up to 100). */
export const SEARCH_EVERY_HIT = 'search, every hit';

export const TOWNGRAPH_DIGESTS: Record<string, Digest> = {
  'trivial { __typename }': (data) => data.__typename,
  'a town with its projects': (data) => data.node,
  search: (data) => (data.search as Hits).length,
  [SEARCH_EVERY_HIT]: (data) => hitIds(data.search as Hits),
  'a page of projects': (data) => connection(data.projects),
  'targets of a year': (data) => connection(data.targets),
};

export const PEER_DIGESTS: Record<string, Digest> = {
  'trivial { __typename }': (data) => data.__typename,
  'a town with its projects': (data) => (data.places as unknown[])[0] ?? null,
  search: (data) => (data.searchNames as { edges: Hits }).edges.length,
  [SEARCH_EVERY_HIT]: (data) => hitIds((data.searchNames as { edges: Hits }).edges),
  'a page of projects': (data) => connection(data.projectsConnection),
  'targets of a year': (data) => connection(data.targetsConnection),
};
