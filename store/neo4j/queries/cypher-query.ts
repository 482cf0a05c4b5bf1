/**
 * A statement as the store sends it: constant text plus parameters. Every query of the
 * Neo4j backend is built by a pure function returning one of these, so that tests can
 * snapshot the text and parameters without a database (as a TCK does).
 */
export interface CypherQuery {
  text: string;
  parameters: Record<string, unknown>;
}

/**
 * The label every towngraph node carries besides its own (Place, Project, Document …).
 * One uniqueness constraint on :Node(id) then covers all ids, and a lookup by id needs no
 * label; the own label stays for analysts' Cypher (MATCH (p:Place)).
 */
export const BASE_LABEL = 'Node';

/**
 * Columns describing node `n`: its properties (id, name and aliases among them), its own
 * label, and the ids of the documents it is MENTIONED_IN.
 */
export const NODE_COLUMNS = `n { .* } AS node, [label IN labels(n) WHERE label <> '${BASE_LABEL}'][0] AS label,
  COLLECT { MATCH (n)-[:MENTIONED_IN]->(document:${BASE_LABEL}) RETURN DISTINCT document.id } AS documentIds`;

/** Columns describing relationship `r`. */
export const RELATIONSHIP_COLUMNS =
  'r.key AS key, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS properties';

/** The largest batch of rows one UNWIND statement carries. */
export const BATCH_SIZE = 1000;

export function batches<T>(rows: readonly T[], size = BATCH_SIZE): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}
