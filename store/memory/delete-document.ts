import type { DeleteResult } from '../graph-store';
import { applyRemoval } from './apply-records';
import type { GraphState } from './graph-state';
import { runTransaction } from './graph-transaction';
import { outcomeTargetsBeforeRemoval, relinkOutcomes } from './outcome-edges';
import { planRemoval } from './plan-removal';
import type { PreparedWrite } from './prepared-write';

/**
 * Prepares the deletion of a document: its node, every edge it provided, and the entities
 * no other document mentions (with the edges they leave dangling). An id that is not a
 * stored Document deletes nothing.
 */
export function prepareDelete(state: GraphState, documentId: string): PreparedWrite<DeleteResult> {
  const { graph } = state;
  const isDocument = graph.hasNode(documentId) && graph.getNodeAttribute(documentId, 'label') === 'Document';
  if (!isDocument) {
    return { result: { documentId, deleted: false, removedNodes: 0, removedRelationships: 0 }, apply: null };
  }
  const plan = planRemoval(state, { documentIds: [documentId] });
  // The Document node itself is not an entity: report only the entities removed.
  const result: DeleteResult = {
    documentId,
    deleted: true,
    removedNodes: plan.nodes.size - 1,
    removedRelationships: plan.edges.size,
  };
  const apply = () =>
    runTransaction(state, (transaction) => {
      const outcomes = outcomeTargetsBeforeRemoval(state, plan);
      applyRemoval(transaction, plan);
      relinkOutcomes({ state, transaction, touched: { nodes: [], edges: [] }, before: outcomes });
    });
  return { result, apply };
}
