import type { BenchQuery, QueryContext } from '../api-queries';
import { checkAgreement, type Agreement } from './agree';
import { peerQueries } from './peer-queries';
import { servePeer } from './serve-peer';
import { benchSideBySide, type SideBySide } from './side-by-side';

export interface BenchPeerOptions {
  /** towngraph's GraphQL endpoint, already serving the database at neo4jUri. */
  towngraphUrl: string;
  towngraphQueries: readonly BenchQuery[];
  context: QueryContext;
  neo4jUri: string;
  connections: number;
  seconds: number;
}

/**
 * Serves the same Neo4j database through `@neo4j/graphql`, checks that both servers
 * answer each query alike, then loads them side by side. Throws before any timing when
 * they disagree.
 */
export async function benchPeer(options: BenchPeerOptions): Promise<{ agreed: Agreement[] } & SideBySide> {
  const peer = await servePeer({ uri: options.neo4jUri });
  try {
    const queries = peerQueries(options.context);
    const agreed = await checkAgreement({
      towngraphUrl: options.towngraphUrl,
      peerUrl: peer.url,
      towngraph: options.towngraphQueries,
      peer: queries,
      context: options.context,
    });
    const sideBySide = await benchSideBySide({
      towngraphUrl: options.towngraphUrl,
      peerUrl: peer.url,
      towngraph: options.towngraphQueries,
      peer: queries,
      connections: options.connections,
      seconds: options.seconds,
    });
    return { agreed, ...sideBySide };
  } finally {
    await peer.close();
  }
}
