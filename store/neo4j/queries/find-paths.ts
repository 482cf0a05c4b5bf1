import neo4j from 'neo4j-driver';
import { BadRequestError } from '../../../schema/errors';
import { RELATIONSHIP_TYPES } from '../../../schema/model';
import type { PathRequest } from '../../graph-store';
import { BASE_LABEL, type CypherQuery } from './cypher-query';

export const DEFAULT_PATH_LIMIT = 10;
/**
 * The longest path asked for: past ten hops every pair of places in a district is
 * connected countless times over, and no planner question needs such paths.
 */
export const MAX_PATH_HOPS = 10;

/**
 * Paths through the same nodes are grouped, each hop keeping the edge with the smallest
 * key; then ordered by the node ids along the path and cut at $limit.
 */
const GROUP_AND_ORDER = `WITH ids, collect(rels) AS variants
WITH ids, [i IN range(0, size(ids) - 2) |
  reduce(best = null, variant IN variants |
    CASE WHEN best IS NULL OR variant[i].key < best.key THEN variant[i] ELSE best END)] AS rels
ORDER BY ids
LIMIT $limit
RETURN ids, [r IN rels | r { key: r.key, type: type(r), from: startNode(r).id, to: endNode(r).id,
  properties: properties(r) }] AS relationships`;

/**
 * Simple paths (no node twice) of exactly `hops` edges between two nodes, over the allowed
 * types, either direction, through allowed nodes only. The caller allows only nodes that
 * lie on some walk short enough (distance from the start plus distance to the end at most
 * `hops`); the planner checks that per node while it expands, so branches that cannot
 * arrive in time are cut, as in the memory store's walk. Parallel edges between a pair
 * count once: paths through the same nodes are grouped and each hop keeps the edge with
 * the smallest key. Ties are ordered by the node ids along the path.
 */
function pathsOfLengthText(hops: number): string {
  return `MATCH path = (a:${BASE_LABEL} {id: $from})-[rels*${hops}..${hops}]-(b:${BASE_LABEL} {id: $to})
WHERE all(r IN rels WHERE type(r) IN $types)
  AND all(n IN nodes(path) WHERE n.id IN $allowed)
  AND all(i IN range(0, size(rels) - 1) WHERE NOT nodes(path)[i] IN nodes(path)[i + 1..])
WITH [node IN nodes(path) | node.id] AS ids, rels
${GROUP_AND_ORDER}`;
}

/** Cypher takes a variable-length bound only as a literal: one constant text per length. */
const PATHS_OF_LENGTH = Array.from({ length: MAX_PATH_HOPS + 1 }, (_, hops) => pathsOfLengthText(hops));

export interface PathsOfLength {
  from: string;
  to: string;
  hops: number;
  types: readonly string[];
  /** Ids of the nodes a path of this length may pass through. */
  allowed: readonly string[];
  limit: number;
}

export function pathsOfLengthQuery(request: PathsOfLength): CypherQuery {
  return {
    text: PATHS_OF_LENGTH[request.hops]!,
    parameters: {
      from: request.from,
      to: request.to,
      types: [...request.types],
      allowed: [...request.allowed],
      limit: neo4j.int(request.limit),
    },
  };
}

/**
 * Every shortest path between two nodes (Neo4j's bidirectional breadth-first
 * allShortestPaths), over the given types and at most `maxHops` long, grouped and ordered
 * as pathsOfLengthQuery groups and orders them: parallel edges count once (the smallest
 * key stands for them), ties by node ids. A shortest path never repeats a node, so every
 * path is simple. Types and the hop bound are part of the text (Cypher takes neither as a
 * parameter): the types are those of RELATIONSHIP_TYPES, in its order, and the bound a
 * checked whole number, so the text comes from constants only.
 */
export function shortestPathsQuery(request: {
  from: string;
  to: string;
  types: readonly string[];
  maxHops: number;
  limit: number;
}): CypherQuery | undefined {
  const wanted = new Set(request.types);
  const types = RELATIONSHIP_TYPES.filter((type) => wanted.has(type));
  if (types.length === 0) return undefined;
  if (!Number.isInteger(request.maxHops) || request.maxHops < 1 || request.maxHops > MAX_PATH_HOPS) {
    throw new BadRequestError(`maxHops must be a whole number from 1 to ${MAX_PATH_HOPS}`);
  }
  return {
    text: `MATCH (a:${BASE_LABEL} {id: $from}), (b:${BASE_LABEL} {id: $to})
MATCH path = allShortestPaths((a)-[:${types.join('|')}*..${request.maxHops}]-(b))
WITH [node IN nodes(path) | node.id] AS ids, relationships(path) AS rels
${GROUP_AND_ORDER}`,
    parameters: { from: request.from, to: request.to, limit: neo4j.int(request.limit) },
  };
}

/**
 * One step of a breadth-first walk over the allowed types, either direction; with
 * `within`, only into those nodes (the walk past half the hop bound, see find-paths.ts).
 */
export function walkStepQuery(
  frontier: readonly string[],
  types: readonly string[],
  within?: readonly string[],
): CypherQuery {
  if (within === undefined) {
    return {
      text: `UNWIND $frontier AS id
MATCH (:${BASE_LABEL} {id: id})-[r]-(m:${BASE_LABEL})
WHERE type(r) IN $types
RETURN DISTINCT m.id AS id`,
      parameters: { frontier: [...frontier], types: [...types] },
    };
  }
  return {
    text: `UNWIND $frontier AS id
MATCH (:${BASE_LABEL} {id: id})-[r]-(m:${BASE_LABEL})
WHERE type(r) IN $types AND m.id IN $within
RETURN DISTINCT m.id AS id`,
    parameters: { frontier: [...frontier], types: [...types], within: [...within] },
  };
}

/** Checks a path request; returns the types its walk may use. */
export function checkPathRequest(request: PathRequest): string[] {
  if (!Number.isInteger(request.maxHops) || request.maxHops < 1) {
    throw new BadRequestError('maxHops must be a whole number ≥ 1');
  }
  if (request.maxHops > MAX_PATH_HOPS) throw new BadRequestError(`maxHops must be at most ${MAX_PATH_HOPS}`);
  return walkTypes(request.types);
}

/** Types a walk may use: those named, else every type but MENTIONED_IN (it links everything through documents). */
export function walkTypes(types: readonly string[] | undefined): string[] {
  if (types && types.length > 0) return [...new Set(types)];
  return RELATIONSHIP_TYPES.filter((type) => type !== 'MENTIONED_IN');
}
