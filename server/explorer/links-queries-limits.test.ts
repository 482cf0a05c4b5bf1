import { createServer, serverConfigFromEnv, type TowngraphServer } from '../index';
import { openStore, type GraphStore } from '../../store';
import * as queries from './src/links-queries';
import { LINKS_PAGE } from './src/links-panel';
import { COMPARE_PAGE } from './src/compare-panel';

/**
 * The links and comparison panels' operations pass the server's query limits at their
 * defaults, with the page sizes the panels ask for. On an empty store the only error
 * allowed is NOT_FOUND for the ids asked about: validation and limits come first.
 */
describe('links and comparison queries within the server limits', () => {
  let store: GraphStore;
  let server: TowngraphServer;

  beforeAll(async () => {
    store = await openStore({ backend: 'memory' });
    server = createServer({ store, config: serverConfigFromEnv({}), explorer: false });
  });
  afterAll(() => store.close());

  const operations: [string, string, Record<string, unknown>][] = [
    ['town links', queries.TOWN_LINKS_QUERY, { town: 'place:320412119', first: LINKS_PAGE }],
    ['project links', queries.PROJECT_LINKS_QUERY, { project: 'project:x', first: LINKS_PAGE }],
    [
      'compare towns',
      queries.COMPARE_TOWNS_QUERY,
      { under: 'place:320412', year: 2021, first: COMPARE_PAGE },
    ],
    ['comparable places', queries.COMPARE_PLACES_QUERY, {}],
  ];

  it.each(operations)('%s passes validation and the limits', async (_name, query, variables) => {
    const response = await server.yoga.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const refusals = (body.errors ?? []).filter((e) => e.extensions?.code !== 'NOT_FOUND');
    expect(refusals).toEqual([]);
    expect(response.status).not.toBe(400);
  });
});
