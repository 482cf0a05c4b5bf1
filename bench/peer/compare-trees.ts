import pino from 'pino';
import { startNeo4j } from '../../tools/neo4j/start';
import { benchQueries, queryContext, type QueryContext } from '../api-queries';
import { postInProcess } from './captured-statements';
import { cpuMicrosPerRequest, type FetchLike } from './floor-cpu';

/**
 * `npx tsx bench/peer/compare-trees.ts DATA_DIR ROUNDS REQUESTS TREE...`: opens the Neo4j
 * launcher data directory DATA_DIR (an imported corpus, bench/peer/import-corpus.ts) and
 * serves it through the towngraph server of each checkout TREE (absolute paths, each
 * with its own store, so store changes count too), in this process; then prints each
 * bench query's CPU µs per request for each tree (in-process, one at a time, as
 * floor-cpu.ts measures), the median of ROUNDS rounds of REQUESTS requests (five times
 * as many for `{ __typename }`), the trees taken in turns, every other round in reverse,
 * so that a shared machine's load falls on each alike.
 */
async function main(): Promise<void> {
  const [dataDir, roundsArgument, requestsArgument, ...trees] = process.argv.slice(2);
  const rounds = Number(roundsArgument);
  const requests = Number(requestsArgument);
  if (!dataDir || !Number.isInteger(rounds) || !Number.isInteger(requests) || trees.length === 0)
    throw new Error('usage: compare-trees.ts DATA_DIR ROUNDS REQUESTS TREE...');
  const neo4j = await startNeo4j({ dataDir });
  try {
    const sides: { fetch: FetchLike; close: () => Promise<void> }[] = [];
    let context: QueryContext | undefined;
    for (const tree of trees) {
      const serverModule = (await import(`${tree}/server`)) as typeof import('../../server');
      const storeModule = (await import(`${tree}/store/neo4j`)) as typeof import('../../store/neo4j');
      const store = await storeModule.openNeo4jStore({ uri: neo4j.uri });
      context ??= await queryContext(store);
      const server = serverModule.createServer({
        store,
        config: serverModule.completeServerConfig({ port: 0 }),
        explorer: false,
        logger: pino({ level: 'silent' }),
      });
      sides.push({
        fetch: (request) => server.yoga.fetch(request),
        close: async () => {
          await server.close();
          await store.close();
        },
      });
    }
    const queries = benchQueries(context!);
    // A database just opened is slow: warm each side up, answers or not.
    for (const side of sides)
      for (const query of queries) for (let i = 0; i < 40; i += 1) await postInProcess(side.fetch, query);
    const runs = new Map(queries.map((query) => [query.name, sides.map(() => [] as number[])]));
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order)
        for (const query of queries) {
          const count = query.name.startsWith('trivial') ? requests * 5 : requests;
          const cpu = await cpuMicrosPerRequest({ fetch: side.fetch, query, requests: count });
          runs.get(query.name)![sides.indexOf(side)]!.push(Math.round(cpu));
        }
    }
    for (const [query, perTree] of runs) {
      const medians = perTree.map((values) => [...values].sort((a, b) => a - b)[values.length >> 1]!);
      process.stdout.write(`${JSON.stringify({ query, trees, medians, rounds: perTree })}\n`);
    }
    for (const side of sides) await side.close();
  } finally {
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `compare-trees: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
