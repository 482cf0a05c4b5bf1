import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { noAuth } from '../../store/neo4j/open-store';
import type { GraphStore } from '../../store/graph-store';
import { openNeo4jStore } from '../../store/neo4j';
import { startNeo4j, type RunningNeo4j } from '../../tools/neo4j/start';

/** The first start may build the launcher with Maven and warm a cold JVM on a busy machine. */
export const START_TIMEOUT_MS = 300_000;

export interface TestNeo4j {
  readonly uri: string;
  /** A driver for checks the store's interface does not offer. */
  readonly driver: Driver;
  /** Empties the database and opens a store on it. */
  openEmpty(): Promise<GraphStore>;
}

/**
 * Starts one Neo4j for the test file (in beforeAll, in a fresh data directory) and stops
 * it in afterAll. Without Java or Maven the start fails, and the tests with it, saying so.
 */
export function useNeo4j(): TestNeo4j {
  let server: RunningNeo4j | undefined;
  let driver: Driver | undefined;
  let dataDir: string | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'towngraph-neo4j-'));
    server = await startNeo4j({ dataDir });
    driver = neo4j.driver(server.uri, noAuth());
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await driver?.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 120_000);
  const running = (): { server: RunningNeo4j; driver: Driver } => {
    if (!server || !driver) throw new Error('Neo4j did not start (see the beforeAll failure)');
    return { server, driver };
  };
  return {
    get uri() {
      return running().server.uri;
    },
    get driver() {
      return running().driver;
    },
    async openEmpty() {
      const { server: current, driver: admin } = running();
      await admin.executeQuery('MATCH (n) DETACH DELETE n');
      return openNeo4jStore({ uri: current.uri });
    },
  };
}
