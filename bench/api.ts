import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BenchQuery } from './api-queries';

const run = promisify(execFile);

export interface ApiFigures {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** Throughput as a share of the trivial query's, measured in the same run. */
  ratioToTrivial: number;
}

export interface BenchApiOptions {
  url: string;
  queries: readonly BenchQuery[];
  connections: number;
  seconds: number;
}

interface AutocannonJson {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}

/**
 * Runs autocannon against each query in turn, on loopback and bounded in time. The load
 * generator is a separate process, so that it does not share the server's event loop.
 */
export async function benchApi(options: BenchApiOptions): Promise<ApiFigures[]> {
  const cli = require.resolve('autocannon/autocannon.js');
  const figures: ApiFigures[] = [];
  for (const query of options.queries) {
    const body = JSON.stringify({ query: query.query, variables: query.variables ?? {} });
    const args = [cli, '--json', '-c', String(options.connections), '-d', String(options.seconds)];
    args.push('-m', 'POST', '-H', 'content-type=application/json', '-b', body, options.url);
    const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
    const result = JSON.parse(stdout) as AutocannonJson;
    figures.push({
      name: query.name,
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors,
      non2xx: result.non2xx,
      ratioToTrivial: 0,
    });
  }
  const trivial = figures[0]?.requestsPerSecond ?? 0;
  for (const figure of figures) figure.ratioToTrivial = trivial > 0 ? figure.requestsPerSecond / trivial : 0;
  return figures;
}
