import type { ManagedTransaction } from 'neo4j-driver';
import type { StoredNode } from '../graph-store';
import { batches, type CypherQuery } from './queries/cypher-query';
import { getNodesQuery } from './queries/get-nodes';
import { runQuery } from './run-query';
import { toStoredNode } from './values';

/** Nodes by id, in the order asked, null where absent; `shape` may leave out their documents. */
export async function getNodesIn(
  tx: ManagedTransaction,
  ids: readonly string[],
  shape: (query: CypherQuery) => CypherQuery = (query) => query,
): Promise<(StoredNode | null)[]> {
  const found = new Map<string, StoredNode>();
  for (const batch of batches([...new Set(ids)])) {
    for (const row of await runQuery(tx, shape(getNodesQuery(batch)))) {
      const node = toStoredNode(row);
      found.set(node.id, node);
    }
  }
  return ids.map((id) => found.get(id) ?? null);
}
