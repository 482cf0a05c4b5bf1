import type { ManagedTransaction } from 'neo4j-driver';
import { WorkLimitError } from '../../schema/errors';
import type { GraphPath, PathRequest } from '../graph-store';
import {
  checkPathRequest,
  DEFAULT_PATH_LIMIT,
  pathsOfLengthQuery,
  walkStepQuery,
} from './queries/find-paths';
import { getNodesIn } from './get-nodes';
import { runQuery } from './run-query';
import { toStoredRelationship } from './values';

/**
 * Shortest simple paths first, at most `limit`. Like the memory store it deepens one
 * length at a time from the shortest, and prunes by distance: hop counts from both ends
 * (breadth-first, up to maxHops) tell which nodes can lie on a path of each length, and
 * only those are expanded. Enumerating every path up to maxHops in one pattern instead
 * takes a minute at ten hops on the seed graph.
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
  const walk = { tx, types, maxHops: request.maxHops, maxVisited: request.maxVisited ?? Infinity };
  const fromStart = await distances({ ...walk, start: request.from });
  const shortest = fromStart.get(request.to);
  if (shortest === undefined) return [];
  const toEnd = await distances({ ...walk, start: request.to });
  const rows: Record<string, unknown>[] = [];
  for (let hops = shortest; hops <= request.maxHops && rows.length < limit; hops += 1) {
    const allowed = [...fromStart]
      .filter(([id, d]) => d + (toEnd.get(id) ?? Infinity) <= hops)
      .map(([id]) => id);
    const query = pathsOfLengthQuery({ ...request, hops, types, allowed, limit: limit - rows.length });
    rows.push(...(await runQuery(tx, query)));
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
  start: string;
}

/** Hop counts from a node over the allowed types, up to maxHops; empty when the node is absent. */
async function distances(walk: Walk): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const [start] = await getNodesIn(walk.tx, [walk.start]);
  if (!start) return found;
  found.set(walk.start, 0);
  let frontier = [walk.start];
  for (let hop = 1; hop <= walk.maxHops && frontier.length > 0; hop += 1) {
    const next: string[] = [];
    for (const row of await runQuery(walk.tx, walkStepQuery(frontier, walk.types))) {
      const id = row.id as string;
      if (!found.has(id)) {
        found.set(id, hop);
        next.push(id);
      }
    }
    frontier = next;
    if (found.size > walk.maxVisited) {
      throw new WorkLimitError(
        `trace visited more than ${walk.maxVisited} nodes; ask for fewer hops or types`,
      );
    }
  }
  return found;
}
