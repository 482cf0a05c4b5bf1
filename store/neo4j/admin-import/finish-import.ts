import type { Driver } from 'neo4j-driver';
import { RELATIONSHIP_TYPES } from '../../../schema/model';
import { BASE_LABEL, batches } from '../queries/cypher-query';
import type { EmptyLists } from './write-import-files';

/**
 * Sets the empty list properties an import could not carry, so that the imported graph
 * reads as the one the online load would have written (which stores `[]`). Runs once, on
 * the imported database, after the store has created its constraints (the lookups by id
 * and key use them).
 *
 * `aliases` is the exception: every node has it, most nodes have none, and setting `[]` on
 * each of them took most of the first open at 100 000 documents (a write to every node).
 * Instead every read takes a missing `aliases` as `[]`: nodes are read through
 * toStoredNode (store/neo4j/values.ts), search ranks `coalesce(n.aliases, [])`, the merge of
 * a later load folds `coalesce(n.aliases, [])`, and the name filters' `any(alias IN
 * n.aliases …)` is null on a missing list, which a WHERE rejects as it rejects false. So an
 * imported node without aliases simply has no such property.
 */
export async function finishImport(options: {
  driver: Driver;
  database?: string;
  emptyLists: EmptyLists;
}): Promise<void> {
  const { driver, database, emptyLists } = options;
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
