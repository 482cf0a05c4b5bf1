import { IDS, hutangRecords, jiazeRecords } from './fixtures';
import { startTestServer, type TestServer } from './harness';

/** Lists that grow with the corpus are cut at `first`, and the cut is reported. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    records: [jiazeRecords(), hutangRecords()],
    config: { limits: { defaultListSize: 2 } },
  });
});
afterAll(() => server.close());

describe('bounded lists', () => {
  it('cuts a list at first and names it in extensions.truncated', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ towns(first: 1) { name } }' }),
    });
    const body = (await response.json()) as {
      data: { towns: unknown[] };
      extensions?: { truncated?: string[] };
    };
    expect(body.data.towns).toHaveLength(1);
    expect(body.extensions?.truncated).toEqual(['towns']);
  });

  it('cuts a nested list at the server list size when first is absent, path by path', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ node(id: "${IDS.jiaze}") { ...on Place { relationships { id } all: relationships(first: 100) { id } } } }`,
      }),
    });
    const body = (await response.json()) as {
      data: { node: { relationships: unknown[]; all: unknown[] } };
      extensions?: { truncated?: string[] };
    };
    expect(body.data.node.all.length).toBeGreaterThan(2);
    expect(body.data.node.relationships).toEqual(body.data.node.all.slice(0, 2));
    expect(body.extensions?.truncated).toEqual(['node.relationships']);
  });

  it('names the cut lists in one stable order, list indexes as numbers', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ later: towns(first: 5) { relationships(first: 1) { id } } earlier: towns(first: 1) { name } }',
      }),
    });
    const body = (await response.json()) as {
      data: { later: Array<{ relationships: unknown[] }> };
      extensions?: { truncated?: string[] };
    };
    expect(body.data.later.length).toBeGreaterThan(1);
    const [first, ...rest] = body.extensions?.truncated ?? [];
    expect(first).toBe('earlier');
    expect(rest.length).toBeGreaterThan(1);
    const indexes = rest.map((path) => Number(/^later\.(\d+)\.relationships$/.exec(path)?.[1]));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(new Set(indexes).size).toBe(indexes.length);
  });

  it('leaves out extensions.truncated when nothing was cut', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ towns(first: 100) { name } }' }),
    });
    const body = (await response.json()) as { extensions?: unknown };
    expect(body.extensions).toBeUndefined();
  });

  it('refuses a first above the page limit', async () => {
    const { body } = await server.graphql(
      `{ node(id: "${IDS.jiaze}") { ...on Place { zones(first: 101) { name } } } }`,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(body.errors?.[0]?.message).toContain('between 0 and 100');
  });
});
