import type { BenchQuery, QueryContext } from '../api-queries';
import { checkAgreement, type Agreement } from './agree';
import path from 'node:path';
import { childCpuMicrosPerRequest, serveBenchEntry, type ChildServer } from '../built-server';
import { peerQueries } from './peer-queries';
import { benchSideBySide, type SideBySide } from './side-by-side';

export interface BenchPeerOptions {
  /** towngraph's built server in its child process, already serving the database at neo4jUri. */
  towngraph: ChildServer;
  towngraphQueries: readonly BenchQuery[];
  context: QueryContext;
  neo4jUri: string;
  connections: number;
  seconds: number;
}

export interface CpuComparison {
  name: string;
  /**
   * CPU of each server's process per request, µs (every thread), requests sent one at a
   * time over loopback HTTP.
   */
  towngraphCpuMicros: number;
  peerCpuMicros: number;
  /** towngraph ÷ library: above 1, towngraph spends more. */
  cpuRatio: number;
}

/** Requests per query for the CPU figure: many for the trivial query, fewer for the rest. */
const CPU_REQUESTS = { trivial: 2000, other: 100 };

/**
 * Serves the same Neo4j database through `@neo4j/graphql` (in a child process under
 * plain node, as towngraph's built server runs), checks that both servers
 * answer each query alike, then loads them side by side and measures each one's CPU per
 * request. Throws before any timing when they disagree.
 */
export async function benchPeer(
  options: BenchPeerOptions,
): Promise<{ agreed: Agreement[]; cpu: CpuComparison[] } & SideBySide> {
  const peer = await serveBenchEntry(path.join(__dirname, 'peer-child.ts'), [options.neo4jUri]);
  try {
    const queries = peerQueries(options.context);
    const agreed = await checkAgreement({
      towngraphUrl: options.towngraph.url,
      peerUrl: peer.url,
      towngraph: options.towngraphQueries,
      peer: queries,
      context: options.context,
    });
    const sideBySide = await benchSideBySide({
      towngraphUrl: options.towngraph.url,
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
      const towngraphCpuMicros = await childCpuMicrosPerRequest({
        server: options.towngraph,
        query: ours,
        requests,
      });
      const peerCpuMicros = await childCpuMicrosPerRequest({ server: peer, query, requests });
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
