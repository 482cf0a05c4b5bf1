import { NODE_LABELS, type NodeLabel } from '../../schema/model';
import { createStoreGraph, type EdgeAttributes, type NodeAttributes, type StoreGraph } from './graph-types';
import { MentionIndex } from './mention-index';
import { NameIndex } from './name-index';
import { StructureIndex } from './structure-index';

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
  /** Document ids per `source` property, so that finding the version a load replaces needs no scan. */
  documentsBySource: Map<string, Set<string>>;
  /** Documents mentioning each node (from MENTIONED_IN edges). */
  mentions: MentionIndex;
  /** Neighbours over every relationship but MENTIONED_IN, for paths and neighbourhoods. */
  structure: StructureIndex;
  /** Characters and bigrams of names and aliases, so that search need not scan every name. */
  names: NameIndex;
  /** Bumped by every change, so that cached listings know when they are stale. */
  version: number;
}

/** What indexing needs to know of an edge. */
export interface IndexedEdge {
  key: string;
  from: string;
  to: string;
  attributes: EdgeAttributes;
}

export function createGraphState(graph: StoreGraph = createStoreGraph()): GraphState {
  const state: GraphState = {
    graph,
    nodesByLabel: new Map(),
    edgesByDocument: new Map(),
    documentsBySource: new Map(),
    mentions: new MentionIndex(),
    structure: new StructureIndex(),
    names: new NameIndex(),
    version: 0,
  };
  for (const label of NODE_LABELS) state.nodesByLabel.set(label, new Set());
  graph.forEachNode((id, attributes) => indexNode(state, attributes));
  graph.forEachEdge((key, attributes, from, to) => indexEdge(state, { key, from, to, attributes }));
  return state;
}

function edgeDocument(edge: IndexedEdge): string | undefined {
  const documentId = edge.attributes.properties.documentId;
  return typeof documentId === 'string' ? documentId : undefined;
}

function documentSource(node: NodeAttributes): string | undefined {
  const source = node.properties.source;
  return node.label === 'Document' && typeof source === 'string' && source !== '' ? source : undefined;
}

export function indexNode(state: GraphState, node: NodeAttributes): void {
  state.nodesByLabel.get(node.label)?.add(node.id);
  state.names.add(node);
  const source = documentSource(node);
  if (source === undefined) return;
  let ids = state.documentsBySource.get(source);
  if (!ids) {
    ids = new Set();
    state.documentsBySource.set(source, ids);
  }
  ids.add(node.id);
}

export function unindexNode(state: GraphState, node: NodeAttributes): void {
  state.nodesByLabel.get(node.label)?.delete(node.id);
  state.names.remove(node);
  const source = documentSource(node);
  if (source === undefined) return;
  const ids = state.documentsBySource.get(source);
  ids?.delete(node.id);
  if (ids?.size === 0) state.documentsBySource.delete(source);
}

export function indexEdge(state: GraphState, edge: IndexedEdge): void {
  if (edge.attributes.type === 'MENTIONED_IN') state.mentions.add(edge.from, edge.to);
  else state.structure.add({ key: edge.key, from: edge.from, to: edge.to, type: edge.attributes.type });
  const documentId = edgeDocument(edge);
  if (documentId === undefined) return;
  let keys = state.edgesByDocument.get(documentId);
  if (!keys) {
    keys = new Set();
    state.edgesByDocument.set(documentId, keys);
  }
  keys.add(edge.key);
}

export function unindexEdge(state: GraphState, edge: IndexedEdge): void {
  if (edge.attributes.type === 'MENTIONED_IN') state.mentions.remove(edge.from, edge.to);
  else state.structure.remove({ key: edge.key, from: edge.from, to: edge.to, type: edge.attributes.type });
  const documentId = edgeDocument(edge);
  if (documentId === undefined) return;
  const keys = state.edgesByDocument.get(documentId);
  if (!keys) return;
  keys.delete(edge.key);
  if (keys.size === 0) state.edgesByDocument.delete(documentId);
}
