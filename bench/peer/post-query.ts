import type { BenchQuery } from '../api-queries';

/** Sends one query and returns its data; a response with errors throws, naming the query. */
export async function postQuery(url: string, query: BenchQuery): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: query.query, variables: query.variables ?? {} }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown };
  if (body.errors !== undefined || !body.data) {
    throw new Error(`${query.name} fails at ${url}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}
