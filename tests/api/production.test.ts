import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { explorerTrustedDocuments } from '../../server/explorer/trusted-operations';
import * as queries from '../../server/explorer/src/queries';
import { documentId } from '../../server/trusted-documents';
import { countingStore, type CountingStore } from './counting-store';
import { hutangRecords, IDS, jiazeRecords } from './fixtures';
import { startTestServer, type TestServer } from './harness';

/** The optional protections for production: trusted documents, response cache, rate limit. */
describe('trusted documents', () => {
  let server: TestServer;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'towngraph-trusted-'));
    const file = path.join(dir, 'trusted-documents.json');
    await writeFile(file, JSON.stringify(explorerTrustedDocuments()));
    server = await startTestServer({ records: [jiazeRecords()], config: { trustedDocuments: file } });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs the explorer’s operations as the page sends them (the text, hashed by the server)', async () => {
    const { status, body } = await server.graphql<{ towns: { name: string }[] }>(queries.TOWNS_QUERY);
    expect(status).toBe(200);
    expect(body.data?.towns.map((town) => town.name)).toContain('嘉泽镇');
  });

  it('runs an operation sent by its hash alone', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: documentId(queries.TOWNS_QUERY) } },
      }),
    });
    const body = (await response.json()) as { data?: { towns: unknown[] } };
    expect(body.data?.towns.length).toBeGreaterThan(0);
  });

  it('refuses any other operation', async () => {
    const { body } = await server.graphql('{ stats { total } }');
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });
});

describe('response cache for anonymous reads', () => {
  let server: TestServer;
  let counter: CountingStore | undefined;
  const TOKEN = 'cache-token';
  const TOWNS = '{ towns { id } }';

  beforeAll(async () => {
    server = await startTestServer({
      records: [jiazeRecords(), hutangRecords()],
      config: { token: TOKEN, limits: { responseCacheTtlMs: 60_000 } },
      wrap: (store) => {
        counter = countingStore(store);
        return counter.store;
      },
    });
  });
  afterAll(() => server.close());

  const storeCalls = () => counter?.total() ?? 0;

  it('answers a repeated anonymous read from the cache, and a changed graph afresh', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const first = await server.graphql<{ towns: { id: string }[] }>(TOWNS);
    expect(first.body.data?.towns.map((town) => town.id)).toContain(IDS.hutang);
    const calls = storeCalls();
    const again = await server.graphql<{ towns: { id: string }[] }>(TOWNS);
    expect(again.body.data).toEqual(first.body.data);
    expect(storeCalls()).toBe(calls);

    const removed = await server.graphql(`mutation { deleteDocument(id: "${IDS.docHutang}") { deleted } }`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(removed.body.errors).toBeUndefined();
    const after = await server.graphql<{ towns: { id: string }[] }>(TOWNS);
    expect(after.body.data?.towns.map((town) => town.id)).not.toContain(IDS.hutang);
    expect(storeCalls()).toBeGreaterThan(calls);

    // The fresh answer is cached in its turn, also now that the operation runs compiled (from
    // its second execution on), and through the cache's own execution: a plugin replacing
    // that execution makes the cache warn that it was bypassed.
    const callsAfter = storeCalls();
    const cachedAgain = await server.graphql<{ towns: { id: string }[] }>(TOWNS);
    expect(cachedAgain.body.data).toEqual(after.body.data);
    expect(storeCalls()).toBe(callsAfter);
    expect(warn.mock.calls.flat().join('\n')).not.toMatch(/useResponseCache/);
    warn.mockRestore();
  });
});

describe('rate limit per client', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ records: [jiazeRecords()], config: { limits: { rateLimit: 3 } } });
  });
  afterAll(() => server.close());

  it('refuses requests past the limit with 429 RATE_LIMITED, and /health still answers', async () => {
    const statuses: number[] = [];
    let last: { errors?: { extensions?: { code?: string } }[] } = {};
    for (let i = 0; i < 5; i += 1) {
      const { status, body } = await server.graphql('{ __typename }');
      statuses.push(status);
      last = body;
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(last.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await fetch(`${server.origin}/health`)).status).toBe(200);
  });
});
