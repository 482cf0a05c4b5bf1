import neo4j from 'neo4j-driver';
import { BadRequestError } from '../../../schema/errors';
import { RELATIONSHIP_TYPES } from '../../../schema/model';
import type { PathRequest } from '../../graph-store';
import { BASE_LABEL, NODE_MAP, type CypherQuery } from './cypher-query';

export const DEFAULT_PATH_LIMIT = 10;
/**
 * The longest path asked for: past ten hops every pair of places in a district is
 * connected countless times over, and no planner question needs such paths.
 */
export const MAX_PATH_HOPS = 10;

/**
 * The types a pattern may name, as one `A|B` expression: those of RELATIONSHIP_TYPES that
 * were asked, in its order, so the text comes from constants only (Cypher takes no type
 * as a parameter); undefined when none is the model's own.
 */
function typeExpression(types: readonly string[]): string | undefined {
  const wanted = new Set(types);
  const known = RELATIONSHIP_TYPES.filter((type) => wanted.has(type));
  return known.length === 0 ? undefined : known.join('|');
}

/** Hop bounds go into the text as literals (Cypher takes none as a parameter): checked first. */
function checkHops(maxHops: number): void {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
    throw new BadRequestError(`maxHops must be a whole number from 1 to ${MAX_PATH_HOPS}`);
  }
}

const RELATIONSHIP_MAP = `{ key: r.key, type: type(r), from: startNode(r).id, to: endNode(r).id,
  properties: properties(r) }`;

/**
 * The pairs of neighbours a trace deepens in: every edge of the allowed types at the nodes
 * strictly inside each end's half of the hop bound (the start's half rounded up, the
 * end's down). Each half is Neo4j's breadth-first search (`ANY SHORTEST` to every node
 * within it), so a node is expanded only when it is that close to an end: a district, a
 * city or a province beyond it is reached but never expanded. Every edge of a path of at
 * most maxHops edges has an end inside one half (store/neo4j/path-walk.ts enumerates the
 * paths from the pairs). Each half stops one past $cap nodes (`reachedFrom`, `reachedTo`
 * say how many), so an overrun shows without walking the rest.
 */
function nearPairsText(types: string, maxHops: number): string {
  // One hop allows no path longer than a shortest one (and a quantifier bound of 0 is no Cypher).
  if (maxHops < 2) return '  RETURN null AS reachedFrom, null AS reachedTo, [] AS near';
  // Only when the shortest paths are too few and longer ones allowed; the aggregation
  // below returns its one row (an empty list) otherwise.
  const wanted = `  WITH a, b, paths
  WHERE 0 < size(paths) < $limit AND size(paths[0].ids) - 1 < ${maxHops}`;
  const half = (end: string, depth: number, name: string): string => `  CALL (${end}) {
    MATCH p = ANY SHORTEST (${end})-[:${types}]-{0,${depth}}(m:${BASE_LABEL})
    WITH m, length(p) AS hops
    LIMIT $cap
    RETURN count(m) AS reached${name}, collect(CASE WHEN hops < ${depth} THEN m END) AS inside${name}
  }`;
  return `${wanted}
${half('a', Math.ceil(maxHops / 2), 'From')}
${half('b', Math.floor(maxHops / 2), 'To')}
  UNWIND insideFrom + [m IN insideTo WHERE NOT m IN insideFrom] AS x
  MATCH (x)-[:${types}]-(y:${BASE_LABEL})
  WITH reachedFrom, reachedTo, x, collect(DISTINCT y.id) AS neighbours
  RETURN max(reachedFrom) AS reachedFrom, max(reachedTo) AS reachedTo,
    collect({ id: x.id, neighbours: neighbours }) AS near`;
}

/**
 * A trace in one statement. `paths`: every shortest path between two nodes (Neo4j's
 * bidirectional breadth-first allShortestPaths) over the given types and at most
 * `maxHops` long; paths through the same nodes are grouped, each hop keeping the edge
 * with the smallest key (parallel edges count once), then ordered by the node ids along
 * the path and cut at $limit (a shortest path never repeats a node). `nodes`: the nodes of
 * those paths, each once. `near`: only when they are fewer than $limit and longer paths
 * are allowed, the pairs of neighbours the longer paths are found in (nearPairsText), so
 * the deepening costs no round trip of its own; otherwise an empty list.
 */
export function shortestPathsQuery(request: {
  from: string;
  to: string;
  types: readonly string[];
  maxHops: number;
  limit: number;
  /** Most nodes each end's half may reach, plus one. */
  cap: number;
}): CypherQuery | undefined {
  const types = typeExpression(request.types);
  if (types === undefined) return undefined;
  checkHops(request.maxHops);
  return {
    text: `MATCH (a:${BASE_LABEL} {id: $from}), (b:${BASE_LABEL} {id: $to})
CALL (a, b) {
  MATCH path = allShortestPaths((a)-[:${types}*..${request.maxHops}]-(b))
  WITH [node IN nodes(path) | node.id] AS ids, relationships(path) AS rels
  WITH ids, collect(rels) AS variants
  WITH ids, [i IN range(0, size(ids) - 2) |
    reduce(best = null, variant IN variants |
      CASE WHEN best IS NULL OR variant[i].key < best.key THEN variant[i] ELSE best END)] AS rels
  ORDER BY ids
  LIMIT $limit
  RETURN collect({ ids: ids, relationships: [r IN rels | ${RELATIONSHIP_MAP}] }) AS paths
}
CALL (paths) {
  UNWIND paths AS path
  UNWIND path.ids AS id
  WITH DISTINCT id
  MATCH (n:${BASE_LABEL} {id: id})
  RETURN collect(${NODE_MAP}) AS nodes
}
CALL (a, b, paths) {
${nearPairsText(types, request.maxHops)}
}
RETURN paths, nodes, reachedFrom, reachedTo, near`,
    parameters: {
      from: request.from,
      to: request.to,
      limit: neo4j.int(request.limit),
      cap: neo4j.int(request.cap),
    },
  };
}

/**
 * The nodes and the edges of paths found in Node: each node by id, and every edge of the
 * allowed types between each pair of consecutive nodes (the caller keeps the smallest
 * key of each pair, as the shortest paths do).
 */
export function pathPartsQuery(request: {
  ids: readonly string[];
  pairs: readonly (readonly [string, string])[];
  types: readonly string[];
}): CypherQuery | undefined {
  const types = typeExpression(request.types);
  if (types === undefined) return undefined;
  return {
    text: `CALL () {
  UNWIND $ids AS id
  MATCH (n:${BASE_LABEL} {id: id})
  RETURN collect(${NODE_MAP}) AS nodes
}
CALL () {
  UNWIND $pairs AS pair
  MATCH (x:${BASE_LABEL} {id: pair[0]}), (y:${BASE_LABEL} {id: pair[1]})
  MATCH (x)-[r:${types}]-(y)
  RETURN collect(${RELATIONSHIP_MAP}) AS relationships
}
RETURN nodes, relationships`,
    parameters: { ids: [...new Set(request.ids)], pairs: request.pairs.map((pair) => [...pair]) },
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
