import type { GraphState } from './graph-state';

export interface RemovalPlan {
  /** Document and entity nodes to drop. */
  nodes: Set<string>;
  /** Edge keys to drop: the documents' own edges and every edge touching a dropped node. */
  edges: Set<string>;
}

export interface RemovalRequest {
  documentIds: readonly string[];
  /** Nodes that stay whatever happens (those of a document being loaded in their place). */
  keep?: ReadonlySet<string>;
}

/**
 * What deleting some documents removes: the Document nodes, every edge whose
 * properties.documentId is one of them, then every entity those edges touched that no
 * remaining MENTIONED_IN edge points from, and the edges such entities leave dangling.
 * Computed without changing the graph so that a load can validate against the result.
 */
export function planRemoval(state: GraphState, request: RemovalRequest): RemovalPlan {
  const { graph } = state;
  const plan: RemovalPlan = { nodes: new Set(), edges: new Set() };
  const touched = new Set<string>();
  for (const documentId of request.documentIds) {
    if (graph.hasNode(documentId) && !request.keep?.has(documentId)) plan.nodes.add(documentId);
    for (const key of state.edgesByDocument.get(documentId) ?? []) {
      plan.edges.add(key);
      touched.add(graph.source(key));
      touched.add(graph.target(key));
    }
    // MENTIONED_IN edges of other documents cannot point here, but any edge still
    // touching the Document node must go with it.
    if (plan.nodes.has(documentId)) for (const key of graph.edges(documentId)) plan.edges.add(key);
  }
  const removedDocuments = new Set(request.documentIds);
  for (const id of touched) {
    if (plan.nodes.has(id) || request.keep?.has(id)) continue;
    if (graph.getNodeAttribute(id, 'label') === 'Document') continue;
    // MENTIONED_IN edges belong to the document they point to, so a node stays mentioned
    // exactly when some document outside the removed ones mentions it.
    const mentions = state.mentions.documentsOf(id);
    if (!mentions.some((documentId) => !removedDocuments.has(documentId))) plan.nodes.add(id);
  }
  for (const id of plan.nodes) for (const key of graph.edges(id)) plan.edges.add(key);
  return plan;
}
