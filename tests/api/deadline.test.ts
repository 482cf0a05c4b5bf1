import type { GraphStore } from '../../store/graph-store';
import { scaledRecords } from './fixtures';
import { startTestServer, type TestServer } from './harness';

/**
 * A request past its deadline ends with TIMEOUT, and its work stops: no store call is
 * made for it afterwards. The store here answers each edge call after 40 ms, so a walk
 * down the place tree outlives a 100 ms deadline. The same walk on a server with a
 * generous deadline says how many edge calls the whole answer takes; the cut request
 * must have made fewer. Work is counted in store calls, not wall-clock time, so a busy
 * machine cannot fail the test.
 */
const STEP_MS = 40;
const WALK =
  '{ towns { ancestors { name } district { name } city { name } projects { name } targets(includeUnder: true) { name } } stats { places { counts { count } } } }';

interface CountedServer {
  server: TestServer;
  calls: () => number;
}

async function countedServer(requestTimeoutMs: number): Promise<CountedServer> {
  let calls = 0;
  const slowEdges = (inner: GraphStore): GraphStore =>
    new Proxy(inner, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (property !== 'getRelationships' || typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          calls += 1;
          await new Promise((resolve) => setTimeout(resolve, STEP_MS));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  const server = await startTestServer({
    records: [scaledRecords(30)],
    wrap: slowEdges,
    config: { limits: { requestTimeoutMs } },
  });
  return { server, calls: () => calls };
}

let tight: CountedServer;
let generous: CountedServer;

beforeAll(async () => {
  tight = await countedServer(100);
  generous = await countedServer(60_000);
});
afterAll(async () => {
  await tight.server.close();
  await generous.server.close();
});

describe('request deadline', () => {
  it('ends a walk past the deadline with TIMEOUT and makes no store call after it', async () => {
    const whole = await generous.server.graphql(WALK);
    expect(whole.body.errors).toBeUndefined();
    const callsForWholeWalk = generous.calls();

    const { status, body } = await tight.server.graphql(WALK);
    expect(body.errors?.map((error) => error.extensions?.code)).toContain('TIMEOUT');
    expect(status).toBe(504);
    const callsAtAnswer = tight.calls();
    expect(callsAtAnswer).toBeLessThan(callsForWholeWalk);
    await new Promise((resolve) => setTimeout(resolve, 5 * STEP_MS));
    expect(tight.calls()).toBe(callsAtAnswer);
  });

  it('answers a quick request on the same server', async () => {
    const { body } = await tight.server.graphql('{ stats { total } }');
    expect(body.errors).toBeUndefined();
  });
});
