import autocannon from 'autocannon';
import type { BenchQuery } from './api-queries';

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

/** Runs autocannon against each query in turn on loopback, bounded in time. */
export async function benchApi(options: BenchApiOptions): Promise<ApiFigures[]> {
  const figures: ApiFigures[] = [];
  for (const query of options.queries) {
    const result = await autocannon({
      url: options.url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: query.query, variables: query.variables ?? {} }),
      connections: options.connections,
      duration: options.seconds,
    });
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
