import type { ManagedTransaction } from 'neo4j-driver';
import type { StoredNode } from '../graph-store';
import { batches, type CypherQuery } from './queries/cypher-query';
import { getNodesQuery } from './queries/get-nodes';
import { runQuery } from './run-query';
import { toStoredNode } from './values';

/**
 * Nodes by id, in the order asked, null where absent; `shape` may leave out their
 * documents and some properties, `read` names the properties it kept (toStoredNode).
 */
export async function getNodesIn(
  tx: ManagedTransaction,
  ids: readonly string[],
  options: { shape?: (query: CypherQuery) => CypherQuery; read?: ReadonlySet<string> } = {},
): Promise<(StoredNode | null)[]> {
  const { shape = (query: CypherQuery) => query, read } = options;
  const found = new Map<string, StoredNode>();
  for (const batch of batches([...new Set(ids)])) {
    for (const row of await runQuery(tx, shape(getNodesQuery(batch)))) {
      const node = toStoredNode(row, read);
      found.set(node.id, node);
    }
  }
  return ids.map((id) => found.get(id) ?? null);
}
