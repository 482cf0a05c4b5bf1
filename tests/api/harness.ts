import { Writable } from 'node:stream';
import pino from 'pino';
import type { GraphRecords } from '../../schema/records';
import { completeServerConfig, createServer, type ServerConfig, type TowngraphServer } from '../../server';
import type { GraphStore } from '../../store/graph-store';
import { openStore } from '../../store';
import type { CreateServerOptions } from '../../server/create-server';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[] };
}

export interface TestServer {
  url: string;
  origin: string;
  store: GraphStore;
  server: TowngraphServer;
  /** Every line pino wrote, parsed. */
  logs: Record<string, unknown>[];
  graphql<T = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface StartOptions {
  records?: GraphRecords[];
  config?: Parameters<typeof completeServerConfig>[0];
  /** Wraps the store before the server gets it (e.g. to count or break calls). */
  wrap?: (store: GraphStore) => GraphStore;
  extract?: CreateServerOptions['extract'];
  explorer?: CreateServerOptions['explorer'];
}

/** A real server on a free port over a fresh in-memory store. */
export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const inner = await openStore({ backend: 'memory' });
  for (const records of options.records ?? []) await inner.loadDocument(records);
  const store = options.wrap ? options.wrap(inner) : inner;
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const config: ServerConfig = completeServerConfig(options.config);
  const server = createServer({
    store,
    config,
    logger: pino({ level: 'info' }, sink),
    extract: options.extract,
    explorer: options.explorer ?? false,
  });
  const { url } = await server.listen(0);
  return {
    url,
    origin: new URL(url).origin,
    store,
    server,
    logs,
    async graphql<T>(
      query: string,
      request: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
    ) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...request.headers,
        },
        body: JSON.stringify({ query, variables: request.variables }),
      });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as GraphQLResponse<T>['body'],
      };
    },
    async close() {
      await server.close();
      await inner.close();
    },
  };
}
