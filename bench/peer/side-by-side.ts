import { benchApi, type ApiFigures } from '../api';
import type { BenchQuery } from '../api-queries';

export interface PeerComparison {
  name: string;
  towngraphRequestsPerSecond: number;
  peerRequestsPerSecond: number;
  /** towngraph ÷ @neo4j/graphql requests/s: above 1, towngraph is faster. */
  throughputRatio: number;
  towngraphP99Ms: number;
  peerP99Ms: number;
  /** Each server's throughput on this query as a share of its own `{ __typename }`. */
  towngraphRatioToTrivial: number;
  peerRatioToTrivial: number;
}

export interface SideBySide {
  towngraph: ApiFigures[];
  peer: ApiFigures[];
  comparisons: PeerComparison[];
}

/**
 * Loads both servers one query at a time, towngraph then the peer for each query in
 * turn, so that the machine's load drifts over both alike rather than over one server's
 * whole run. A towngraph query the peer cannot express (trace) is measured alone.
 * Every query first loads its server as long and with as many connections, unmeasured:
 * otherwise the first query after `{ __typename }` (the town) paid for the driver's pool
 * growing to 32 connections and for a cold JVM, and measured that rather than itself (a
 * database just opened takes a minute or two of load before Neo4j's CPU per statement
 * settles, bench/peer/statement-load.ts).
 */
export async function benchSideBySide(options: {
  towngraphUrl: string;
  peerUrl: string;
  towngraph: readonly BenchQuery[];
  peer: readonly BenchQuery[];
  connections: number;
  seconds: number;
}): Promise<SideBySide> {
  const load = { connections: options.connections, seconds: options.seconds };
  const towngraph: ApiFigures[] = [];
  const peer: ApiFigures[] = [];
  await benchApi({ url: options.towngraphUrl, queries: options.towngraph, ...load });
  await benchApi({ url: options.peerUrl, queries: options.peer, ...load });
  for (const query of options.towngraph) {
    towngraph.push(...(await benchApi({ url: options.towngraphUrl, queries: [query], ...load })));
    const counterpart = options.peer.find((candidate) => candidate.name === query.name);
    if (counterpart)
      peer.push(...(await benchApi({ url: options.peerUrl, queries: [counterpart], ...load })));
  }
  shareOfTrivial(towngraph);
  shareOfTrivial(peer);
  const comparisons = peer.map((theirs) => {
    const ours = towngraph.find((figure) => figure.name === theirs.name)!;
    return {
      name: theirs.name,
      towngraphRequestsPerSecond: ours.requestsPerSecond,
      peerRequestsPerSecond: theirs.requestsPerSecond,
      throughputRatio: theirs.requestsPerSecond > 0 ? ours.requestsPerSecond / theirs.requestsPerSecond : 0,
      towngraphP99Ms: ours.p99Ms,
      peerP99Ms: theirs.p99Ms,
      towngraphRatioToTrivial: ours.ratioToTrivial,
      peerRatioToTrivial: theirs.ratioToTrivial,
    };
  });
  return { towngraph, peer, comparisons };
}

/** The first figure is `{ __typename }`; every figure's throughput as a share of it. */
function shareOfTrivial(figures: ApiFigures[]): void {
  const trivial = figures[0]?.requestsPerSecond ?? 0;
  for (const figure of figures) figure.ratioToTrivial = trivial > 0 ? figure.requestsPerSecond / trivial : 0;
}
