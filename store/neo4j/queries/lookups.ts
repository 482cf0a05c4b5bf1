import { BASE_LABEL, KEEP_PLAN, type CypherQuery } from './cypher-query';

/** Whether a node with this id exists, and whether it is a Document. */
export function nodeExistsQuery(id: string): CypherQuery {
  return {
    text: `MATCH (n:${BASE_LABEL} {id: $id}) RETURN n:Document AS isDocument`,
    parameters: { id },
  };
}

/**
 * The own label of each of these ids that is stored (absent ids give no row), and its
 * element id, by which a bulk load's edge statements find it again without a seek of the
 * `:Node(id)` index (queries/create.ts).
 */
export function storedLabelsQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `${KEEP_PLAN}UNWIND $ids AS id
MATCH (n:${BASE_LABEL} {id: id})
RETURN n.id AS id, [label IN labels(n) WHERE label <> '${BASE_LABEL}'][0] AS label,
  elementId(n) AS elementId`,
    parameters: { ids: [...ids] },
  };
}

/** Documents already stored from this source, except the one being loaded. */
export function documentsOfSourceQuery(source: string, exceptId: string): CypherQuery {
  return {
    text: `MATCH (d:Document) WHERE d.source = $source AND d.id <> $exceptId
RETURN d.id AS id ORDER BY id`,
    parameters: { source, exceptId },
  };
}

/** Documents already stored from any of these sources (one statement for a whole batch). */
export function documentsOfSourcesQuery(sources: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $sources AS source
MATCH (d:Document) WHERE d.source = source
RETURN source, d.id AS id ORDER BY source, id`,
    parameters: { sources: [...sources] },
  };
}
