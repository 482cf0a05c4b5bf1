import { readdirSync, readFileSync } from 'node:fs';
import pino from 'pino';
import neo4j, { Session, Transaction, type Driver } from 'neo4j-driver';
import { createServer, completeServerConfig } from '../../server';
import { noAuth } from '../../store/neo4j/open-store';
import { benchQueries, queryContext } from '../api-queries';
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
interface Sent {
  text: string;
  parameters: Record<string, unknown>;
}

function captureStatements(): Sent[] {
  const sent: Sent[] = [];
  const txRun = Transaction.prototype.run;
  Transaction.prototype.run = function (this: Transaction, text: never, parameters?: never) {
    sent.push({ text, parameters: parameters ?? {} });
    return txRun.call(this, text, parameters);
  } as typeof txRun;
  const sessionRun = Session.prototype.run;
  Session.prototype.run = function (this: Session, text: never, parameters?: never, config?: never) {
    sent.push({ text, parameters: parameters ?? {} });
    return sessionRun.call(this, text, parameters, config);
  } as typeof sessionRun;
  return sent;
}

/** The launcher's JVM: the java process this one started. */
function neo4jPid(): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const [command, rest] = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ');
      if (command!.endsWith('(java') && Number(rest!.split(' ')[1]) === process.pid) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  throw new Error('no java process started by this one');
}

/** CPU ms a process has used (user + system; clock ticks at 100 Hz). */
function cpuMillis(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Requests (each the statements in turn) per second from 32 concurrent senders. */
async function concurrent(
  driver: Driver,
  statements: Sent[],
  seconds: number,
  pid: number,
): Promise<{ perSecond: number; neo4jCpuMicros: number }> {
  const cpuBefore = cpuMillis(pid);
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
  const neo4jCpuMicros = Math.round(((cpuMillis(pid) - cpuBefore) * 1000) / Math.max(1, done));
  return { perSecond: Math.round(done / ((performance.now() - start) / 1000)), neo4jCpuMicros };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100);
  const seconds = Number(process.argv[3] ?? 5);
  const rounds = Number(process.argv[4] ?? 3);
  const names = process.argv.slice(5);
  await withLoadedNeo4j(count, async ({ server, store }) => {
    const pid = neo4jPid();
    const context = await queryContext(store);
    const towngraph = createServer({
      store,
      config: completeServerConfig({ port: 0 }),
      explorer: false,
      logger: pino({ level: 'silent' }),
    });
    const driver = neo4j.driver(server.uri, noAuth(), { maxConnectionPoolSize: 64 });
    const sent = captureStatements();
    const floor = [{ text: 'RETURN 1 AS one', parameters: {} }];
    const measured: { name: string; statements: Sent[] }[] = [];
    for (const query of benchQueries(context)) {
      if (query.name.startsWith('trivial')) {
        measured.push({ name: 'RETURN 1', statements: floor });
        continue;
      }
      if (names.length > 0 && !names.some((name) => query.name.includes(name))) continue;
      const post = async (): Promise<void> => {
        const response = await towngraph.yoga.fetch(
          new Request('http://localhost/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: query.query, variables: query.variables ?? {} }),
          }),
        );
        await response.text();
      };
      await post();
      sent.length = 0;
      await post();
      measured.push({ name: query.name, statements: sent.splice(0) });
    }
    for (let round = 1; round <= rounds; round += 1) {
      for (const { name, statements } of measured) {
        const figures = await concurrent(driver, statements, seconds, pid);
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
