import { writeFile } from 'node:fs/promises';
import { Session as InspectorSession } from 'node:inspector/promises';
import path from 'node:path';
import pino from 'pino';
import neo4j from 'neo4j-driver';
import { createServer, completeServerConfig } from '../../server';
import { noAuth } from '../../store/neo4j/open-store';
import { benchQueries, queryContext, type BenchQuery } from '../api-queries';
import { captureStatements, postInProcess } from './captured-statements';
import { cpuMicrosPerRequest, type FetchLike } from './floor-cpu';
import { dbHits, withLoadedNeo4j, type Plan } from './loaded-neo4j';
import { peerQueries } from './peer-queries';
import { servePeer } from './serve-peer';

/**
 * `npx tsx bench/peer/profile-queries.ts [documents] [cpu requests]`: loads the corpus into
 * a fresh Neo4j, serves it through towngraph and `@neo4j/graphql`, and for each bench
 * query prints what each side sends for one request (statements, and transactions begun)
 * with the database hits and rows of every statement (`PROFILE`), then each side's CPU
 * per request in-process: the figures that say why one side is faster, and which hold
 * still on a shared machine where throughput does not.
 */
const inspector = new InspectorSession();

/** Starts V8's sampling profiler (CPU_PROFILE_DIR set: one profile per side and query). */
async function startProfile(): Promise<void> {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.start');
}

async function stopProfile(file: string): Promise<void> {
  const { profile } = await inspector.post('Profiler.stop');
  await writeFile(file, JSON.stringify(profile));
  inspector.disconnect();
}

/**
 * Wall time of one request at a time, Neo4j's work included: the median and the 90th
 * percentile in ms, which a shared machine moves less than throughput under load.
 */
async function wallMillis(
  fetch: FetchLike,
  query: BenchQuery,
  requests: number,
): Promise<{ medianMs: number; p90Ms: number }> {
  const times: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    const start = performance.now();
    await postInProcess(fetch, query);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (share: number): number => Number(times[Math.floor(share * (times.length - 1))]!.toFixed(2));
  return { medianMs: at(0.5), p90Ms: at(0.9) };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100);
  const cpuRequests = Number(process.argv[3] ?? 200);
  await withLoadedNeo4j(count, async ({ server, store }) => {
    const context = await queryContext(store);
    const towngraph = createServer({
      store,
      config: completeServerConfig({ port: 0 }),
      explorer: false,
      logger: pino({ level: 'silent' }),
    });
    const peer = await servePeer({ uri: server.uri });
    const driver = neo4j.driver(server.uri, noAuth());
    const { sent, begun } = captureStatements();
    const sides = [
      { side: 'towngraph', fetch: (r: Request) => towngraph.yoga.fetch(r), queries: benchQueries(context) },
      { side: '@neo4j/graphql', fetch: peer.fetch, queries: peerQueries(context) },
    ];
    for (const { side, fetch, queries } of sides) {
      for (const query of queries) {
        // The library has no trace; towngraph's is profiled on its own.
        if (query.name.startsWith('trace') && side !== 'towngraph') continue;
        await postInProcess(fetch, query);
        sent.length = 0;
        begun.count = 0;
        const answer = await postInProcess(fetch, query);
        const statements = sent.splice(0);
        const transactions = begun.count;
        const profiles = [];
        for (const statement of statements) {
          const { summary, records } = await driver.executeQuery(
            `PROFILE ${statement.text}`,
            statement.parameters,
          );
          profiles.push({
            explicit: statement.explicit,
            dbHits: dbHits(summary.profile as unknown as Plan),
            rows: records.length,
            bytes: JSON.stringify(
              records.map((r) => r.toObject()),
              (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v),
            ).length,
            text: process.env.SHOW_CYPHER ? statement.text : undefined,
          });
        }
        sent.length = 0;
        const profiling = process.env.CPU_PROFILE_DIR !== undefined;
        if (profiling) await startProfile();
        const cpuMicros = await cpuMicrosPerRequest({ fetch, query, requests: cpuRequests });
        if (profiling)
          await stopProfile(
            path.join(
              process.env.CPU_PROFILE_DIR!,
              `${side.replace(/\W/g, '')}-${query.name.replace(/\W/g, '-')}.cpuprofile`,
            ),
          );
        const wall = await wallMillis(fetch, query, cpuRequests);
        sent.length = 0;
        process.stdout.write(
          `${JSON.stringify({ side, query: query.name, transactions, statements: profiles, answerBytes: answer.length, cpuMicros: Math.round(cpuMicros), ...wall })}\n`,
        );
      }
    }
    await driver.close();
    await peer.close();
    await towngraph.close();
    await store.close();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
