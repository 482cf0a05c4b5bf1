import { BASE_LABEL, NODE_COLUMNS, type CypherQuery } from './cypher-query';

/** Nodes by id (absent ids give no row; the caller restores the order asked). */
export function getNodesQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (n:${BASE_LABEL} {id: id})
RETURN ${NODE_COLUMNS}`,
    parameters: { ids: [...new Set(ids)] },
  };
}
