import path from 'node:path';
import pino from 'pino';
import { fileSources, listDocumentFiles } from '../../loaders/inputs';
import { loadDocuments } from '../../loaders/load';
import { completeServerConfig, createServer, type TowngraphServer } from '../../server';
import type { GraphStore } from '../../store/graph-store';
import { openStore } from '../../store';
import { useNeo4j } from '../neo4j/neo4j-server';

/**
 * The backends agree where users see them: the seeds loaded into the embedded store and
 * into a real Neo4j give the same answers to the same GraphQL queries.
 */

const JIAZE = 'place:320412119';
const HUTANG = 'place:320412100';

const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
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
  townLinks: {
    query: `{ townLinks(town: "place:320509104", first: 10) { totalCount truncated
      links { town { id } strength documentCount evidence { kind entity { id } documents { id } } } } }`,
  },
  compareTowns: {
    query: `{ compareTowns(under: "place:320412", year: 2021) { totalCount truncated
      rows { town { id } projects enterprises programmes investment investedProjects targets indicators } } }`,
  },
};

async function serveSeeds(store: GraphStore): Promise<{ url: string; server: TowngraphServer }> {
  const files = await listDocumentFiles([path.join(__dirname, '..', '..', 'seeds')]);
  const summary = await loadDocuments({ store, sources: fileSources(files, 16 * 1024 * 1024) });
  expect(summary.failed).toBe(0);
  const server = createServer({
    store,
    config: completeServerConfig({ port: 0 }),
    explorer: false,
    logger: pino({ level: 'silent' }),
  });
  const { url } = await server.listen(0);
  return { url, server };
}

async function ask(url: string, name: string): Promise<unknown> {
  const { query, variables } = QUERIES[name] as { query: string; variables?: Record<string, unknown> };
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Lists whose order the API does not promise are compared as sorted. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, canonical(inner)]));
  return value;
}

describe('the seeds over GraphQL on both backends', () => {
  const neo4j = useNeo4j();
  const servers: { url: string; server: TowngraphServer; store: GraphStore }[] = [];

  beforeAll(async () => {
    for (const store of [await openStore({ backend: 'memory' }), await neo4j.openEmpty()]) {
      servers.push({ ...(await serveSeeds(store)), store });
    }
  }, 300_000);

  afterAll(async () => {
    for (const { server, store } of servers) {
      await server.close();
      await store.close();
    }
  });

  it('answers the towns with their real districts', async () => {
    const data = (await ask(servers[0]!.url, 'towns')) as {
      towns: { name: string; district: { name: string } }[];
    };
    const districts = Object.fromEntries(data.towns.map((t) => [t.name, t.district.name]));
    expect(districts).toMatchObject({
      嘉泽镇: '武进区',
      湖塘镇: '武进区',
      郑陆镇: '天宁区',
      平望镇: '吴江区',
    });
  });

  it('ranks the links of 平望镇 in the same order on both backends', async () => {
    const answers = (await Promise.all(servers.map(({ url }) => ask(url, 'townLinks')))) as {
      townLinks: { links: { town: { id: string }; evidence: { entity: { id: string } }[] }[] };
    }[];
    const order = answers.map((a) =>
      a.townLinks.links.map((l) => [l.town.id, ...l.evidence.map((e) => e.entity.id)].join(' ')),
    );
    expect(order[0]!.length).toBeGreaterThan(0);
    expect(order[1]).toEqual(order[0]);
  });

  it.each(Object.keys(QUERIES))('%s: the same answer from the embedded store and Neo4j', async (name) => {
    const [memory, neo4jAnswer] = await Promise.all(servers.map(({ url }) => ask(url, name)));
    expect(JSON.stringify(memory)).not.toMatch(/^(null|\{\})$/);
    expect(canonical(neo4jAnswer)).toEqual(canonical(memory));
  });
});
