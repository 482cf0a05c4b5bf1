import type { DeleteResult } from '../graph-store';
import { applyRemoval } from './apply-records';
import type { GraphState } from './graph-state';
import { GraphTransaction } from './graph-transaction';
import type { WriteOutcome } from './load-document';
import { planRemoval } from './plan-removal';

/**
 * Deletes a document: its node, every edge it provided, and the entities no other
 * document mentions (with the edges they leave dangling). An id that is not a stored
 * Document deletes nothing.
 */
export function deleteDocumentFrom(state: GraphState, documentId: string): WriteOutcome<DeleteResult> {
  const { graph } = state;
  const isDocument = graph.hasNode(documentId) && graph.getNodeAttribute(documentId, 'label') === 'Document';
  if (!isDocument) {
    const result = { documentId, deleted: false, removedNodes: 0, removedRelationships: 0 };
    return { result, transaction: null };
  }
  const plan = planRemoval(state, { documentIds: [documentId] });
  const transaction = new GraphTransaction(state);
  try {
    applyRemoval(transaction, plan);
  } catch (error) {
    transaction.rollback();
    throw error;
  }
  // The Document node itself is not an entity: report only the entities removed.
  const result: DeleteResult = {
    documentId,
    deleted: true,
    removedNodes: plan.nodes.size - 1,
    removedRelationships: plan.edges.size,
  };
  return { result, transaction };
}
