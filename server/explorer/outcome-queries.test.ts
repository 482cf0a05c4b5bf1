import { createServer, serverConfigFromEnv } from '../index';
import { openStore, type GraphStore } from '../../store';
import { PLACE_METRICS_QUERY, SCORECARD_QUERY, TIMELINE_QUERY } from './src/outcome-queries';

/**
 * The goals-against-outcomes operations of the page pass the schema and the server's
 * default limits (cost, depth, aliases): a section the server refuses would stay empty.
 */
describe('explorer outcome queries within the server limits', () => {
  let store: GraphStore;
  let server: ReturnType<typeof createServer>;

  beforeAll(async () => {
    store = await openStore({ backend: 'memory' });
    server = createServer({ store, config: serverConfigFromEnv({}), explorer: false });
  });
  afterAll(() => store.close());

  it.each([
    ['place metrics', PLACE_METRICS_QUERY],
    ['timeline', TIMELINE_QUERY],
    ['scorecard', SCORECARD_QUERY],
  ])('%s passes validation and the limits', async (_name, query) => {
    const response = await server.yoga.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { id: 'place:320509105', metricKey: 'gdp', year: 2023 } }),
    });
    const body = (await response.json()) as { errors?: { message: string }[]; data?: unknown };
    expect(body.errors ?? []).toEqual([]);
    expect(response.status).toBe(200);
    expect(body.data).toBeDefined();
  });
});
