import path from 'node:path';
import pino from 'pino';
import { fileSources, listDocumentFiles } from '../../loaders/inputs';
import { loadDocuments } from '../../loaders/load';
import { completeServerConfig, createServer, type TowngraphServer } from '../../server';
import type { GraphStore } from '../../store/graph-store';

const JIAZE = 'place:320412119';
const HUTANG = 'place:320412100';

/** GraphQL queries over the seeds whose answers every backend must give alike, in order. */
export const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  towns: {
    query: `{ towns { id name district { name } city { name } } }`,
  },
  townProjects: {
    query: `query($id: ID!) { node(id: $id) { ... on Place { name projects { id name status } } } }`,
    variables: { id: JIAZE },
  },
  trace: {
    query: `query($a: ID!, $b: ID!) { trace(from: $a, to: $b, maxHops: 3, first: 5) { nodes { id } relationships { type } } }`,
    variables: { a: JIAZE, b: HUTANG },
  },
  targetsOfYear: {
    query: `{ targets(filter: { year: 2021 }, sort: [{ field: NAME }], first: 100) {
      totalCount edges { node { id metric value unit year qualifier } } } }`,
  },
  provenance: {
    query: `query($id: ID!) { node(id: $id) { ... on Entity { name provenance { documentId sentence start end rule confidence } } } }`,
    variables: { id: JIAZE },
  },
  search: {
    query: `{ search(text: "嘉泽", first: 5) { score node { id } } }`,
  },
  searchRanking: {
    query: `{ search(text: "镇", first: 50) { score node { id ... on Entity { name } } } }`,
  },
  traceLonger: {
    query: `query($a: ID!, $b: ID!) { trace(from: $a, to: $b, maxHops: 4, first: 20) { nodes { id } relationships { type } } }`,
    variables: { a: JIAZE, b: HUTANG },
  },
  projectsPage: {
    query: `{ projects(sort: [{ field: NAME }], first: 50) { totalCount edges { node { id name status } } } }`,
  },
  townLinks: {
    query: `{ townLinks(town: "place:320509104", first: 10) { totalCount truncated
      links { town { id } strength documentCount evidence { kind entity { id } documents { id } } } } }`,
  },
  compareTowns: {
    query: `{ compareTowns(under: "place:320412", year: 2021) { totalCount truncated
      rows { town { id } projects enterprises programmes investment investedProjects targets indicators } } }`,
  },
};

/** Serves a store over GraphQL on a free port. */
export async function serve(store: GraphStore): Promise<{ url: string; server: TowngraphServer }> {
  const server = createServer({
    store,
    config: completeServerConfig({ port: 0 }),
    explorer: false,
    logger: pino({ level: 'silent' }),
  });
  const { url } = await server.listen(0);
  return { url, server };
}

/** Loads the seed documents into a store. */
export async function loadSeeds(store: GraphStore): Promise<void> {
  const files = await listDocumentFiles([path.join(__dirname, '..', '..', 'seeds')]);
  const summary = await loadDocuments({ store, sources: fileSources(files, 16 * 1024 * 1024) });
  expect(summary.failed).toBe(0);
}

export async function ask(url: string, name: string): Promise<unknown> {
  const { query, variables } = QUERIES[name] as { query: string; variables?: Record<string, unknown> };
  return postQuery(url, query, variables);
}

/** One GraphQL request over HTTP; its answer must carry no errors. */
export async function postQuery(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}
