import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { noAuth } from '../../store/neo4j/open-store';
import type { FetchLike } from './floor-cpu';
import { PEER_TYPE_DEFS } from './type-defs';

export interface PeerServer {
  /** The GraphQL endpoint, http://127.0.0.1:PORT/graphql. */
  url: string;
  /** The same server in-process (yoga's fetch), for the CPU-per-request figure. */
  fetch: FetchLike;
  close(): Promise<void>;
}

/**
 * Serves the Neo4j database at `uri` through `@neo4j/graphql` and graphql-yoga on a free
 * loopback port: the stack a Neo4j user would pick instead of towngraph's resolvers.
 * The schema is read-only (no mutations), as the bench only reads.
 */
export async function servePeer(options: { uri: string }): Promise<PeerServer> {
  const driver = neo4j.driver(options.uri, noAuth(), { userAgent: 'towngraph-bench-peer' });
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const yoga = createYoga({ schema, logging: false, graphiql: false });
  const http = createServer(yoga);
  const port = await listen(http);
  return {
    url: `http://127.0.0.1:${port}${yoga.graphqlEndpoint}`,
    fetch: (request) => yoga.fetch(request),
    async close() {
      http.closeAllConnections();
      await new Promise<void>((done) => http.close(() => done()));
      await driver.close();
    },
  };
}

function listen(http: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(0, '127.0.0.1', () => {
      http.off('error', reject);
      resolve((http.address() as AddressInfo).port);
    });
  });
}
