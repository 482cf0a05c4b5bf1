import type { NodeLabel, RelationshipType } from '../schema/model';
import type { StoredNode, StoredRelationship } from './graph-store';

/**
 * A prefetch: what the resolvers of a whole GraphQL selection will ask the request's
 * loaders for, read in one statement and primed into the loaders, so that the resolvers
 * run unchanged and find every answer already there (resolvers/compiled builds the plan
 * from the selection; store/neo4j/compiled turns it into one Cypher statement).
 */

/**
 * The edges of one type, in one direction, of the node and of every node that many
 * hops away along them minus one: `depth` 1 is one hop (`related`), 8 the whole
 * LOCATED_IN chain above a place or tree below it (`ancestorsOf`, `descendantsOf`).
 */
export interface PrefetchWalk {
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  depth: number;
  /**
   * Only the nodes of this label within `depth` hops, as one list, without the edges on
   * the way: what a field that keeps one label below a place answers (its projects,
   * enterprises …). The walk's other nodes and edges are not read.
   */
  label?: NodeLabel;
  /**
   * Only the distinct nodes at the other end of each node's edges, not the edges: what a
   * field answers whose resolver reads the ends alone (the places above a node). The
   * loaders keep every parallel edge (one per document stating the fact), so a city's
   * way up is hundreds of edges to one province; they are read once each and not sent.
   * The answer comes as `neighbours`, never as edge lists (which must be complete).
   */
  endsOnly?: boolean;
}

/** One field's walk, applied to the nodes of one label, then its nested fields' walks. */
export interface PrefetchStep {
  /** The type whose field asks: nodes with another label skip the step. */
  onLabel: NodeLabel;
  walk: PrefetchWalk;
  /** Steps applied to every node the walk reached (the field's sub-selection). */
  nested: PrefetchStep[];
}

export interface PrefetchRequest {
  /** The root nodes (a `node(id)`, the ids of `nodes(ids)`). */
  ids: readonly string[];
  steps: readonly PrefetchStep[];
  /** Most nodes and edges the prefetch may read: WORK_LIMIT past it. */
  maxReads: number;
  /** The request's deadline. */
  signal?: AbortSignal;
}

/** Every edge of one (node, direction, type): exactly what the edge loader's key asks. */
export interface PrefetchedEdges {
  nodeId: string;
  direction: 'OUT' | 'IN';
  type: RelationshipType;
  relationships: StoredRelationship[];
}

/** The nodes a labelled walk (PrefetchWalk.label) reached from one node. */
export interface PrefetchedReach {
  nodeId: string;
  walk: PrefetchWalk;
  nodeIds: string[];
}

/** The distinct other ends of one node's edges of one type and direction (an endsOnly walk). */
export interface PrefetchedNeighbours {
  nodeId: string;
  direction: 'OUT' | 'IN';
  type: RelationshipType;
  nodeIds: string[];
}

export interface PrefetchResult {
  /** The root nodes found, and every node at the other end of a prefetched edge or reach. */
  nodes: StoredNode[];
  edges: PrefetchedEdges[];
  /** The answers of labelled walks; absent when the request had none. */
  reached?: PrefetchedReach[];
  /** The answers of endsOnly walks, for every node they passed; absent when none. */
  neighbours?: PrefetchedNeighbours[];
  /** Nodes and edges read, charged to the request's read budget. */
  reads: number;
}
