import type { Driver } from 'neo4j-driver';
import { RELATIONSHIP_TYPES } from '../../../schema/model';
import { BASE_LABEL } from '../queries/cypher-query';
import { batches } from '../queries/cypher-query';
import type { EmptyLists } from './write-import-files';

/**
 * Sets the empty list properties an import could not carry, so that the imported graph
 * is the one the online load would have written (which stores `[]`). Runs once, on the
 * imported database, after the store has created its constraints (the lookups by id and
 * key use them). Every stored node has `aliases`, so a node imported without it gets `[]`
 * here, in transactions of 10 000 nodes, rather than through a list of every such id.
 */
export async function finishImport(options: {
  driver: Driver;
  database?: string;
  emptyLists: EmptyLists;
}): Promise<void> {
  const { driver, database, emptyLists } = options;
  const session = driver.session({ database });
  try {
    // CALL IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run.
    await session.run(
      `MATCH (n:${BASE_LABEL}) WHERE n.aliases IS NULL
       CALL { WITH n SET n.aliases = [] } IN TRANSACTIONS OF 10000 ROWS`,
    );
  } finally {
    await session.close();
  }
  const empty = (properties: string[]) => Object.fromEntries(properties.map((name) => [name, []]));
  for (const chunk of batches(emptyLists.nodes, 5000)) {
    await driver.executeQuery(
      `UNWIND $rows AS row MATCH (n:${BASE_LABEL} {id: row.id}) SET n += row.properties`,
      { rows: chunk.map((row) => ({ id: row.id, properties: empty(row.properties) })) },
      { database },
    );
  }
  for (const type of RELATIONSHIP_TYPES) {
    const rows = emptyLists.relationships.filter((row) => row.type === type);
    for (const chunk of batches(rows, 5000)) {
      await driver.executeQuery(
        `UNWIND $rows AS row MATCH ()-[r:${type} {key: row.key}]->() SET r += row.properties`,
        { rows: chunk.map((row) => ({ key: row.key, properties: empty(row.properties) })) },
        { database },
      );
    }
  }
}
