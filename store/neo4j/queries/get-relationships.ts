import { BadRequestError } from '../../../schema/errors';
import type { RelationshipQuery } from '../../graph-store';
import { BASE_LABEL, RELATIONSHIP_COLUMNS, type CypherQuery } from './cypher-query';

const PATTERNS = {
  OUT: '(n)-[r]->()',
  IN: '(n)<-[r]-()',
  BOTH: '(n)-[r]-()',
} as const;

/**
 * Edges touching the given nodes in one statement, grouped by the order of nodeIds
 * (outgoing before incoming, then by key); the caller drops an edge seen twice.
 */
export function getRelationshipsQuery(query: RelationshipQuery): CypherQuery {
  const pattern = PATTERNS[query.direction];
  if (!pattern) throw new BadRequestError('direction must be OUT, IN or BOTH');
  const types = query.types && query.types.length > 0 ? [...query.types] : null;
  return {
    text: `UNWIND range(0, size($nodeIds) - 1) AS position
MATCH (n:${BASE_LABEL} {id: $nodeIds[position]})
MATCH ${pattern}
WHERE $types IS NULL OR type(r) IN $types
RETURN ${RELATIONSHIP_COLUMNS}
ORDER BY position, startNode(r) <> n, key`,
    parameters: { nodeIds: [...query.nodeIds], types },
  };
}
