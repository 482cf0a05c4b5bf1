import type { TowngraphServer } from '../../server';
import type { GraphStore } from '../../store/graph-store';
import { openStore } from '../../store';
import { useNeo4j } from '../neo4j/neo4j-server';
import { ask, loadSeeds, QUERIES, serve } from './graphql-queries';

/**
 * The backends agree where users see them: the seeds loaded into the embedded store and
 * into a real Neo4j give the same answers to the same GraphQL queries.
 */

async function serveSeeds(store: GraphStore): Promise<{ url: string; server: TowngraphServer }> {
  await loadSeeds(store);
  return serve(store);
}

describe('the seeds over GraphQL on both backends', () => {
  const neo4j = useNeo4j();
  const servers: { url: string; server: TowngraphServer; store: GraphStore }[] = [];

  beforeAll(async () => {
    for (const store of [await openStore({ backend: 'memory' }), await neo4j.openEmpty()]) {
      servers.push({ ...(await serveSeeds(store)), store });
    }
  }, 300_000);

  afterAll(async () => {
    for (const { server, store } of servers) {
      await server.close();
      await store.close();
    }
  });

  it('answers the towns with their real districts', async () => {
    const data = (await ask(servers[0]!.url, 'towns')) as {
      towns: { name: string; district: { name: string } }[];
    };
    const districts = Object.fromEntries(data.towns.map((t) => [t.name, t.district.name]));
    expect(districts).toMatchObject({
      嘉泽镇: '武进区',
      湖塘镇: '武进区',
      郑陆镇: '天宁区',
      平望镇: '吴江区',
    });
  });

  it.each(Object.keys(QUERIES))('%s: the same answer from the embedded store and Neo4j', async (name) => {
    const [memory, neo4jAnswer] = await Promise.all(servers.map(({ url }) => ask(url, name)));
    expect(JSON.stringify(memory)).not.toMatch(/^(null|\{\})$/);
    // Every list these queries ask for has a defined order (search ranking, shortest paths
    // first, sorted listings, provenance by document and offset), so order is compared too.
    expect(neo4jAnswer).toEqual(memory);
  });
});
