import type { GraphStore, RequestGraphStore } from '../store/graph-store';
import { remainingMs } from '../store/deadline';
import { openStore } from '../store';
import { jiazeRecords } from '../tests/api/fixtures';
import { startTestServer, type TestServer } from '../tests/api/harness';
import { withRequestScope } from './request-store';

/** Counts the request views the server makes and releases, with the signal each got. */
function countViews(store: GraphStore) {
  const seen = { made: 0, released: 0, signals: [] as AbortSignal[] };
  const wrapped = new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'forRequest')
        return ({ signal }: { signal?: AbortSignal }): RequestGraphStore => {
          seen.made += 1;
          if (signal) seen.signals.push(signal);
          return Object.assign(Object.create(target) as GraphStore, {
            release: async () => {
              seen.released += 1;
            },
          });
        };
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { wrapped, seen };
}

let server: TestServer;
let seen: ReturnType<typeof countViews>['seen'];
beforeAll(async () => {
  server = await startTestServer({
    records: [jiazeRecords()],
    wrap: (store) => {
      const counted = countViews(store);
      seen = counted.seen;
      return counted.wrapped;
    },
  });
});
afterAll(() => server.close());

describe('the request scope (signal, store view, loaders) is made when a resolver reads the graph', () => {
  it('makes no store view for a request that reads nothing', async () => {
    const before = seen.made;
    const { body } = await server.graphql('{ __typename }');
    expect(body).toEqual({ data: { __typename: 'Query' } });
    expect(seen.made).toBe(before);
  });

  it('makes one view for a request that reads, with a deadline signal, and releases it', async () => {
    const made = seen.made;
    const released = seen.released;
    const { body } = await server.graphql<{ towns: { name: string }[] }>(
      '{ towns { name district { name } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.towns.length).toBeGreaterThan(0);
    expect(seen.made).toBe(made + 1);
    expect(seen.released).toBe(released + 1);
    const signal = seen.signals.at(-1)!;
    // The default 10 s deadline, counted from the request's start.
    expect(remainingMs(signal)).toBeGreaterThan(5000);
    expect(remainingMs(signal)).toBeLessThanOrEqual(10_000);
  });
});

describe('withRequestScope', () => {
  it('counts the deadline from when the context was made, not from the first read', async () => {
    const store = await openStore({ backend: 'memory' });
    const context = withRequestScope(
      {},
      { store, request: new Request('http://localhost/'), timeoutMs: 400, maxReads: 10 },
    );
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(remainingMs(context.signal)).toBeLessThanOrEqual(150);
    expect(context.signal).toBe(context.signal);
    expect(context.loaders).toBe(context.loaders);
  });

  it('aborts its signal when the client goes away', async () => {
    const store = await openStore({ backend: 'memory' });
    const client = new AbortController();
    const request = new Request('http://localhost/', { signal: client.signal });
    const context = withRequestScope({}, { store, request, timeoutMs: 10_000, maxReads: 10 });
    const { signal } = context;
    expect(signal.aborted).toBe(false);
    client.abort();
    expect(signal.aborted).toBe(true);
  });

  it('hides its properties from Object.assign, which would otherwise make them all', async () => {
    const store = await openStore({ backend: 'memory' });
    const context = withRequestScope(
      { a: 1 },
      { store, request: new Request('http://localhost/'), timeoutMs: 1000, maxReads: 10 },
    );
    expect(Object.keys(Object.assign({}, context))).toEqual(['a']);
  });
});
