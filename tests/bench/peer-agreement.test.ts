import { benchQueries, type QueryContext } from '../../bench/api-queries';
import { checkAgreement } from '../../bench/peer/agree';
import { peerQueries } from '../../bench/peer/peer-queries';
import { servePeer, type PeerServer } from '../../bench/peer/serve-peer';
import type { TowngraphServer } from '../../server';
import type { GraphStore } from '../../store/graph-store';
import { loadSeeds, serve } from '../contract/graphql-queries';
import { useNeo4j } from '../neo4j/neo4j-server';

/**
 * The bench's peer (bench/peer) is only an honest comparison if `@neo4j/graphql`, over the
 * same database, answers the bench's queries as towngraph does: checked here on the seeds.
 */
const CONTEXT: QueryContext = {
  townA: 'place:320412119', // 嘉泽镇
  townB: 'place:320412100', // 湖塘镇
  searchText: '嘉泽',
  year: 2021,
};

describe('towngraph and @neo4j/graphql over the same Neo4j', () => {
  const neo4j = useNeo4j();
  let store: GraphStore;
  let towngraph: { url: string; server: TowngraphServer };
  let peer: PeerServer;

  beforeAll(async () => {
    store = await neo4j.openEmpty();
    await loadSeeds(store);
    towngraph = await serve(store);
    peer = await servePeer({ uri: neo4j.uri });
  }, 300_000);

  afterAll(async () => {
    await peer?.close();
    await towngraph?.server.close();
    await store?.close();
  });

  it('answer every bench query alike: names, figures, counts and order', async () => {
    const agreed = await checkAgreement({
      towngraphUrl: towngraph.url,
      peerUrl: peer.url,
      towngraph: benchQueries(CONTEXT),
      peer: peerQueries(CONTEXT),
      context: CONTEXT,
    });
    const digest = Object.fromEntries(agreed.map((a) => [a.name, a.digest]));
    expect(Object.keys(digest)).toEqual([
      'trivial { __typename }',
      'a town with its projects',
      'search',
      'a page of projects',
      'targets of a year',
      'search, every hit',
    ]);
    // The answers compared are not empty, so agreeing means something.
    const town = digest['a town with its projects'] as {
      name: string;
      district: { name: string };
      projects: unknown[];
    };
    expect(town.name).toBe('嘉泽镇');
    expect(town.district.name).toBe('武进区');
    expect(town.projects.length).toBeGreaterThan(0);
    expect(digest['search, every hit']).toContain('place:320412119');
    expect((digest['targets of a year'] as { totalCount: number }).totalCount).toBeGreaterThan(0);
    expect((digest['a page of projects'] as { nodes: unknown[] }).nodes.length).toBeGreaterThan(0);
  });

  it('refuses to time servers that answer differently', async () => {
    const otherTown = peerQueries({ ...CONTEXT, townA: CONTEXT.townB });
    await expect(
      checkAgreement({
        towngraphUrl: towngraph.url,
        peerUrl: peer.url,
        towngraph: benchQueries(CONTEXT),
        peer: otherTown,
        context: CONTEXT,
      }),
    ).rejects.toThrow('a town with its projects: towngraph and @neo4j/graphql disagree');
  });
});
