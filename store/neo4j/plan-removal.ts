import type { ManagedTransaction } from 'neo4j-driver';
import { toNumber } from './values';
import {
  danglingEdgeCountQuery,
  deleteEdgesQuery,
  deleteNodesQuery,
  documentEdgesQuery,
  orphansQuery,
} from './queries/removal';
import { storedLabelsQuery } from './queries/lookups';
import { batches } from './queries/cypher-query';
import { runQuery } from './run-query';

export interface RemovalPlan {
  /** Documents and entities to delete. */
  nodes: Set<string>;
  /** Element ids of the edges the documents provided. */
  documentEdges: string[];
  /** Edges of deleted nodes that other documents provided (they go with the nodes). */
  danglingEdges: number;
}

export interface RemovalRequest {
  documentIds: readonly string[];
  /** Nodes that stay whatever happens (those of a document being loaded in their place). */
  keep?: ReadonlySet<string>;
}

/**
 * What deleting some documents removes, read inside the write transaction before anything
 * changes (so a load can validate against it): the Document nodes, every edge whose
 * properties.documentId is one of them, the entities those edges touched that no other
 * document's MENTIONED_IN edge points from, and the edges such entities leave dangling.
 */
export async function planRemoval(tx: ManagedTransaction, request: RemovalRequest): Promise<RemovalPlan> {
  const { documentIds, keep = new Set<string>() } = request;
  const plan: RemovalPlan = { nodes: new Set(), documentEdges: [], danglingEdges: 0 };
  if (documentIds.length === 0) return plan;
  const storedDocuments = await runQuery(tx, storedLabelsQuery(documentIds));
  for (const row of storedDocuments) if (!keep.has(row.id as string)) plan.nodes.add(row.id as string);
  const touched = new Set<string>();
  for (const row of await runQuery(tx, documentEdgesQuery(documentIds))) {
    plan.documentEdges.push(row.elementId as string);
    touched.add(row.from as string);
    touched.add(row.to as string);
  }
  const candidates = [...touched].filter((id) => !plan.nodes.has(id) && !keep.has(id));
  if (candidates.length > 0) {
    for (const row of await runQuery(tx, orphansQuery(candidates, documentIds)))
      plan.nodes.add(row.id as string);
  }
  if (plan.nodes.size > 0) {
    const [row] = await runQuery(tx, danglingEdgeCountQuery([...plan.nodes], documentIds));
    plan.danglingEdges = toNumber(row?.count);
  }
  return plan;
}

/** Deletes what a plan names: the documents' edges first, then the nodes with any edges left. */
export async function applyRemoval(tx: ManagedTransaction, plan: RemovalPlan): Promise<void> {
  for (const batch of batches(plan.documentEdges)) await runQuery(tx, deleteEdgesQuery(batch));
  for (const batch of batches([...plan.nodes])) await runQuery(tx, deleteNodesQuery(batch));
}
