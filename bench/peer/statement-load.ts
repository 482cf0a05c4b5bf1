import pino from 'pino';
import neo4j, { type Driver } from 'neo4j-driver';
import { createServer, completeServerConfig } from '../../server';
import { noAuth } from '../../store/neo4j/open-store';
import { benchQueries, queryContext } from '../api-queries';
import { jvmCpuSeconds } from '../jvm-cpu';
import { captureStatements, postInProcess, type Sent } from './captured-statements';
import { withLoadedNeo4j } from './loaded-neo4j';

/**
 * `npx tsx bench/peer/statement-load.ts [documents] [seconds] [rounds] [query name …]`:
 * Neo4j's side of a request alone. For each bench query (or those named), captures the
 * statements towngraph sends for one request; then, `rounds` times over, sends each
 * query's statements straight through the driver (no GraphQL) from 32 concurrent senders
 * for `seconds`, beside `RETURN 1` sent the same way (Neo4j's floor: a transaction and a
 * Bolt round trip), and prints the requests/s and Neo4j's CPU per request (the launcher's
 * JVM, from /proc: what the statement costs the server whatever this process costs).
 * The rounds show the JVM warming up: on a freshly opened database the first thousands
 * of statements each cost several times what they cost later. With
 * `TOWNGRAPH_BENCH_NEO4J_DIR` set it opens that database, as profile-queries.ts does.
 */
/** A statement as sent again: its text and parameters. */
type Statement = Pick<Sent, 'text' | 'parameters'>;

/** Requests (each the statements in turn) per second from 32 concurrent senders. */
async function concurrent(
  driver: Driver,
  statements: readonly Statement[],
  seconds: number,
  neo4jCpu: () => number,
): Promise<{ perSecond: number; neo4jCpuMicros: number }> {
  const cpuBefore = neo4jCpu();
  const end = performance.now() + seconds * 1000;
  let done = 0;
  const sender = async (): Promise<void> => {
    while (performance.now() < end) {
      for (const s of statements)
        await driver.executeQuery(s.text, s.parameters, { routing: neo4j.routing.READ });
      done += 1;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: 32 }, sender));
  const neo4jCpuMicros = Math.round(((neo4jCpu() - cpuBefore) * 1e6) / Math.max(1, done));
  return { perSecond: Math.round(done / ((performance.now() - start) / 1000)), neo4jCpuMicros };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100);
  const seconds = Number(process.argv[3] ?? 5);
  const rounds = Number(process.argv[4] ?? 3);
  const names = process.argv.slice(5);
  await withLoadedNeo4j(count, async ({ server, store }) => {
    const neo4jCpu = jvmCpuSeconds();
    const context = await queryContext(store);
    const towngraph = createServer({
      store,
      config: completeServerConfig({ port: 0 }),
      explorer: false,
      logger: pino({ level: 'silent' }),
    });
    const driver = neo4j.driver(server.uri, noAuth(), { maxConnectionPoolSize: 64 });
    const { sent } = captureStatements();
    const floor = [{ text: 'RETURN 1 AS one', parameters: {} }];
    const measured: { name: string; statements: Statement[] }[] = [];
    for (const query of benchQueries(context)) {
      if (query.name.startsWith('trivial')) {
        measured.push({ name: 'RETURN 1', statements: floor });
        continue;
      }
      if (names.length > 0 && !names.some((name) => query.name.includes(name))) continue;
      await postInProcess(towngraph.yoga.fetch, query);
      sent.length = 0;
      await postInProcess(towngraph.yoga.fetch, query);
      measured.push({ name: query.name, statements: sent.splice(0) });
    }
    for (let round = 1; round <= rounds; round += 1) {
      for (const { name, statements } of measured) {
        const figures = await concurrent(driver, statements, seconds, neo4jCpu);
        process.stdout.write(
          `${JSON.stringify({ round, query: name, statements: statements.length, ...figures })}\n`,
        );
      }
    }
    await driver.close();
    await towngraph.close();
    await store.close();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
