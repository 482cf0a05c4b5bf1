import { MultiDirectedGraph } from 'graphology';
import type { Properties, RelationshipType } from '../../schema/model';
import type { NodeRecord } from '../../schema/records';
import type { StoredRelationship } from '../graph-store';
import { copyProperties } from './stored-node';

/** Attributes of a graph node: the node record as loaded and merged. */
export type NodeAttributes = NodeRecord;

/** Attributes of a graph edge; its key is relationshipKey() and its ends are the graph's. */
export interface EdgeAttributes {
  type: RelationshipType;
  properties: Properties;
}

export type StoreGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createStoreGraph(): StoreGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
}

export function storedRelationship(graph: StoreGraph, key: string): StoredRelationship {
  const attributes = graph.getEdgeAttributes(key);
  return {
    key,
    type: attributes.type,
    from: graph.source(key),
    to: graph.target(key),
    properties: copyProperties(attributes.properties),
  };
}
