import { isDeepStrictEqual } from 'node:util';
import type { BenchQuery, QueryContext } from '../api-queries';
import { PEER_DIGESTS, SEARCH_EVERY_HIT, TOWNGRAPH_DIGESTS } from './digests';
import { postQuery } from './post-query';

export interface Agreement {
  name: string;
  /** What both servers answered, in the digest's form (names, counts, order). */
  digest: unknown;
}

/** Every search hit from each server (at most 100, towngraph's page limit), to compare as sets. */
function everyHit(context: QueryContext): { towngraph: BenchQuery; peer: BenchQuery } {
  return {
    towngraph: {
      name: SEARCH_EVERY_HIT,
      query: 'query ($text: String!) { search(text: $text, first: 100) { node { id } } }',
      variables: { text: context.searchText },
    },
    peer: {
      name: SEARCH_EVERY_HIT,
      query:
        'query ($phrase: String!) { searchNames(phrase: $phrase, first: 100) { edges { node { id } } } }',
      variables: { phrase: `"${context.searchText}"` },
    },
  };
}

/**
 * Sends each query to both servers once and throws unless their answers agree (same
 * names, statuses, figures and counts, in the same order where order is asked for), so
 * that the timings that follow compare the same work. Returns what they agreed on.
 */
export async function checkAgreement(options: {
  towngraphUrl: string;
  peerUrl: string;
  towngraph: readonly BenchQuery[];
  peer: readonly BenchQuery[];
  context: QueryContext;
}): Promise<Agreement[]> {
  const pairs = options.peer.map((peer) => {
    const towngraph = options.towngraph.find((query) => query.name === peer.name);
    if (!towngraph) throw new Error(`towngraph's bench has no query named ${peer.name}`);
    return { towngraph, peer };
  });
  pairs.push(everyHit(options.context));
  const agreed: Agreement[] = [];
  for (const { towngraph, peer } of pairs) {
    const ours = TOWNGRAPH_DIGESTS[peer.name]!(await postQuery(options.towngraphUrl, towngraph));
    const theirs = PEER_DIGESTS[peer.name]!(await postQuery(options.peerUrl, peer));
    if (!isDeepStrictEqual(ours, theirs)) {
      throw new Error(
        `${peer.name}: towngraph and @neo4j/graphql disagree\n  towngraph: ${JSON.stringify(ours)}\n  peer:      ${JSON.stringify(theirs)}`,
      );
    }
    agreed.push({ name: peer.name, digest: ours });
  }
  return agreed;
}
