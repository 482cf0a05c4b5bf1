import type { ManagedTransaction } from 'neo4j-driver';
import { invariant, WorkLimitError } from '../../schema/errors';
import type { GraphPath, PathRequest, StoredNode, StoredRelationship } from '../graph-store';
import {
  checkPathRequest,
  DEFAULT_PATH_LIMIT,
  pathPartsQuery,
  shortestPathsQuery,
} from './queries/find-paths';
import { getNodesIn } from './get-nodes';
import { walkPairs } from './path-walk';
import { runQuery } from './run-query';
import type { CypherQuery } from './queries/cypher-query';
import { toStoredNode, toStoredRelationship } from './values';

/**
 * How a request's view reads nodes (as getNodesIn takes it): `shape` leaves out what no
 * field of the request reads (node documents, properties), `read` names the properties kept.
 */
export interface NodeReadOptions {
  shape?: (query: CypherQuery) => CypherQuery;
  read?: ReadonlySet<string>;
}

/** The largest half a trace walks when the request sets no budget of visited nodes. */
const UNBOUNDED_VISITS = 1_000_000;

/**
 * Shortest simple paths first, at most `limit`, in the memory store's order (by length,
 * then by the node ids along the path).
 *
 * One statement (queries/find-paths.ts) gives the shortest paths with their nodes (Neo4j's
 * allShortestPaths) and, only when they are fewer than `limit` and longer paths are
 * allowed, the pairs of neighbours around each end (Neo4j's breadth-first `ANY SHORTEST`
 * to half the hop bound from each end; hubs beyond it are reached but not expanded). The
 * longer paths are enumerated from those pairs here (path-walk.ts), and a second statement
 * reads their nodes and edges.
 */
export async function findPathsIn(
  tx: ManagedTransaction,
  request: PathRequest,
  options: NodeReadOptions = {},
): Promise<GraphPath[]> {
  const { shape = (query: CypherQuery) => query, read } = options;
  const types = checkPathRequest(request);
  const limit = request.limit ?? DEFAULT_PATH_LIMIT;
  if (limit <= 0) return [];
  if (request.from === request.to) {
    // A node reaches itself by the empty path, as in the memory store.
    const [node] = await getNodesIn(tx, [request.from], options);
    return node ? [{ nodes: [node], relationships: [] }] : [];
  }
  const maxVisited = request.maxVisited ?? Infinity;
  const cap = Math.min(maxVisited, UNBOUNDED_VISITS) + 1;
  const query = shortestPathsQuery({ ...request, types, limit, cap });
  if (!query) return [];
  const [row] = await runQuery(tx, shape(query));
  if (!row) return [];
  const nodes = nodesById(row.nodes, read);
  const paths = (row.paths as Record<string, unknown>[]).map((path) => ({
    ids: path.ids as string[],
    relationships: (path.relationships as Record<string, unknown>[]).map(toStoredRelationship),
  }));
  const near = (row.near ?? []) as { id: string; neighbours: string[] }[];
  if (near.length > 0) {
    // A half that reached its cap was cut there: its pairs are incomplete.
    if (Math.max(Number(row.reachedFrom), Number(row.reachedTo)) >= cap) {
      throw new WorkLimitError(`trace visited more than ${cap - 1} nodes; ask for fewer hops or types`);
    }
    const longer = walkPairs({
      from: request.from,
      to: request.to,
      pairs: near.flatMap(({ id, neighbours }) => neighbours.map((other) => [id, other] as const)),
      minHops: paths[0]!.ids.length,
      maxHops: request.maxHops,
      limit: limit - paths.length,
    });
    if (longer.length > 0)
      paths.push(...(await readPathParts(tx, { paths: longer, types, known: nodes, ...options })));
  }
  return paths.map((path) => ({
    nodes: path.ids.map((id) => {
      const node = nodes.get(id);
      invariant(node !== undefined, `a path's node ${id} was read`);
      return node;
    }),
    relationships: path.relationships,
  }));
}

function nodesById(rows: unknown, read?: ReadonlySet<string>): Map<string, StoredNode> {
  const nodes = new Map<string, StoredNode>();
  for (const row of (rows ?? []) as Record<string, unknown>[]) {
    const node = toStoredNode(row, read);
    nodes.set(node.id, node);
  }
  return nodes;
}

/** The nodes not read yet and the edges of paths given as node ids; parallel edges count once. */
async function readPathParts(
  tx: ManagedTransaction,
  options: { paths: string[][]; types: string[]; known: Map<string, StoredNode> } & NodeReadOptions,
): Promise<{ ids: string[]; relationships: StoredRelationship[] }[]> {
  const { paths, known, shape = (query: CypherQuery) => query, read } = options;
  const hops = paths.flatMap((ids) => ids.slice(1).map((id, i) => [ids[i]!, id] as const));
  const query = pathPartsQuery({
    ids: paths.flat().filter((id) => !known.has(id)),
    pairs: hops,
    types: options.types,
  });
  invariant(query !== undefined, 'paths were found over types of the model');
  const [row] = await runQuery(tx, shape(query));
  for (const [id, node] of nodesById(row?.nodes, read)) known.set(id, node);
  // The edge that stands for a pair is the one with the smallest key, as in the memory store.
  const best = new Map<string, StoredRelationship>();
  for (const relationship of ((row?.relationships ?? []) as Record<string, unknown>[]).map(
    toStoredRelationship,
  )) {
    const pair = pairKey(relationship.from, relationship.to);
    const current = best.get(pair);
    if (!current || relationship.key < current.key) best.set(pair, relationship);
  }
  return paths.map((ids) => ({
    ids,
    relationships: ids.slice(1).map((id, i) => {
      const relationship = best.get(pairKey(ids[i]!, id));
      invariant(relationship !== undefined, `an edge joins ${ids[i]} and ${id}`);
      return relationship;
    }),
  }));
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
