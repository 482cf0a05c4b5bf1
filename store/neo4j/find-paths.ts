import type { ManagedTransaction } from 'neo4j-driver';
import { WorkLimitError } from '../../schema/errors';
import type { GraphPath, PathRequest } from '../graph-store';
import {
  checkPathRequest,
  DEFAULT_PATH_LIMIT,
  pathsOfLengthQuery,
  shortestPathsQuery,
  walkStepQuery,
} from './queries/find-paths';
import { getNodesIn } from './get-nodes';
import { runQuery } from './run-query';
import { toStoredRelationship } from './values';

/**
 * Shortest simple paths first, at most `limit`, in the memory store's order (by length,
 * then by the node ids along the path).
 *
 * The shortest paths come from one statement, Neo4j's allShortestPaths. Only when they
 * are fewer than `limit` and longer paths are allowed are longer lengths enumerated, one
 * length at a time through the nodes that can lie on such a path (distance from the start
 * plus distance to the end at most the length).
 *
 * Hubs (a district, a city, an industry with thousands of neighbours) must not turn that
 * into a walk over the whole graph: the distances are found by a breadth-first walk from
 * each end to half the hop bound only, and continued beyond it only into nodes the other
 * end's walk reached. A node on a path of at most maxHops is within half the bound of one
 * end, so no such node is missed, while a hub is expanded only when it is within half the
 * bound of an end, never for the graph behind it.
 */
export async function findPathsIn(tx: ManagedTransaction, request: PathRequest): Promise<GraphPath[]> {
  const types = checkPathRequest(request);
  const limit = request.limit ?? DEFAULT_PATH_LIMIT;
  if (limit <= 0) return [];
  if (request.from === request.to) {
    // A node reaches itself by the empty path, as in the memory store.
    const [node] = await getNodesIn(tx, [request.from]);
    return node ? [{ nodes: [node], relationships: [] }] : [];
  }
  const shortestQuery = shortestPathsQuery({ ...request, types, limit });
  if (!shortestQuery) return [];
  const rows = await runQuery(tx, shortestQuery);
  if (rows.length === 0) return [];
  const shortest = (rows[0]!.ids as string[]).length - 1;
  if (rows.length < limit && shortest < request.maxHops) {
    const { fromStart, toEnd } = await boundedDistances({
      tx,
      types,
      maxHops: request.maxHops,
      maxVisited: request.maxVisited ?? Infinity,
      from: request.from,
      to: request.to,
    });
    for (let hops = shortest + 1; hops <= request.maxHops && rows.length < limit; hops += 1) {
      const allowed = [...fromStart]
        .filter(([id, d]) => d + (toEnd.get(id) ?? Infinity) <= hops)
        .map(([id]) => id);
      const query = pathsOfLengthQuery({ ...request, hops, types, allowed, limit: limit - rows.length });
      rows.push(...(await runQuery(tx, query)));
    }
  }
  const ids = rows.flatMap((row) => row.ids as string[]);
  const nodes = new Map((await getNodesIn(tx, ids)).map((node, i) => [ids[i]!, node]));
  return rows.map((row) => ({
    nodes: (row.ids as string[]).map((id) => nodes.get(id)!),
    relationships: (row.relationships as Record<string, unknown>[]).map(toStoredRelationship),
  }));
}

interface Walk {
  tx: ManagedTransaction;
  types: readonly string[];
  maxHops: number;
  /** Most nodes one side's distances may reach before the trace gives up. */
  maxVisited: number;
  from: string;
  to: string;
}

/** The trace's budget of visited nodes: past it the request fails with a work-limit error. */
function checkVisited(walk: Walk, found: ReadonlyMap<string, number>): void {
  if (found.size > walk.maxVisited) {
    throw new WorkLimitError(`trace visited more than ${walk.maxVisited} nodes; ask for fewer hops or types`);
  }
}

/**
 * Exact hop counts from both ends for every node with distance from the start plus
 * distance to the end at most maxHops (others may be missing or overestimated, and are
 * filtered out by the same sum). Each end's walk goes to half the bound; past it, a walk
 * only enters nodes of the other end's half whose sum of distances stays within the bound:
 * every node on a shortest route from an end to such a node is itself such a node.
 */
async function boundedDistances(
  walk: Walk,
): Promise<{ fromStart: Map<string, number>; toEnd: Map<string, number> }> {
  const half = Math.floor(walk.maxHops / 2);
  const fromStart = await distances(walk, { start: walk.from, depth: half });
  const toEnd = await distances(walk, { start: walk.to, depth: half });
  const startHalf = new Map(fromStart);
  const endHalf = new Map(toEnd);
  await extend(walk, { found: fromStart, other: endHalf, from: half });
  await extend(walk, { found: toEnd, other: startHalf, from: half });
  return { fromStart, toEnd };
}

/** Hop counts from a node over the allowed types, up to `depth`. */
async function distances(
  walk: Walk,
  options: { start: string; depth: number },
): Promise<Map<string, number>> {
  const found = new Map<string, number>([[options.start, 0]]);
  let frontier = [options.start];
  for (let hop = 1; hop <= options.depth && frontier.length > 0; hop += 1) {
    frontier = await step(walk, { found, frontier, hop });
  }
  return found;
}

/** Continues a walk past `from` hops into the other end's half only, within the bound. */
async function extend(
  walk: Walk,
  options: { found: Map<string, number>; other: ReadonlyMap<string, number>; from: number },
): Promise<void> {
  const { found, other } = options;
  let frontier = [...found].filter(([, d]) => d === options.from).map(([id]) => id);
  for (let hop = options.from + 1; hop <= walk.maxHops && frontier.length > 0; hop += 1) {
    const within = [...other]
      .filter(([id, d]) => hop + d <= walk.maxHops && !found.has(id))
      .map(([id]) => id);
    if (within.length === 0) return;
    frontier = await step(walk, { found, frontier, hop, within });
  }
}

/**
 * One hop of a breadth-first walk: the frontier's neighbours (only those in `within` when
 * given) not found before are recorded at `hop` and form the next frontier.
 */
async function step(
  walk: Walk,
  options: { found: Map<string, number>; frontier: string[]; hop: number; within?: string[] },
): Promise<string[]> {
  const { found, hop } = options;
  const next: string[] = [];
  for (const row of await runQuery(walk.tx, walkStepQuery(options.frontier, walk.types, options.within))) {
    const id = row.id as string;
    if (!found.has(id)) {
      found.set(id, hop);
      next.push(id);
    }
  }
  checkVisited(walk, found);
  return next;
}
