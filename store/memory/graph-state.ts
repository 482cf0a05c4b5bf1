import { NODE_LABELS, type NodeLabel } from '../../schema/model';
import { createStoreGraph, type StoreGraph } from './graph-types';

/**
 * The graph plus the indexes the store keeps beside it. The indexes are derived data:
 * they are rebuilt from the graph on open and kept in step by GraphTransaction.
 */
export interface GraphState {
  graph: StoreGraph;
  /** Node ids per label, so that label listings and counts need no full scan. */
  nodesByLabel: Map<NodeLabel, Set<string>>;
  /** Edge keys per properties.documentId, so that deleting a document needs no full scan. */
  edgesByDocument: Map<string, Set<string>>;
}

export function createGraphState(graph: StoreGraph = createStoreGraph()): GraphState {
  const state: GraphState = { graph, nodesByLabel: new Map(), edgesByDocument: new Map() };
  for (const label of NODE_LABELS) state.nodesByLabel.set(label, new Set());
  graph.forEachNode((id, attributes) => indexNode(state, id, attributes.label));
  graph.forEachEdge((key, attributes) => indexEdge(state, key, edgeDocument(attributes.properties)));
  return state;
}

export function edgeDocument(properties: Record<string, unknown>): string | undefined {
  const documentId = properties.documentId;
  return typeof documentId === 'string' ? documentId : undefined;
}

export function indexNode(state: GraphState, id: string, label: NodeLabel): void {
  state.nodesByLabel.get(label)?.add(id);
}

export function unindexNode(state: GraphState, id: string, label: NodeLabel): void {
  state.nodesByLabel.get(label)?.delete(id);
}

export function indexEdge(state: GraphState, key: string, documentId: string | undefined): void {
  if (documentId === undefined) return;
  let keys = state.edgesByDocument.get(documentId);
  if (!keys) {
    keys = new Set();
    state.edgesByDocument.set(documentId, keys);
  }
  keys.add(key);
}

export function unindexEdge(state: GraphState, key: string, documentId: string | undefined): void {
  if (documentId === undefined) return;
  const keys = state.edgesByDocument.get(documentId);
  if (!keys) return;
  keys.delete(key);
  if (keys.size === 0) state.edgesByDocument.delete(documentId);
}

/** Ids of the Document nodes. */
export function documentNodeIds(state: GraphState): Set<string> {
  return state.nodesByLabel.get('Document') ?? new Set();
}
