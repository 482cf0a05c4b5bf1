import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { CypherQuery } from './queries/cypher-query';

/** Runs one query in a transaction and returns its rows as plain objects keyed by column. */
export async function runQuery(
  tx: ManagedTransaction,
  query: CypherQuery,
): Promise<Record<string, unknown>[]> {
  const result = await tx.run(query.text, query.parameters);
  return result.records.map((record) => record.toObject() as Record<string, unknown>);
}

/**
 * Runs write statements in order without waiting for one to finish before sending the
 * next (Bolt pipelines them in the transaction; Neo4j executes them one after another),
 * and gives their results in the same order. The first failure rejects, and the
 * transaction then rolls back whole.
 */
export async function runPipelined(
  tx: ManagedTransaction,
  queries: readonly CypherQuery[],
): Promise<QueryResult[]> {
  return Promise.all(queries.map((query) => tx.run(query.text, query.parameters)));
}
