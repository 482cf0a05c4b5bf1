import type { RelationshipType } from '../../schema/model';
import type { GraphState } from './graph-state';
import type { EdgeBundle } from './structure-index';

/**
 * Undirected adjacency over the allowed relationship types, for paths and neighbourhoods.
 * Without MENTIONED_IN (the default) it reads the structure index; a walk that names
 * MENTIONED_IN reads the graph's edges instead. Self-loops never lead anywhere.
 */
export class Adjacency {
  private readonly allowed: (type: RelationshipType) => boolean;
  private readonly viaMentions: boolean;
  private readonly sorted = new Map<string, string[]>();

  constructor(
    private readonly state: GraphState,
    types: readonly RelationshipType[] | undefined,
  ) {
    this.allowed = allowedTypes(types);
    this.viaMentions = this.allowed('MENTIONED_IN');
  }

  /** Calls visit for each neighbour joined by at least one allowed edge. */
  forEachNeighbour(id: string, visit: (neighbour: string) => void): void {
    if (this.viaMentions) {
      this.state.graph.forEachEdge(id, (_key, attributes, source, target) => {
        if (!this.allowed(attributes.type)) return;
        const other = source === id ? target : source;
        if (other !== id) visit(other);
      });
      return;
    }
    for (const [neighbour, bundle] of this.state.structure.neighbours(id)) {
      if (neighbour !== id && this.bundleAllowed(bundle)) visit(neighbour);
    }
  }

  /** Neighbours in id order (each once), for walks whose results must be stable. */
  sortedNeighbours(id: string): readonly string[] {
    let found = this.sorted.get(id);
    if (!found) {
      const set = new Set<string>();
      this.forEachNeighbour(id, (neighbour) => set.add(neighbour));
      found = [...set].sort();
      this.sorted.set(id, found);
    }
    return found;
  }

  /** The one edge that stands for all allowed parallel edges of a pair: the smallest key. */
  edgeBetween(a: string, b: string): string {
    let best: string | undefined;
    const consider = (key: string): void => {
      if (best === undefined || key < best) best = key;
    };
    if (this.viaMentions) {
      this.state.graph.forEachEdge(a, b, (key, attributes) => this.allowed(attributes.type) && consider(key));
      this.state.graph.forEachEdge(b, a, (key, attributes) => this.allowed(attributes.type) && consider(key));
    } else {
      for (const [type, keys] of this.state.structure.neighbours(a).get(b) ?? []) {
        if (this.allowed(type)) for (const key of keys) consider(key);
      }
    }
    if (best === undefined) throw new Error(`invariant violated: no edge between ${a} and ${b}`);
    return best;
  }

  /** Hop counts from a node, up to maxHops (and at most `maxNodes` nodes, nearest first). */
  distances(from: string, maxHops: number, options: LayerOptions = {}): Layers {
    const layers = new Layers(this, from, options);
    layers.expandTo(maxHops);
    return layers;
  }

  private bundleAllowed(bundle: EdgeBundle): boolean {
    for (const type of bundle.keys()) if (this.allowed(type)) return true;
    return false;
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

export interface LayerOptions {
  /** Most nodes the layers may hold; past it they stop growing and say `truncated`. */
  maxNodes?: number;
  /** Called at every step: throws to stop the walk (the request's deadline). */
  check?: () => void;
}

/**
 * Breadth-first layers around a node, grown only as far as asked: a path search that
 * finds enough short paths never pays for the deeper layers.
 */
export class Layers {
  readonly distance: Map<string, number>;
  /** True once a layer was cut at maxNodes. */
  truncated = false;
  private frontier: string[];
  private depth = 0;
  private readonly maxNodes: number;
  private readonly check: () => void;

  constructor(
    private readonly adjacency: Adjacency,
    origin: string,
    options: LayerOptions = {},
  ) {
    this.distance = new Map([[origin, 0]]);
    this.frontier = [origin];
    this.maxNodes = options.maxNodes ?? Infinity;
    this.check = options.check ?? (() => undefined);
  }

  expandTo(depth: number): void {
    while (this.depth < depth && this.frontier.length > 0) {
      const next: string[] = [];
      const hops = this.depth + 1;
      for (const node of this.frontier) {
        this.adjacency.forEachNeighbour(node, (neighbour) => {
          this.check();
          if (this.distance.has(neighbour)) return;
          if (this.distance.size >= this.maxNodes) {
            this.truncated = true;
            return;
          }
          this.distance.set(neighbour, hops);
          next.push(neighbour);
        });
      }
      this.frontier = next;
      this.depth = hops;
    }
  }
}
