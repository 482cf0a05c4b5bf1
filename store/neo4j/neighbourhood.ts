import type { ManagedTransaction } from 'neo4j-driver';
import { BadRequestError } from '../../schema/errors';
import type { Subgraph } from '../graph-store';
import { getNodesIn } from './get-nodes';
import { edgesAmongQuery, nextHopQuery } from './queries/neighbourhood';
import { runQuery } from './run-query';
import { toStoredRelationship } from './values';

/**
 * Nodes within `depth` hops (either direction, MENTIONED_IN excluded), walked level by
 * level, and every non-MENTIONED_IN edge among them. The start node comes first, then
 * the others by hop count and id.
 */
export async function neighbourhoodIn(
  tx: ManagedTransaction,
  request: { id: string; depth: number; maxNodes?: number },
): Promise<Subgraph> {
  const { id, depth } = request;
  const maxNodes = request.maxNodes ?? Infinity;
  let truncated = false;
  if (!Number.isInteger(depth) || depth < 0) throw new BadRequestError('depth must be a whole number ≥ 0');
  const [start] = await getNodesIn(tx, [id]);
  if (!start) return { nodes: [], relationships: [] };
  const order = [id];
  const seen = new Set(order);
  let frontier = [id];
  for (let hop = 1; hop <= depth && frontier.length > 0; hop += 1) {
    const next = (await runQuery(tx, nextHopQuery(frontier)))
      .map((row) => row.id as string)
      .filter((other) => !seen.has(other))
      .sort();
    // Past the budget the nearest nodes are kept: a hub's radius can be the whole graph.
    if (seen.size + next.length > maxNodes) {
      next.length = Math.max(0, maxNodes - seen.size);
      truncated = true;
    }
    for (const other of next) seen.add(other);
    order.push(...next);
    frontier = next;
  }
  const nodes = await getNodesIn(tx, order);
  const rows = order.length > 1 ? await runQuery(tx, edgesAmongQuery(order)) : [];
  return {
    nodes: nodes.filter((node) => node !== null),
    relationships: rows.map(toStoredRelationship),
    truncated,
  };
}
