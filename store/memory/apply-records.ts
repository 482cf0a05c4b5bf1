import type { GraphRecords } from '../../schema/records';
import { relationshipKey } from '../../schema/ids';
import type { GraphTransaction } from './graph-transaction';
import type { GraphState } from './graph-state';
import type { RemovalPlan } from './plan-removal';
import { mergeNode } from './merge-node';

export interface ApplyCounts {
  nodes: number;
  relationships: number;
}

/** Drops what a removal plan names: edges first, then the nodes they leave behind. */
export function applyRemoval(transaction: GraphTransaction, plan: RemovalPlan): void {
  for (const key of plan.edges) transaction.dropEdge(key);
  for (const id of plan.nodes) transaction.dropNode(id);
}

/**
 * Writes validated records: each node merged into any node of the same id, each
 * relationship stored under relationshipKey() (a repeat within the records replaces the
 * earlier one). Returns how many distinct nodes and relationships the document holds.
 */
export function applyRecords(
  state: GraphState,
  transaction: GraphTransaction,
  records: GraphRecords,
): ApplyCounts {
  const nodeIds = new Set<string>();
  for (const node of [...records.documents, ...records.nodes]) {
    const existing = state.graph.hasNode(node.id) ? state.graph.getNodeAttributes(node.id) : undefined;
    transaction.putNode(mergeNode(existing, node));
    nodeIds.add(node.id);
  }
  const keys = new Set<string>();
  for (const rel of records.relationships) {
    const key = relationshipKey(rel);
    transaction.putEdge({
      key,
      from: rel.from,
      to: rel.to,
      attributes: { type: rel.type, properties: { ...rel.properties } },
    });
    keys.add(key);
  }
  return { nodes: nodeIds.size, relationships: keys.size };
}
