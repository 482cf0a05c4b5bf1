import type { NodeAttributes } from './graph-types';
import {
  indexEdge,
  indexNode,
  unindexEdge,
  unindexNode,
  type GraphState,
  type IndexedEdge,
} from './graph-state';

export type EdgeWrite = IndexedEdge;

/**
 * Changes to the graph that can be undone: every write records its inverse, so that a
 * failure part-way (including a failed write to the log) puts the graph back exactly as
 * it was. Indexes are updated with the graph, and every change bumps the state's version.
 */
export class GraphTransaction {
  private readonly undo: (() => void)[] = [];

  constructor(private readonly state: GraphState) {}

  /** Adds a node or replaces its attributes. */
  putNode(attributes: NodeAttributes): void {
    const { graph } = this.state;
    const id = attributes.id;
    this.state.version += 1;
    if (graph.hasNode(id)) {
      const before = graph.getNodeAttributes(id);
      graph.replaceNodeAttributes(id, attributes);
      unindexNode(this.state, before);
      indexNode(this.state, attributes);
      this.undo.push(() => {
        graph.replaceNodeAttributes(id, before);
        unindexNode(this.state, attributes);
        indexNode(this.state, before);
      });
      return;
    }
    graph.addNode(id, attributes);
    indexNode(this.state, attributes);
    this.undo.push(() => {
      graph.dropNode(id);
      unindexNode(this.state, attributes);
    });
  }

  /** Adds an edge or replaces its attributes (same key means same type, ends and document). */
  putEdge(edge: EdgeWrite): void {
    const { graph } = this.state;
    this.state.version += 1;
    if (graph.hasEdge(edge.key)) {
      const before = graph.getEdgeAttributes(edge.key);
      graph.replaceEdgeAttributes(edge.key, edge.attributes);
      this.undo.push(() => graph.replaceEdgeAttributes(edge.key, before));
      return;
    }
    graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, edge.attributes);
    indexEdge(this.state, edge);
    this.undo.push(() => {
      graph.dropEdge(edge.key);
      unindexEdge(this.state, edge);
    });
  }

  dropEdge(key: string): void {
    const { graph } = this.state;
    if (!graph.hasEdge(key)) return;
    this.state.version += 1;
    const edge: EdgeWrite = {
      key,
      from: graph.source(key),
      to: graph.target(key),
      attributes: graph.getEdgeAttributes(key),
    };
    graph.dropEdge(key);
    unindexEdge(this.state, edge);
    this.undo.push(() => {
      graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, edge.attributes);
      indexEdge(this.state, edge);
    });
  }

  /** Drops a node with its edges, each recorded so that undo restores them. */
  dropNode(id: string): void {
    const { graph } = this.state;
    if (!graph.hasNode(id)) return;
    for (const key of graph.edges(id)) this.dropEdge(key);
    this.state.version += 1;
    const attributes = graph.getNodeAttributes(id);
    graph.dropNode(id);
    unindexNode(this.state, attributes);
    this.undo.push(() => {
      graph.addNode(id, attributes);
      indexNode(this.state, attributes);
    });
  }

  /** Undoes every write of this transaction, newest first. */
  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i -= 1) this.undo[i]?.();
    this.undo.length = 0;
    this.state.version += 1;
  }
}

/**
 * Runs a body of writes as one transaction: if any write throws, the ones before it are
 * undone and the error rethrown, so the graph is never left half-changed.
 */
export function runTransaction(
  state: GraphState,
  body: (transaction: GraphTransaction) => void,
): GraphTransaction {
  const transaction = new GraphTransaction(state);
  try {
    body(transaction);
  } catch (error) {
    transaction.rollback();
    throw error;
  }
  return transaction;
}
