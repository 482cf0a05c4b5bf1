import type { RelationshipType } from '../../schema/model';

/** Edge keys between a node and one neighbour, by relationship type. */
export type EdgeBundle = Map<RelationshipType, Set<string>>;

/**
 * Undirected adjacency over every relationship but MENTIONED_IN: for each node, its
 * neighbours and the edges to each. Paths and neighbourhoods walk this instead of the
 * graph's edge lists, where a district mentioned by a thousand documents has thousands
 * of MENTIONED_IN and parallel LOCATED_IN edges but only a few dozen neighbours.
 */
export class StructureIndex {
  private readonly adjacency = new Map<string, Map<string, EdgeBundle>>();

  add(edge: { key: string; from: string; to: string; type: RelationshipType }): void {
    this.bundle(edge.from, edge.to, edge.type).add(edge.key);
    if (edge.from !== edge.to) this.bundle(edge.to, edge.from, edge.type).add(edge.key);
  }

  remove(edge: { key: string; from: string; to: string; type: RelationshipType }): void {
    this.forget(edge.from, edge.to, edge);
    if (edge.from !== edge.to) this.forget(edge.to, edge.from, edge);
  }

  /** Neighbours of a node (itself excluded) with the edges to each. */
  neighbours(id: string): ReadonlyMap<string, EdgeBundle> {
    return this.adjacency.get(id) ?? new Map();
  }

  private bundle(node: string, neighbour: string, type: RelationshipType): Set<string> {
    let neighbours = this.adjacency.get(node);
    if (!neighbours) {
      neighbours = new Map();
      this.adjacency.set(node, neighbours);
    }
    let bundle = neighbours.get(neighbour);
    if (!bundle) {
      bundle = new Map();
      neighbours.set(neighbour, bundle);
    }
    let keys = bundle.get(type);
    if (!keys) {
      keys = new Set();
      bundle.set(type, keys);
    }
    return keys;
  }

  private forget(node: string, neighbour: string, edge: { key: string; type: RelationshipType }): void {
    const neighbours = this.adjacency.get(node);
    const bundle = neighbours?.get(neighbour);
    const keys = bundle?.get(edge.type);
    if (!neighbours || !bundle || !keys) return;
    keys.delete(edge.key);
    if (keys.size > 0) return;
    bundle.delete(edge.type);
    if (bundle.size > 0) return;
    neighbours.delete(neighbour);
    if (neighbours.size === 0) this.adjacency.delete(node);
  }
}
