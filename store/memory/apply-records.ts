import type { GraphRecords } from '../../schema/records';
import { relationshipKey } from '../../schema/ids';
import type { GraphTransaction } from './graph-transaction';
import type { GraphState } from './graph-state';
import type { RemovalPlan } from './plan-removal';
import { mergeNode } from '../../schema/merge-node';

export interface RecordCounts {
  nodes: number;
  relationships: number;
}

/** How many distinct nodes (the Document included) and relationships a document holds. */
export function countRecords(records: GraphRecords): RecordCounts {
  const nodeIds = new Set([...records.documents, ...records.nodes].map((node) => node.id));
  const keys = new Set(records.relationships.map((rel) => relationshipKey(rel)));
  return { nodes: nodeIds.size, relationships: keys.size };
}

/** Drops what a removal plan names: edges first, then the nodes they leave behind. */
export function applyRemoval(transaction: GraphTransaction, plan: RemovalPlan): void {
  for (const key of plan.edges) transaction.dropEdge(key);
  for (const id of plan.nodes) transaction.dropNode(id);
}

/**
 * Writes validated records: each node merged into any node of the same id, each
 * relationship stored under relationshipKey() (a repeat within the records replaces the
 * earlier one).
 */
export function applyRecords(options: {
  state: GraphState;
  transaction: GraphTransaction;
  records: GraphRecords;
}): void {
  const { state, transaction, records } = options;
  for (const node of [...records.documents, ...records.nodes]) {
    const existing = state.graph.hasNode(node.id) ? state.graph.getNodeAttributes(node.id) : undefined;
    transaction.putNode(mergeNode(existing, node));
  }
  for (const rel of records.relationships) {
    transaction.putEdge({
      key: relationshipKey(rel),
      from: rel.from,
      to: rel.to,
      attributes: { type: rel.type, properties: { ...rel.properties } },
    });
  }
}
