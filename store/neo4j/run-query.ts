import type { ManagedTransaction } from 'neo4j-driver';
import type { CypherQuery } from './queries/cypher-query';

/** Runs one query in a transaction and returns its rows as plain objects keyed by column. */
export async function runQuery(
  tx: ManagedTransaction,
  query: CypherQuery,
): Promise<Record<string, unknown>[]> {
  const result = await tx.run(query.text, query.parameters);
  return result.records.map((record) => record.toObject() as Record<string, unknown>);
}
