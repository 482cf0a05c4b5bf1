import type { EdgeAttributes, NodeAttributes } from './graph-types';
import { edgeDocument, indexEdge, indexNode, unindexEdge, unindexNode, type GraphState } from './graph-state';

export interface EdgeWrite {
  key: string;
  from: string;
  to: string;
  attributes: EdgeAttributes;
}

/**
 * Changes to the graph that can be undone: every write records its inverse, so that a
 * failure part-way (including a failed write to the log) puts the graph back exactly as
 * it was. Indexes are updated with the graph.
 */
export class GraphTransaction {
  private readonly undo: (() => void)[] = [];

  constructor(private readonly state: GraphState) {}

  /** Adds a node or replaces its attributes. */
  putNode(attributes: NodeAttributes): void {
    const { graph } = this.state;
    const id = attributes.id;
    if (graph.hasNode(id)) {
      const before = graph.getNodeAttributes(id);
      graph.replaceNodeAttributes(id, attributes);
      unindexNode(this.state, id, before.label);
      indexNode(this.state, id, attributes.label);
      this.undo.push(() => {
        graph.replaceNodeAttributes(id, before);
        unindexNode(this.state, id, attributes.label);
        indexNode(this.state, id, before.label);
      });
      return;
    }
    graph.addNode(id, attributes);
    indexNode(this.state, id, attributes.label);
    this.undo.push(() => {
      graph.dropNode(id);
      unindexNode(this.state, id, attributes.label);
    });
  }

  /** Adds an edge or replaces its attributes (same key means same type, ends and document). */
  putEdge(edge: EdgeWrite): void {
    const { graph } = this.state;
    if (graph.hasEdge(edge.key)) {
      const before = graph.getEdgeAttributes(edge.key);
      graph.replaceEdgeAttributes(edge.key, edge.attributes);
      this.undo.push(() => graph.replaceEdgeAttributes(edge.key, before));
      return;
    }
    graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, edge.attributes);
    const documentId = edgeDocument(edge.attributes.properties);
    indexEdge(this.state, edge.key, documentId);
    this.undo.push(() => {
      graph.dropEdge(edge.key);
      unindexEdge(this.state, edge.key, documentId);
    });
  }

  dropEdge(key: string): void {
    const { graph } = this.state;
    if (!graph.hasEdge(key)) return;
    const edge: EdgeWrite = {
      key,
      from: graph.source(key),
      to: graph.target(key),
      attributes: graph.getEdgeAttributes(key),
    };
    const documentId = edgeDocument(edge.attributes.properties);
    graph.dropEdge(key);
    unindexEdge(this.state, key, documentId);
    this.undo.push(() => {
      graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, edge.attributes);
      indexEdge(this.state, key, documentId);
    });
  }

  /** Drops a node with its edges, each recorded so that undo restores them. */
  dropNode(id: string): void {
    const { graph } = this.state;
    if (!graph.hasNode(id)) return;
    for (const key of graph.edges(id)) this.dropEdge(key);
    const attributes = graph.getNodeAttributes(id);
    graph.dropNode(id);
    unindexNode(this.state, id, attributes.label);
    this.undo.push(() => {
      graph.addNode(id, attributes);
      indexNode(this.state, id, attributes.label);
    });
  }

  /** Undoes every write of this transaction, newest first. */
  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i -= 1) this.undo[i]?.();
    this.undo.length = 0;
  }
}
