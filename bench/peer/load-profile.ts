import { mkdir, writeFile } from 'node:fs/promises';
import { Session as InspectorSession } from 'node:inspector/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pino from 'pino';
import { completeServerConfig, createServer } from '../../server';
import { benchQueries, queryContext, type BenchQuery } from '../api-queries';
import { postInProcess } from './captured-statements';
import type { FetchLike } from './floor-cpu';
import { withLoadedNeo4j } from './loaded-neo4j';

/**
 * `npx tsx bench/peer/load-profile.ts [documents] [requests] [query name …]`: serves the
 * bench's Neo4j through towngraph in this process and sends each query `requests` times
 * through yoga's `fetch` (no HTTP), CONCURRENCY (default 8) at a time, unmeasured, then
 * as many again under V8's sampling profiler, and prints the CPU µs per request with where
 * that CPU went: self time by package or directory and the functions costing most. Many
 * requests in flight keep the process busy, so the profile is mostly work, not waiting. `CPU_PROFILE_DIR=DIR` also keeps each profile (open it in
 * Chrome's DevTools). `TOWNGRAPH_BENCH_NEO4J_DIR` opens an imported corpus, as in the
 * other scripts of bench/peer.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** This checkout's root, as a path and as the file URL profiles name modules by. */
const CHECKOUT = `${path.resolve(__dirname, '../..')}/`;
const CHECKOUT_URL = pathToFileURL(CHECKOUT).href;

/** Where a frame's code lives: a package of node_modules, a directory of towngraph, node itself. */
function areaOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith('node:')) return url;
  // towngraph's own files by their first two directories below the checkout (resolvers/compiled).
  const root = [CHECKOUT_URL, CHECKOUT].find((prefix) => url.startsWith(prefix));
  const local = root ? url.slice(root.length) : url;
  return local.split('/').slice(0, 2).join('/');
}

function summarise(profile: Profile, top: number): { areas: string[]; functions: string[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // The profiler's own start and stop (inspector posts from this script) are not the server's.
  const skipped = new Set<number>();
  const skip = (node: ProfileNode): void => {
    skipped.add(node.id);
    for (const child of node.children ?? []) skip(byId.get(child)!);
  };
  for (const node of profile.nodes) if (node.callFrame.url === 'node:inspector') skip(node);
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)),
  );
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)' || skipped.has(id)) continue;
    busy += micros;
    const area = areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const share = (entries: Map<string, number>) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => `${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${name}`);
  return { areas: share(areas), functions: share(functions) };
}

/** Sends `requests` of `query` through the server's yoga `fetch`, `concurrency` at a time. */
async function drive(
  fetch: FetchLike,
  query: BenchQuery,
  requests: number,
  concurrency: number,
): Promise<void> {
  let left = requests;
  const sender = async (): Promise<void> => {
    while (left > 0) {
      left -= 1;
      const body = await postInProcess(fetch, query);
      if (body.includes('"errors"')) throw new Error(`${query.name}: ${body}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, sender));
}

async function main(): Promise<void> {
  const [documentsArgument, requestsArgument, ...names] = process.argv.slice(2);
  const documents = Number(documentsArgument ?? 1000);
  const requests = Number(requestsArgument ?? 400);
  const concurrency = Number(process.env.CONCURRENCY ?? 8);
  const keep = process.env.CPU_PROFILE_DIR;
  if (keep) await mkdir(keep, { recursive: true });
  await withLoadedNeo4j(documents, async ({ store }) => {
    const server = createServer({
      store,
      config: completeServerConfig({ port: 0 }),
      explorer: false,
      logger: pino({ level: 'silent' }),
    });
    const fetch: FetchLike = (request) => server.yoga.fetch(request);
    const inspector = new InspectorSession();
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
    try {
      const queries = benchQueries(await queryContext(store)).filter(
        (query) => names.length === 0 || names.some((name) => query.name.includes(name)),
      );
      // A database just opened answers its first statements slowly: each query is asked
      // until it answers within the deadline, five times at most, then loaded unmeasured.
      for (const query of queries) {
        for (let attempt = 1; ; attempt += 1) {
          const body = await postInProcess(fetch, query);
          if (!body.includes('"errors"')) break;
          if (attempt === 5 || !body.includes('"TIMEOUT"')) throw new Error(`${query.name}: ${body}`);
        }
      }
      for (const query of queries) await drive(fetch, query, requests, concurrency);
      for (const query of queries) {
        await inspector.post('Profiler.start');
        const start = process.cpuUsage();
        const began = performance.now();
        await drive(fetch, query, requests, concurrency);
        const seconds = (performance.now() - began) / 1000;
        const used = process.cpuUsage(start);
        const { profile } = await inspector.post('Profiler.stop');
        process.stdout.write(
          `\n## ${query.name}: ${Math.round(requests / seconds)} req/s at ${concurrency} in flight, ` +
            `${Math.round((used.user + used.system) / requests)} µs CPU per request (user ${Math.round(used.user / requests)})\n`,
        );
        const { areas, functions } = summarise(profile as unknown as Profile, 30);
        process.stdout.write(`areas:\n${areas.join('\n')}\nfunctions:\n${functions.join('\n')}\n`);
        if (keep)
          await writeFile(
            path.join(keep, `${query.name.replace(/\W+/g, '-')}.cpuprofile`),
            JSON.stringify(profile),
          );
      }
    } finally {
      inspector.disconnect();
      await server.close();
      await store.close();
    }
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `load-profile: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
