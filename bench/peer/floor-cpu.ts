import type { BenchQuery } from '../api-queries';

/** A server's in-process entry point (yoga's `fetch`), bypassing HTTP and the event loop's other work. */
export type FetchLike = (request: Request) => Response | Promise<Response>;

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
}): Promise<number> {
  const body = JSON.stringify({ query: options.query.query, variables: options.query.variables ?? {} });
  const length = String(Buffer.byteLength(body));
  const send = async (): Promise<void> => {
    const request = new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': length },
      body,
    });
    const response = await options.fetch(request);
    const text = await response.text();
    if (!response.ok || text.includes('"errors"')) throw new Error(`${options.query.name}: ${text}`);
  };
  for (let i = 0; i < Math.ceil(options.requests / 5); i += 1) await send();
  const start = process.cpuUsage();
  for (let i = 0; i < options.requests; i += 1) await send();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / options.requests;
}
