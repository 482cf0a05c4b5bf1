import path from 'node:path';
import type { BenchQuery } from '../api-queries';

/** A server's in-process entry point (yoga's `fetch`), bypassing HTTP and the event loop's other work. */
export type FetchLike = (request: Request) => Response | Promise<Response>;

/**
 * A bench query as an HTTP client POSTs it to /graphql, with its Content-Length (every
 * HTTP client's POST carries one: servers may trust it rather than count the body), or
 * without it, as a chunked body would be.
 */
export function benchRequest(query: BenchQuery, options: { withoutLength?: boolean } = {}): Request {
  const body = JSON.stringify({ query: query.query, variables: query.variables ?? {} });
  return new Request('http://localhost/graphql', {
    method: 'POST',
    headers: options.withoutLength
      ? { 'content-type': 'application/json' }
      : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
    body,
  });
}

/**
 * CPU time this process spends per request on `query`, in microseconds, sent one at a
 * time in-process after a warm-up: the server's own cost (parsing, validation, plugins,
 * resolvers, the driver's side of Bolt) with no socket, no load generator and no
 * queueing, so it holds still on a machine too busy for throughput to. Neo4j's own CPU
 * is not in it. Each request carries its Content-Length, as every HTTP client's POST
 * does (autocannon's, a browser's): servers may trust it rather than count the body.
 */
export async function cpuMicrosPerRequest(options: {
  fetch: FetchLike;
  query: BenchQuery;
  requests: number;
  /** Leave Content-Length out (as a chunked body would). */
  withoutLength?: boolean;
}): Promise<number> {
  const send = async (): Promise<void> => {
    const response = await options.fetch(benchRequest(options.query, options));
    const text = await response.text();
    if (!response.ok || text.includes('"errors"')) throw new Error(`${options.query.name}: ${text}`);
  };
  for (let i = 0; i < Math.ceil(options.requests / 5); i += 1) await send();
  const start = process.cpuUsage();
  for (let i = 0; i < options.requests; i += 1) await send();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / options.requests;
}

/**
 * `npx tsx bench/peer/floor-cpu.ts [documents] [rounds] [--base DIR]`: loads the corpus
 * into a fresh Neo4j and prints, per bench query (trace aside), the CPU µs per request of
 * towngraph's server, of the server of another checkout at DIR (built beside this one,
 * e.g. `git worktree add DIR main`), and of `@neo4j/graphql`, taken in turns within one
 * process: `rounds` rounds (default 5) of 1000 requests of `{ __typename }` and 100 of
 * each other query per server, each figure the median of its rounds. Taking the servers
 * in turns lets a shared machine's load fall on each alike. `NO_LENGTH=1`: requests
 * without Content-Length.
 */
async function compareServers(): Promise<void> {
  const args = process.argv.slice(2);
  const baseAt = args.indexOf('--base');
  const baseDir = baseAt >= 0 ? args.splice(baseAt, 2)[1] : undefined;
  const documents = Number(args[0] ?? 100);
  const rounds = Number(args[1] ?? 5);
  const { default: pino } = await import('pino');
  const { createServer, completeServerConfig } = await import('../../server');
  const { benchQueries, queryContext } = await import('../api-queries');
  const { withLoadedNeo4j } = await import('./loaded-neo4j');
  const { servePeer } = await import('./serve-peer');
  const { peerQueries } = await import('./peer-queries');
  const withoutLength = process.env.NO_LENGTH !== undefined;
  await withLoadedNeo4j(documents, async ({ server, store }) => {
    const context = await queryContext(store);
    const options = {
      store,
      config: completeServerConfig({ port: 0 }),
      explorer: false as const,
      logger: pino({ level: 'silent' }),
    };
    const servers = [{ name: 'towngraph', server: createServer(options) }];
    if (baseDir) {
      const base = (await import(path.resolve(baseDir, 'server'))) as typeof import('../../server');
      servers.unshift({ name: `base (${baseDir})`, server: base.createServer(options) });
    }
    const peer = await servePeer({ uri: server.uri });
    const sides = [
      ...servers.map(({ name, server: s }) => ({
        name,
        fetch: ((r: Request) => s.yoga.fetch(r)) as FetchLike,
        queries: benchQueries(context),
      })),
      { name: '@neo4j/graphql', fetch: peer.fetch, queries: peerQueries(context) },
    ];
    for (const { name: queryName } of benchQueries(context)) {
      if (queryName.startsWith('trace')) continue;
      const requests = queryName.startsWith('trivial') ? 1000 : 100;
      const runs = sides.map(() => [] as number[]);
      for (let round = 0; round < rounds; round += 1)
        for (const [i, side] of sides.entries()) {
          const query = side.queries.find((q) => q.name === queryName)!;
          runs[i]!.push(await cpuMicrosPerRequest({ fetch: side.fetch, query, requests, withoutLength }));
        }
      const medians = runs.map((r) => Math.round(r.sort((x, y) => x - y)[r.length >> 1]!));
      process.stdout.write(
        `${JSON.stringify({ documents, query: queryName, withoutLength, cpuMicros: Object.fromEntries(sides.map((s, i) => [s.name, medians[i]])) })}\n`,
      );
    }
    await peer.close();
    for (const { server: s } of servers) await s.close();
    await store.close();
  });
}

if (require.main === module)
  compareServers().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
