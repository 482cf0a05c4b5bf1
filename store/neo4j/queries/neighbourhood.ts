import { BASE_LABEL, RELATIONSHIP_COLUMNS, type CypherQuery } from './cypher-query';

/**
 * One step of a breadth-first walk: the nodes one hop from the frontier, either
 * direction, over every type but MENTIONED_IN. Walking level by level visits each node
 * once, where a variable-length pattern would enumerate every path.
 */
export function nextHopQuery(frontier: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $frontier AS id
MATCH (:${BASE_LABEL} {id: id})-[r]-(m:${BASE_LABEL})
WHERE type(r) <> 'MENTIONED_IN'
RETURN DISTINCT m.id AS id`,
    parameters: { frontier: [...frontier] },
  };
}

/** Every edge but MENTIONED_IN among the given nodes, parallel edges included, by key. */
export function edgesAmongQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `MATCH (a:${BASE_LABEL})-[r]->(b:${BASE_LABEL})
WHERE a.id IN $ids AND b.id IN $ids AND type(r) <> 'MENTIONED_IN'
RETURN ${RELATIONSHIP_COLUMNS}
ORDER BY key`,
    parameters: { ids: [...ids] },
  };
}
