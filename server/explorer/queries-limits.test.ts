import { createServer, serverConfigFromEnv, type TowngraphServer } from '../index';
import { openStore, type GraphStore } from '../../store';
import * as queries from './src/queries';

/**
 * Every operation the page sends must pass the server's own query limits (cost, depth,
 * aliases, tokens) at their defaults; a card that the server refuses would show nothing.
 * The store is empty: the limits are checked before execution, whatever the graph holds,
 * so the one error allowed is the resolvers' NOT_FOUND for the ids asked about, which
 * shows the operation got past validation and the limits.
 */
describe('explorer queries within the server limits', () => {
  let store: GraphStore;
  let server: TowngraphServer;

  beforeAll(async () => {
    store = await openStore({ backend: 'memory' });
    server = createServer({ store, config: serverConfigFromEnv({}), explorer: false });
  });
  afterAll(() => store.close());

  const variables = {
    id: 'place:320412119',
    text: '嘉泽',
    kinds: ['PLACE'],
    first: 40,
    depth: 2,
    from: 'place:1',
    to: 'place:2',
    maxHops: 5,
  };
  const operations: [string, string][] = [
    ['search', queries.SEARCH_QUERY],
    ['entity', queries.ENTITY_QUERY],
    ['neighbourhood', queries.NEIGHBOURHOOD_QUERY],
    ['trace', queries.TRACE_QUERY],
    ['towns', queries.TOWNS_QUERY],
    ...queries.DETAIL_KINDS.map((kind): [string, string] => [
      `${kind} details`,
      queries.detailQuery(kind) ?? '',
    ]),
  ];

  it.each(operations)('%s passes validation and the limits', async (_name, query) => {
    const response = await server.yoga.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
      data?: unknown;
    };
    const refusals = (body.errors ?? []).filter((e) => e.extensions?.code !== 'NOT_FOUND');
    expect(refusals).toEqual([]);
    // Limit refusals answer 400; NOT_FOUND answers 404 with the data it has.
    expect(response.status).not.toBe(400);
    expect(body.data).toBeDefined();
  });
});
