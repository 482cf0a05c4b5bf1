import type { RelationshipType } from '../../schema/model';
import type { StoreGraph } from './graph-types';

/**
 * Undirected adjacency over the allowed relationship types: for each neighbour, the one
 * edge that stands for all parallel edges between the pair (the smallest key, so the
 * choice is stable). Paths and neighbourhoods walk relationships in either direction.
 */
export class Adjacency {
  private readonly cache = new Map<string, Map<string, string>>();

  constructor(
    private readonly graph: StoreGraph,
    private readonly allowed: (type: RelationshipType) => boolean,
  ) {}

  neighbours(id: string): Map<string, string> {
    let found = this.cache.get(id);
    if (found) return found;
    const map = new Map<string, string>();
    this.graph.forEachEdge(id, (key, attributes, source, target) => {
      if (!this.allowed(attributes.type)) return;
      const other = source === id ? target : source;
      if (other === id) return;
      const current = map.get(other);
      if (current === undefined || key < current) map.set(other, key);
    });
    found = new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    this.cache.set(id, found);
    return found;
  }

  /**
   * Hop counts from a node, up to maxHops. Walks edges directly rather than through
   * neighbours(), so that a wide search allocates no per-node neighbour maps.
   */
  distances(from: string, maxHops: number): Map<string, number> {
    const distance = new Map([[from, 0]]);
    const queue = [from];
    for (let i = 0; i < queue.length; i += 1) {
      const current = queue[i] as string;
      const hops = distance.get(current) as number;
      if (hops >= maxHops) continue;
      this.graph.forEachEdge(current, (_key, attributes, source, target) => {
        const next = source === current ? target : source;
        if (distance.has(next) || !this.allowed(attributes.type)) return;
        distance.set(next, hops + 1);
        queue.push(next);
      });
    }
    return distance;
  }
}

/** The default walk: every relationship but MENTIONED_IN, which would link everything through documents. */
export function allowedTypes(
  types: readonly RelationshipType[] | undefined,
): (type: RelationshipType) => boolean {
  if (types && types.length > 0) {
    const set = new Set(types);
    return (type) => set.has(type);
  }
  return (type) => type !== 'MENTIONED_IN';
}
