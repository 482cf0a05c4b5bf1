import neo4j from 'neo4j-driver';
import { BadRequestError } from '../../../schema/errors';
import { RELATIONSHIP_TYPES } from '../../../schema/model';
import type { PathRequest } from '../../graph-store';
import { BASE_LABEL, type CypherQuery } from './cypher-query';

export const DEFAULT_PATH_LIMIT = 10;
/**
 * The longest path asked for. Cypher takes a variable-length bound only as a literal, so
 * each bound has its own constant text; past ten hops every pair of places in a district
 * is connected many times over and the enumeration would not end in useful time.
 */
export const MAX_PATH_HOPS = 10;

/**
 * Simple paths (no node twice) between two nodes over the allowed types, either
 * direction. Parallel edges between a pair count once: paths through the same nodes are
 * grouped and each hop keeps the edge with the smallest key, as the memory store does.
 * Shortest first, ties by the node ids along the path.
 */
function findPathsText(maxHops: number): string {
  return `MATCH path = (a:${BASE_LABEL} {id: $from})-[rels*1..${maxHops}]-(b:${BASE_LABEL} {id: $to})
WHERE all(r IN rels WHERE type(r) IN $types)
  AND all(i IN range(0, size(rels) - 1) WHERE NOT nodes(path)[i] IN nodes(path)[i + 1..])
WITH [node IN nodes(path) | node.id] AS ids, rels
WITH ids, collect(rels) AS variants
WITH ids, [i IN range(0, size(ids) - 2) |
  reduce(best = null, variant IN variants |
    CASE WHEN best IS NULL OR variant[i].key < best.key THEN variant[i] ELSE best END)] AS rels
ORDER BY size(ids), ids
LIMIT $limit
RETURN ids, [r IN rels | r { key: r.key, type: type(r), from: startNode(r).id, to: endNode(r).id,
  properties: properties(r) }] AS relationships`;
}

const FIND_PATHS = Array.from({ length: MAX_PATH_HOPS + 1 }, (_, hops) => findPathsText(hops));

/** Types a walk may use: those named, else every type but MENTIONED_IN (it links everything through documents). */
export function walkTypes(types: readonly string[] | undefined): string[] {
  if (types && types.length > 0) return [...new Set(types)];
  return RELATIONSHIP_TYPES.filter((type) => type !== 'MENTIONED_IN');
}

export function findPathsQuery(request: PathRequest): CypherQuery {
  if (!Number.isInteger(request.maxHops) || request.maxHops < 1) {
    throw new BadRequestError('maxHops must be a whole number ≥ 1');
  }
  if (request.maxHops > MAX_PATH_HOPS) throw new BadRequestError(`maxHops must be at most ${MAX_PATH_HOPS}`);
  return {
    text: FIND_PATHS[request.maxHops]!,
    parameters: {
      from: request.from,
      to: request.to,
      types: walkTypes(request.types),
      limit: neo4j.int(request.limit ?? DEFAULT_PATH_LIMIT),
    },
  };
}
