import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphPath, PathRequest } from '../graph-store';
import { findPathsQuery } from './queries/find-paths';
import { getNodesIn } from './get-nodes';
import { runQuery } from './run-query';
import { toStoredRelationship } from './values';

/** Shortest simple paths first (see queries/find-paths.ts), with their nodes filled in. */
export async function findPathsIn(tx: ManagedTransaction, request: PathRequest): Promise<GraphPath[]> {
  const query = findPathsQuery(request);
  if (request.from === request.to) {
    // A node reaches itself by the empty path, as in the memory store.
    const [node] = await getNodesIn(tx, [request.from]);
    return node && (request.limit ?? 1) > 0 ? [{ nodes: [node], relationships: [] }] : [];
  }
  const rows = await runQuery(tx, query);
  const ids = rows.flatMap((row) => row.ids as string[]);
  const nodes = new Map((await getNodesIn(tx, ids)).map((node, i) => [ids[i]!, node]));
  return rows.map((row) => ({
    nodes: (row.ids as string[]).map((id) => nodes.get(id)!),
    relationships: (row.relationships as Record<string, unknown>[]).map(toStoredRelationship),
  }));
}
