import { RELATIONSHIP_TYPES } from '../../../schema/model';
import { BASE_LABEL, type CypherQuery } from './cypher-query';

/**
 * One branch per relationship type, so that each can seek the type's documentId index
 * (a relationship index belongs to one type). The text is built once from the constant
 * list of types, never from values.
 */
const DOCUMENT_EDGES_TEXT = RELATIONSHIP_TYPES.map(
  (type) => `MATCH (a)-[r:${type}]->(b) WHERE r.documentId IN $documentIds
RETURN elementId(r) AS elementId, a.id AS from, b.id AS to`,
).join('\nUNION ALL\n');

/** Edges that these documents provided (properties.documentId), with their ends. */
export function documentEdgesQuery(documentIds: readonly string[]): CypherQuery {
  return { text: DOCUMENT_EDGES_TEXT, parameters: { documentIds: [...documentIds] } };
}

/**
 * Of the candidate entities, those no MENTIONED_IN edge of another document points from:
 * they go with the documents.
 */
export function orphansQuery(candidates: readonly string[], documentIds: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $candidates AS id
MATCH (n:${BASE_LABEL} {id: id})
WHERE NOT n:Document
  AND NOT EXISTS { MATCH (n)-[m:MENTIONED_IN]->() WHERE NOT m.documentId IN $documentIds }
RETURN n.id AS id`,
    parameters: { candidates: [...candidates], documentIds: [...documentIds] },
  };
}

/** How many edges of the removed nodes other documents provided (removed with the nodes). */
export function danglingEdgeCountQuery(
  nodeIds: readonly string[],
  documentIds: readonly string[],
): CypherQuery {
  return {
    text: `MATCH (n:${BASE_LABEL})-[r]-()
WHERE n.id IN $nodeIds AND NOT r.documentId IN $documentIds
RETURN count(DISTINCT r) AS count`,
    parameters: { nodeIds: [...nodeIds], documentIds: [...documentIds] },
  };
}

/** Deletes edges found earlier in the same transaction, by element id. */
export function deleteEdgesQuery(elementIds: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $elementIds AS elementId
MATCH ()-[r]->() WHERE elementId(r) = elementId
DELETE r`,
    parameters: { elementIds: [...elementIds] },
  };
}

/** Deletes nodes and whatever edges they still have. */
export function deleteNodesQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (n:${BASE_LABEL} {id: id})
DETACH DELETE n`,
    parameters: { ids: [...ids] },
  };
}
