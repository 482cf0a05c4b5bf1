import { startNeo4j } from '../../tools/neo4j/start';
import { benchQueries, queryContext } from '../api-queries';
import { childCpuMicrosPerRequest, serveTowngraphBuilt, warmUp, type ChildServer } from '../built-server';
import { openNeo4jStore } from '../../store/neo4j';

/**
 * `npx tsx bench/peer/compare-trees.ts DATA_DIR ROUNDS REQUESTS TREE...`: opens the Neo4j
 * launcher data directory DATA_DIR (an imported corpus, bench/peer/import-corpus.ts) and
 * serves it through the built server of each checkout TREE (absolute paths, each built
 * with `npm run build`: `node TREE/bin/towngraph.js serve`, in a child process under
 * plain node, with its own store, so store changes count too); then prints each bench
 * query's CPU µs per request for each tree (the server process's every thread, requests
 * one at a time over loopback HTTP), the median of ROUNDS rounds of REQUESTS requests
 * (five times as many for `{ __typename }`), the trees taken in turns, every other round
 * in reverse, so that a shared machine's load falls on each alike.
 */
async function main(): Promise<void> {
  const [dataDir, roundsArgument, requestsArgument, ...trees] = process.argv.slice(2);
  const rounds = Number(roundsArgument);
  const requests = Number(requestsArgument);
  if (!dataDir || !Number.isInteger(rounds) || !Number.isInteger(requests) || trees.length === 0)
    throw new Error('usage: compare-trees.ts DATA_DIR ROUNDS REQUESTS TREE...');
  // A busy machine may take minutes to start a JVM on a database it has not opened before.
  const neo4j = await startNeo4j({ dataDir, readyTimeoutMs: 600_000 });
  const sides: ChildServer[] = [];
  try {
    const store = await openNeo4jStore({ uri: neo4j.uri });
    const context = await queryContext(store);
    await store.close();
    for (const tree of trees)
      sides.push(
        await serveTowngraphBuilt({ tree, args: ['--store', 'neo4j'], env: { NEO4J_URI: neo4j.uri } }),
      );
    const queries = benchQueries(context);
    // A database just opened is slow: warm each side up, answers or not.
    for (const side of sides) for (const query of queries) await warmUp(side, query, 40);
    const runs = new Map(queries.map((query) => [query.name, sides.map(() => [] as number[])]));
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order)
        for (const query of queries) {
          const count = query.name.startsWith('trivial') ? requests * 5 : requests;
          const cpu = await childCpuMicrosPerRequest({ server: side, query, requests: count });
          runs.get(query.name)![sides.indexOf(side)]!.push(Math.round(cpu));
        }
    }
    for (const [query, perTree] of runs) {
      const medians = perTree.map((values) => [...values].sort((a, b) => a - b)[values.length >> 1]!);
      process.stdout.write(`${JSON.stringify({ query, trees, medians, rounds: perTree })}\n`);
    }
  } finally {
    for (const side of sides) await side.close();
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `compare-trees: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
