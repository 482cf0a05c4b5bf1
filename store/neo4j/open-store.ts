import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';
import type { GraphStore } from '../graph-store';
import { Neo4jGraphStore } from './Neo4jGraphStore';
import { AWAIT_INDEXES, EXISTING_SCHEMA, isConstraint, schemaStatements } from './queries/schema';

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
    await createSchema(driver, config.database);
    await awaitIndexes(driver, config.database);
  } catch (error) {
    await driver.close();
    throw new Error(`cannot open Neo4j at ${config.uri}: ${(error as Error).message}`, { cause: error });
  }
  return new Neo4jGraphStore({ driver, database: config.database });
}

/**
 * Creates the constraints and indexes the database lacks, without waiting for the indexes
 * to come online (awaitIndexes does). The plain indexes are created in one transaction:
 * Neo4j then populates all of them in one scan of the nodes and one of the relationships,
 * in the background, where one statement each meant one population job each (about 35
 * scans, and a round trip and schema commit each). A uniqueness constraint populates and
 * verifies its index inside its own statement (and waits for a running population), so the
 * constraints come first, one by one; once they exist, lookups by id and key are indexed,
 * and the import's first open sets its empty lists while the indexes populate
 * (tools/neo4j/import.ts).
 */
export async function createSchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    const existing = new Set(
      (await session.run(EXISTING_SCHEMA)).records.map((record) => record.get('name') as string),
    );
    const missing = schemaStatements().filter((statement) => !existing.has(statement.name));
    // Each statement is idempotent: a store opening at the same time may create it first.
    for (const statement of missing.filter(isConstraint)) await session.run(statement.text);
    const indexes = missing.filter((statement) => !isConstraint(statement));
    if (indexes.length > 0) {
      try {
        await session.executeWrite(async (tx) => {
          for (const statement of indexes) await tx.run(statement.text);
        });
      } catch {
        // A concurrent open may conflict with the batch: one by one, each idempotent.
        for (const statement of indexes) await session.run(statement.text);
      }
    }
  } finally {
    await session.close();
  }
}

/** Waits until every index is online, so that a search right after open sees all nodes. */
export async function awaitIndexes(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(AWAIT_INDEXES);
  } finally {
    await session.close();
  }
}
