import { serverAudits } from 'graphql-http';
import pino from 'pino';
import { completeServerConfig, createServer, type TowngraphServer } from '../../server';
import type { ServerLimits } from '../../server/config';
import type { GraphStore } from '../../store/graph-store';
import { useNeo4j } from '../neo4j/neo4j-server';
import { generatedRecords } from './corpus-server';

/**
 * The limits that reach Neo4j, on Neo4j: the byte cap of analyst Cypher (one row of
 * collect() holds the whole graph), the neighbourhood's node budget, trace's visit budget
 * and the request deadline as a transaction timeout; and the graphql-http audits over
 * this store. Fewer documents than the embedded suites: loading into Neo4j is slower.
 */
const DOCUMENTS = 20;
const TOKEN = 'neo4j-limits-token';

const neo4j = useNeo4j();
let store: GraphStore;
const servers: TowngraphServer[] = [];
let province = '';
let towns: string[] = [];

async function serve(limits: Partial<ServerLimits>): Promise<string> {
  const server = createServer({
    store,
    config: completeServerConfig({ token: TOKEN, limits }),
    logger: pino({ level: 'silent' }),
    explorer: false,
  });
  servers.push(server);
  return (await server.listen(0)).url;
}

async function ask<T>(url: string, query: string): Promise<{ status: number; data?: T; code?: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, data: body.data, code: body.errors?.[0]?.extensions?.code };
}

const urls = { plain: '', tight: '', hurried: '', slow: '' };

beforeAll(async () => {
  store = await neo4j.openEmpty();
  for (const records of await generatedRecords(DOCUMENTS)) await store.loadDocument(records);
  urls.plain = await serve({ cypherMaxBytes: 4096 });
  urls.tight = await serve({ maxNeighbourhoodNodes: 5, maxTraceVisited: 3 });
  urls.hurried = await serve({ requestTimeoutMs: 1 });
  urls.slow = await serve({ requestTimeoutMs: 400 });
  const places = await ask<{ places: { edges: { node: { id: string } }[] }; towns: { id: string }[] }>(
    urls.plain,
    '{ places(filter: { kind: PROVINCE }, first: 1) { edges { node { id } } } towns(first: 1000) { id } }',
  );
  province = places.data?.places.edges[0]?.node.id ?? '';
  towns = (places.data?.towns ?? []).map((town) => town.id);
}, 300_000);

afterAll(async () => {
  for (const server of servers) await server.close();
  await store?.close();
});

describe('limits on Neo4j', () => {
  it('cuts a collect() of every node at the byte limit', async () => {
    const { data, code } = await ask<{ cypher: { rows: unknown[]; truncated: boolean } }>(
      urls.plain,
      '{ cypher(query: "MATCH (n) RETURN collect(n) AS everything") { rows truncated } }',
    );
    expect(code).toBeUndefined();
    expect(data?.cypher.truncated).toBe(true);
    expect(data?.cypher.rows).toEqual([]);
  });

  it('keeps rows up to the byte limit', async () => {
    const { data } = await ask<{ cypher: { rows: unknown[]; truncated: boolean } }>(
      urls.plain,
      '{ cypher(query: "MATCH (n) RETURN n.id AS id", limit: 1000) { rows truncated } }',
    );
    expect(data?.cypher.truncated).toBe(true);
    expect(data?.cypher.rows.length).toBeGreaterThan(10);
    expect(Buffer.byteLength(JSON.stringify(data?.cypher.rows))).toBeLessThanOrEqual(4096);
  });

  it('stops a neighbourhood at its node budget and says so', async () => {
    const { data } = await ask<{ neighbourhood: { truncated: boolean; nodes: unknown[] } }>(
      urls.tight,
      `{ neighbourhood(id: "${province}", depth: 3) { truncated nodes { id } } }`,
    );
    expect(data?.neighbourhood.truncated).toBe(true);
    expect(data?.neighbourhood.nodes).toHaveLength(5);
  });

  it('gives up a trace past its visit budget', async () => {
    const { code } = await ask(
      urls.tight,
      `{ trace(from: "${towns[0]}", to: "${towns[towns.length - 1]}", maxHops: 6) { length } }`,
    );
    expect(code).toBe('WORK_LIMIT');
  });

  it('ends a request past its deadline with TIMEOUT', async () => {
    const { code, status } = await ask(
      urls.hurried,
      `{ neighbourhood(id: "${province}", depth: 3) { nodes { id } } }`,
    );
    expect(code).toBe('TIMEOUT');
    expect(status).toBe(504);
  });

  it('ends analyst Cypher at the request deadline, Neo4j timing the transaction out', async () => {
    const started = performance.now();
    const { code } = await ask(
      urls.slow,
      '{ cypher(query: "UNWIND range(1, 1000000000) AS x RETURN sum(x) AS total") { rows } }',
    );
    expect(code).toBe('CYPHER_TIMEOUT');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  describe('GraphQL over HTTP audits (graphql-http) on Neo4j', () => {
    const audits = serverAudits({ url: () => urls.plain, fetchFn: fetch });
    for (const audit of audits.filter((one) => one.name.startsWith('MUST'))) {
      it(audit.name, async () => {
        const result = await audit.fn();
        expect(result.status === 'ok' ? 'ok' : result.reason).toBe('ok');
      });
    }
  });
});
