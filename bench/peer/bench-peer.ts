import type { BenchQuery, QueryContext } from '../api-queries';
import { checkAgreement, type Agreement } from './agree';
import { cpuMicrosPerRequest, type FetchLike } from './floor-cpu';
import { peerQueries } from './peer-queries';
import { servePeer } from './serve-peer';
import { benchSideBySide, type SideBySide } from './side-by-side';

export interface BenchPeerOptions {
  /** towngraph's GraphQL endpoint, already serving the database at neo4jUri. */
  towngraphUrl: string;
  /** The same towngraph server in-process (yoga's fetch). */
  towngraphFetch: FetchLike;
  towngraphQueries: readonly BenchQuery[];
  context: QueryContext;
  neo4jUri: string;
  connections: number;
  seconds: number;
}

export interface CpuComparison {
  name: string;
  /** CPU of the bench process per request, µs, one request at a time in-process. */
  towngraphCpuMicros: number;
  peerCpuMicros: number;
  /** towngraph ÷ library: above 1, towngraph spends more. */
  cpuRatio: number;
}

/** Requests per query for the CPU figure: many for the trivial query, fewer for the rest. */
const CPU_REQUESTS = { trivial: 2000, other: 100 };

/**
 * Serves the same Neo4j database through `@neo4j/graphql`, checks that both servers
 * answer each query alike, then loads them side by side and measures each one's CPU per
 * request. Throws before any timing when they disagree.
 */
export async function benchPeer(
  options: BenchPeerOptions,
): Promise<{ agreed: Agreement[]; cpu: CpuComparison[] } & SideBySide> {
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
    const cpu: CpuComparison[] = [];
    for (const [index, query] of queries.entries()) {
      const ours = options.towngraphQueries.find((candidate) => candidate.name === query.name)!;
      const requests = index === 0 ? CPU_REQUESTS.trivial : CPU_REQUESTS.other;
      const towngraphCpuMicros = await cpuMicrosPerRequest({
        fetch: options.towngraphFetch,
        query: ours,
        requests,
      });
      const peerCpuMicros = await cpuMicrosPerRequest({ fetch: peer.fetch, query, requests });
      cpu.push({
        name: query.name,
        towngraphCpuMicros,
        peerCpuMicros,
        cpuRatio: towngraphCpuMicros / peerCpuMicros,
      });
    }
    return { agreed, cpu, ...sideBySide };
  } finally {
    await peer.close();
  }
}
