import { RELATIONSHIP_TYPES } from '../../../schema/model';
import { BASE_LABEL, type CypherQuery } from './cypher-query';

/**
 * The statements that keep OUTCOME_OF in step inside a write transaction
 * (store/neo4j/outcome-edges.ts). Constant text, values as parameters.
 */

/**
 * One branch per relationship type for the documents' edges, so that each seeks the
 * type's documentId index; one more for every edge of the nodes the removal drops.
 */
const REMOVED_FIGURES_TEXT = `CALL {
${RELATIONSHIP_TYPES.map(
  (type) => `  MATCH (a)-[r:${type}]->(b) WHERE r.documentId IN $documentIds
  RETURN a, b`,
).join('\n  UNION\n')}
  UNION
  UNWIND $nodeIds AS id
  MATCH (a:${BASE_LABEL} {id: id})-[]-(b)
  RETURN a, b
}
UNWIND [a, b] AS f
WITH f WHERE f:Target OR f:Indicator
RETURN DISTINCT f.id AS id`;

/**
 * Targets and indicators at either end of an edge that removing these documents (and
 * these nodes) drops: read before the removal, while the edges are still there.
 */
export function removedFiguresQuery(documentIds: readonly string[], nodeIds: readonly string[]): CypherQuery {
  return { text: REMOVED_FIGURES_TEXT, parameters: { documentIds: [...documentIds], nodeIds: [...nodeIds] } };
}

/**
 * Targets whose outcome depends on these figures: a target itself; for an indicator, the
 * targets it answers now and those of its subjects with its metric key and year.
 */
export function targetsAroundQuery(figureIds: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (t:${BASE_LABEL} {id: id}) WHERE t:Target
RETURN t.id AS id
UNION
UNWIND $ids AS id
MATCH (i:${BASE_LABEL} {id: id})-[:OUTCOME_OF]->(t:Target)
RETURN t.id AS id
UNION
UNWIND $ids AS id
MATCH (i:${BASE_LABEL} {id: id})<-[:REPORTS]-(s)-[:TARGETS]->(t:Target)
WHERE i:Indicator AND t.metricKey = i.metricKey AND t.year = i.year
RETURN t.id AS id`,
    parameters: { ids: [...figureIds] },
  };
}

/**
 * For each target: its canonical unit, the keys of its OUTCOME_OF edges, and every
 * indicator one of its subjects reports with its metric key and year, with the REPORTS
 * edge and the date of that edge's document.
 */
export function outcomeCandidatesQuery(targetIds: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (t:${BASE_LABEL} {id: id}) WHERE t:Target
RETURN t.id AS id, t.normUnit AS normUnit,
  COLLECT { MATCH (t)<-[o:OUTCOME_OF]-() RETURN o.key } AS current,
  COLLECT {
    MATCH (s)-[:TARGETS]->(t)
    WITH DISTINCT s, t
    MATCH (s)-[r:REPORTS]->(i:Indicator)
    WHERE i.metricKey = t.metricKey AND i.year = t.year
    OPTIONAL MATCH (d:${BASE_LABEL} {id: r.documentId})
    RETURN { indicator: i.id, normUnit: i.normUnit, key: r.key, properties: properties(r),
             published: coalesce(d.publishedAt, '') }
  } AS candidates`,
    parameters: { ids: [...targetIds] },
  };
}

/** Drops OUTCOME_OF edges by key (the type's key constraint finds them). */
export function deleteOutcomeEdgesQuery(keys: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $keys AS key
MATCH ()-[r:OUTCOME_OF {key: key}]->()
DELETE r`,
    parameters: { keys: [...keys] },
  };
}

export interface OutcomeEdgeRow {
  key: string;
  from: string;
  to: string;
  /** Typed for Neo4j, without nulls. */
  properties: Record<string, unknown>;
}

/** Writes OUTCOME_OF edges by key, their evidence replaced by the row's. */
export function mergeOutcomeEdgesQuery(rows: readonly OutcomeEdgeRow[]): CypherQuery {
  return {
    text: `UNWIND $rows AS row
MATCH (a:${BASE_LABEL} {id: row.from}), (b:${BASE_LABEL} {id: row.to})
MERGE (a)-[r:OUTCOME_OF {key: row.key}]->(b)
SET r = row.properties, r.key = row.key`,
    parameters: { rows: [...rows] },
  };
}
