import type { ManagedTransaction } from 'neo4j-driver';
import type { DeleteResult } from '../graph-store';
import { nodeExistsQuery } from './queries/lookups';
import { applyRemoval, planRemoval } from './plan-removal';
import { runQuery } from './run-query';
import { outcomeTargetsBeforeRemoval, relinkOutcomesIn } from './outcome-edges';

/**
 * Deletes a document inside a write transaction: its node, every edge it provided, and
 * the entities no other document mentions (with the edges they leave dangling). An id
 * that is not a stored Document deletes nothing.
 */
export async function deleteDocumentIn(tx: ManagedTransaction, documentId: string): Promise<DeleteResult> {
  const [found] = await runQuery(tx, nodeExistsQuery(documentId));
  if (found?.isDocument !== true)
    return { documentId, deleted: false, removedNodes: 0, removedRelationships: 0 };
  const plan = await planRemoval(tx, { documentIds: [documentId] });
  const outcomes = await outcomeTargetsBeforeRemoval(tx, {
    documentIds: [documentId],
    removedNodes: plan.nodes,
  });
  await applyRemoval(tx, plan);
  await relinkOutcomesIn(tx, { touched: { nodes: [], edges: [] }, before: outcomes });
  return {
    documentId,
    deleted: true,
    // The Document node itself is not an entity: report only the entities removed.
    removedNodes: plan.nodes.size - 1,
    removedRelationships: plan.documentEdges.length + plan.danglingEdges,
  };
}
