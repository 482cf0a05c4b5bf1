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
  // One statement text per set of properties, each set to a literal `[]`: the rows carry
  // ids (or keys) only, not a map each (every document has the same two empty lists).
  const assign = (variable: string, properties: string[]) =>
    properties.map((name) => `${variable}.\`${name.replaceAll('`', '``')}\` = []`).join(', ');
  for (const [properties, ids] of groupByProperties(emptyLists.nodes, (row) => row.id)) {
    for (const chunk of batches(ids, 10_000)) {
      await driver.executeQuery(
        `UNWIND $ids AS id MATCH (n:${BASE_LABEL} {id: id}) SET ${assign('n', properties)}`,
        { ids: chunk },
        { database },
      );
    }
  }
  for (const type of RELATIONSHIP_TYPES) {
    const rows = emptyLists.relationships.filter((row) => row.type === type);
    for (const [properties, keys] of groupByProperties(rows, (row) => row.key)) {
      for (const chunk of batches(keys, 10_000)) {
        await driver.executeQuery(
          `UNWIND $keys AS key MATCH ()-[r:${type} {key: key}]->() SET ${assign('r', properties)}`,
          { keys: chunk },
          { database },
        );
      }
    }
  }
}

function groupByProperties<T extends { properties: string[] }>(
  rows: readonly T[],
  name: (row: T) => string,
): Map<string[], string[]> {
  const groups = new Map<string, { properties: string[]; names: string[] }>();
  for (const row of rows) {
    const signature = JSON.stringify(row.properties);
    let group = groups.get(signature);
    if (!group) groups.set(signature, (group = { properties: row.properties, names: [] }));
    group.names.push(name(row));
  }
  return new Map([...groups.values()].map((group) => [group.properties, group.names]));
}
