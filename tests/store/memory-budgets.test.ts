import { TimeoutError, WorkLimitError } from '../../schema/errors';
import { deadlineSignal } from '../../store/deadline';
import type { GraphStore } from '../../store/graph-store';
import { openStore } from '../../store';
import { scaledRecords } from '../api/scaled-fixture';

/** The embedded store's walks stop at their budgets and at the request's deadline. */
let store: GraphStore;
const CITY = 'place:990000';

beforeAll(async () => {
  store = await openStore({ backend: 'memory' });
  await store.loadDocument(scaledRecords(40));
});
afterAll(() => store.close());

function expired(): AbortSignal {
  const controller = new AbortController();
  controller.abort();
  return controller.signal;
}

describe('memory store budgets and deadline', () => {
  it('keeps the nearest nodes of a neighbourhood at its node budget and says truncated', async () => {
    const whole = await store.neighbourhood(CITY, 3);
    expect(whole.truncated).toBe(false);
    expect(whole.nodes.length).toBeGreaterThan(100);
    const cut = await store.neighbourhood(CITY, 3, { maxNodes: 10 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(10);
    expect(cut.nodes.map((node) => node.id)).toEqual(whole.nodes.slice(0, 10).map((node) => node.id));
  });

  it('gives up a path search past its visit budget', async () => {
    const request = { from: 'project:scaled-甲0', to: 'project:scaled-乙39', maxHops: 6 };
    expect((await store.findPaths(request)).length).toBeGreaterThan(0);
    await expect(store.findPaths({ ...request, maxVisited: 20 })).rejects.toBeInstanceOf(WorkLimitError);
  });

  it('stops its loops once the signal has aborted', async () => {
    await expect(store.neighbourhood(CITY, 3, { signal: expired() })).rejects.toBeInstanceOf(TimeoutError);
    await expect(
      store.findPaths({
        from: 'project:scaled-甲0',
        to: 'project:scaled-乙39',
        maxHops: 6,
        signal: expired(),
      }),
    ).rejects.toBeInstanceOf(TimeoutError);
    await expect(store.search({ text: '项目', signal: expired() })).rejects.toBeInstanceOf(TimeoutError);
  });

  it('reads the clock, not only the timer, in a walk that never yields', async () => {
    const signal = deadlineSignal(50);
    const until = Date.now() + 60;
    while (Date.now() < until); // the timer cannot fire while this runs: the deadline has passed all the same
    await expect(store.neighbourhood(CITY, 3, { signal })).rejects.toBeInstanceOf(TimeoutError);
  });
});
