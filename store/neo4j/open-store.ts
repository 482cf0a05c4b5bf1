import neo4j, { type AuthToken } from 'neo4j-driver';
import type { GraphStore } from '../graph-store';
import { Neo4jGraphStore } from './Neo4jGraphStore';
import { AWAIT_INDEXES, EXISTING_SCHEMA, schemaStatements } from './queries/schema';

export interface Neo4jConnection {
  /** bolt://, neo4j:// (routing, for a cluster or Aura) or their +s variants. */
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

/**
 * Connects, checks the server answers, and makes sure the constraints and indexes exist
 * (waiting until they are online) before the first load or search.
 */
/**
 * The token for a server with authentication off. The driver has `auth.none()` at run
 * time, but the typings of neo4j-driver 6 declare only the other schemes.
 */
export function noAuth(): AuthToken {
  return (neo4j.auth as typeof neo4j.auth & { none(): AuthToken }).none();
}

export async function openNeo4jStore(config: Neo4jConnection): Promise<GraphStore> {
  const auth =
    config.password !== undefined ? neo4j.auth.basic(config.user ?? 'neo4j', config.password) : noAuth();
  const driver = neo4j.driver(config.uri, auth, { userAgent: 'towngraph' });
  try {
    await driver.verifyConnectivity({ database: config.database });
    const session = driver.session({ database: config.database });
    try {
      const existing = new Set(
        (await session.run(EXISTING_SCHEMA)).records.map((record) => record.get('name')),
      );
      const missing = schemaStatements().filter((statement) => !existing.has(statement.name));
      // Each statement is idempotent: a store opening at the same time may create it first.
      for (const statement of missing) await session.run(statement.text);
      await session.run(AWAIT_INDEXES);
    } finally {
      await session.close();
    }
  } catch (error) {
    await driver.close();
    throw new Error(`cannot open Neo4j at ${config.uri}: ${(error as Error).message}`, { cause: error });
  }
  return new Neo4jGraphStore({ driver, database: config.database });
}
