import type { GraphStore } from '../../store/graph-store';
import { IDS, jiazeRecords } from './fixtures';
import { startTestServer, type TestServer } from './harness';

/** A store whose search breaks the way an outage would, with details no client should see. */
function brokenSearch(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'search') return () => Promise.reject(new Error('disk /var/lib/towngraph is on fire'));
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    records: [jiazeRecords()],
    wrap: brokenSearch,
    config: {
      corsOrigins: ['https://planner.example'],
      limits: { maxDepth: 8, maxAliases: 5, maxCost: 3000, maxTokens: 400, maxDirectives: 5 },
    },
  });
});
afterAll(() => server.close());

function nested(depth: number): string {
  let selection = 'name';
  for (let i = 0; i < depth; i += 1) selection = `parent { ${selection} }`;
  return `{ node(id: "${IDS.jiazeVillage}") { ... on Place { ${selection} } } }`;
}

describe('query limits', () => {
  it('answers a query within the depth limit and refuses a deeper one with QUERY_TOO_DEEP', async () => {
    const ok = await server.graphql(nested(3));
    expect(ok.body.errors).toBeUndefined();
    const deep = await server.graphql(nested(12));
    expect(deep.body.data ?? null).toBeNull();
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses too many aliases with TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: 8 }, (_, i) => `a${i}: towns { name }`).join(' ');
    const { body } = await server.graphql(`{ ${aliases} }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
  });

  it('refuses a costly query with QUERY_TOO_COSTLY', async () => {
    const { body } = await server.graphql(`{ places(first: 100) { edges { node { name aliases kind code
      projects { name status investment } targets { metric value unit year } } } } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('refuses an oversized document with TOO_MANY_TOKENS and many directives with TOO_MANY_DIRECTIVES', async () => {
    const fields = Array.from({ length: 450 }, () => 'name').join(' ');
    const tokens = await server.graphql(`{ towns { ${fields} } }`);
    expect(tokens.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_TOKENS');
    const directives = await server.graphql(
      `{ towns { name @include(if: true) @include(if: true) @include(if: true) @skip(if: false) @skip(if: false) @skip(if: false) } }`,
    );
    expect(directives.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_DIRECTIVES');
  });

  it('does not suggest field names to a client that guesses', async () => {
    const { body } = await server.graphql(`{ towns { nam } }`);
    expect(body.errors?.[0]?.message).toBeDefined();
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('errors', () => {
  it('masks an internal error and logs it in full', async () => {
    const { body } = await server.graphql(`{ search(text: "嘉泽") { score } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(body)).not.toContain('on fire');
    const logged = server.logs.find((line) =>
      JSON.stringify(line).includes('disk /var/lib/towngraph is on fire'),
    );
    expect(logged).toBeDefined();
    expect(JSON.stringify(logged)).toContain('stack');
  });

  it('lets a user error through with its code', async () => {
    const { body } = await server.graphql(`{ neighbourhood(id: "place:nowhere") { depth } }`);
    expect(body.errors?.[0]?.message).toBe('node place:nowhere not found');
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('HTTP surface', () => {
  it('sends CORS headers to an allowed origin and none to others', async () => {
    const preflight = (origin: string) =>
      fetch(server.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const allowed = await preflight('https://planner.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://planner.example');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const other = await preflight('https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://elsewhere.example');
  });

  it('answers /health and /ready as JSON', async () => {
    const health = await fetch(`${server.origin}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', requestsInFlight: 0 });
    const ready = await fetch(`${server.origin}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', backend: 'memory' });
  });

  it('serves GraphiQL to a browser at /graphql', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('renderYogaGraphiQL');
    // Served whole from this server: no CDN needed where the browser is offline.
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(html).not.toContain('unpkg.com');
  });
});

describe('request size', () => {
  it('refuses a body larger than the largest document allows with 413', async () => {
    const small = await startTestServer({ config: { limits: { maxDocumentBytes: 1000 } } });
    try {
      const response = await fetch(small.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ towns { name } }`, variables: { padding: 'x'.repeat(80_000) } }),
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }],
      });
      expect((await small.graphql(`{ towns { name } }`)).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('counts the bytes of a body sent without Content-Length (chunked) and refuses it past the limit', async () => {
    const small = await startTestServer({ config: { limits: { maxDocumentBytes: 1000 } } });
    try {
      const body = JSON.stringify({
        query: `{ towns { name } }`,
        variables: { padding: 'x'.repeat(80_000) },
      });
      const chunks = new ReadableStream<Uint8Array>({
        start(controller) {
          const bytes = new TextEncoder().encode(body);
          for (let at = 0; at < bytes.length; at += 8192) controller.enqueue(bytes.slice(at, at + 8192));
          controller.close();
        },
      });
      const response = await fetch(small.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: chunks,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
    } finally {
      await small.close();
    }
  });
});

describe('readiness of a store that does not answer', () => {
  it('answers /ready with 503', async () => {
    const down = await startTestServer({
      wrap: (store) =>
        new Proxy(store, {
          get: (target, property, receiver) =>
            property === 'countByLabel'
              ? () => Promise.reject(new Error('connection refused'))
              : Reflect.get(target, property, receiver),
        }),
    });
    try {
      const ready = await fetch(`${down.origin}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable' });
      expect((await fetch(`${down.origin}/health`)).status).toBe(200);
    } finally {
      await down.close();
    }
  });
});
