import { createServer, serverConfigFromEnv, type TowngraphServer } from '../index';
import { openStore, type GraphStore } from '../../store';
import { COMPARE_PAGE } from './src/compare-panel';
import { LINKS_PAGE } from './src/links-panel';
import * as links from './src/links-queries';
import { PLACE_METRICS_QUERY, SCORECARD_QUERY, TIMELINE_QUERY } from './src/outcome-queries';
import * as queries from './src/queries';

interface Answer {
  status: number;
  body: { errors?: { message: string; extensions?: { code?: string } }[]; data?: unknown };
}

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

  async function ask(query: string, variables: Record<string, unknown>): Promise<Answer> {
    const response = await server.yoga.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }

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
    const { status, body } = await ask(query, variables);
    const refusals = (body.errors ?? []).filter((e) => e.extensions?.code !== 'NOT_FOUND');
    expect(refusals).toEqual([]);
    // Limit refusals answer 400; NOT_FOUND answers 404 with the data it has.
    expect(status).not.toBe(400);
    expect(body.data).toBeDefined();
  });

  // The links and comparison panels, with the page sizes they ask for.
  const linkOperations: [string, string, Record<string, unknown>][] = [
    ['town links', links.TOWN_LINKS_QUERY, { town: 'place:320412119', first: LINKS_PAGE }],
    ['project links', links.PROJECT_LINKS_QUERY, { project: 'project:x', first: LINKS_PAGE }],
    ['compare towns', links.COMPARE_TOWNS_QUERY, { under: 'place:320412', year: 2021, first: COMPARE_PAGE }],
    ['comparable places', links.COMPARE_PLACES_QUERY, {}],
  ];

  it.each(linkOperations)('%s passes validation and the limits', async (_name, query, linkVariables) => {
    const { status, body } = await ask(query, linkVariables);
    const refusals = (body.errors ?? []).filter((e) => e.extensions?.code !== 'NOT_FOUND');
    expect(refusals).toEqual([]);
    expect(status).not.toBe(400);
  });

  // The goals-against-outcomes section: a section the server refuses would stay empty.
  it.each([
    ['place metrics', PLACE_METRICS_QUERY],
    ['timeline', TIMELINE_QUERY],
    ['scorecard', SCORECARD_QUERY],
  ])('%s passes validation and the limits', async (_name, query) => {
    const { status, body } = await ask(query, { id: 'place:320509105', metricKey: 'gdp', year: 2023 });
    expect(body.errors ?? []).toEqual([]);
    expect(status).toBe(200);
    expect(body.data).toBeDefined();
  });
});
