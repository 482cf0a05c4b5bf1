import type { GraphStore } from '../../store/graph-store';
import { scaledRecords } from './fixtures';
import { startTestServer, type TestServer } from './harness';

/**
 * A request past its deadline ends with TIMEOUT, and its work stops: no store call is
 * made for it afterwards. The store here answers each edge call after 40 ms, so a walk
 * down the place tree outlives a 100 ms deadline.
 */
const STEP_MS = 40;
let server: TestServer;
let edgeCalls = 0;

function slowEdges(inner: GraphStore): GraphStore {
  return new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== 'getRelationships' || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        edgeCalls += 1;
        await new Promise((resolve) => setTimeout(resolve, STEP_MS));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

beforeAll(async () => {
  server = await startTestServer({
    records: [scaledRecords(30)],
    wrap: slowEdges,
    config: { limits: { requestTimeoutMs: 100 } },
  });
});
afterAll(() => server.close());

describe('request deadline', () => {
  it('ends a walk past the deadline with TIMEOUT and makes no store call after it', async () => {
    const started = performance.now();
    const { status, body } = await server.graphql(
      '{ towns { ancestors { name } district { name } city { name } projects { name } targets(includeUnder: true) { name } } stats { places { counts { count } } } }',
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(body.errors?.map((error) => error.extensions?.code)).toContain('TIMEOUT');
    expect(status).toBe(504);
    const callsAtAnswer = edgeCalls;
    await new Promise((resolve) => setTimeout(resolve, 5 * STEP_MS));
    expect(edgeCalls).toBe(callsAtAnswer);
  });

  it('answers a quick request on the same server', async () => {
    const { body } = await server.graphql('{ stats { total } }');
    expect(body.errors).toBeUndefined();
  });
});
