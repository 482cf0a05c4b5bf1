import type { CypherQuery } from './cypher-query';

/** towngraph ids of nodes by Neo4j element id, to name the ends of returned relationships. */
export function nodeIdsByElementIdQuery(elementIds: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $elementIds AS elementId
MATCH (n) WHERE elementId(n) = elementId
RETURN elementId, n.id AS id`,
    parameters: { elementIds: [...elementIds] },
  };
}
