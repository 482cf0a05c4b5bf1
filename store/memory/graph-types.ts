import { MultiDirectedGraph } from 'graphology';
import type { Properties, RelationshipType } from '../../schema/model';
import type { NodeRecord } from '../../schema/records';
import type { StoredNode, StoredRelationship } from '../graph-store';

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

/** Ids of the documents a node's MENTIONED_IN edges point to, sorted and unique. */
export function mentioningDocuments(graph: StoreGraph, id: string): string[] {
  const documents = new Set<string>();
  graph.forEachOutEdge(id, (_key, attributes, _source, target) => {
    if (attributes.type === 'MENTIONED_IN') documents.add(target);
  });
  return [...documents].sort();
}

/** The node as the GraphStore interface returns it; copies, so callers cannot alter the graph. */
export function storedNode(graph: StoreGraph, id: string): StoredNode {
  const attributes = graph.getNodeAttributes(id);
  return {
    id: attributes.id,
    label: attributes.label,
    name: attributes.name,
    aliases: [...attributes.aliases],
    properties: { ...attributes.properties },
    documentIds: attributes.label === 'Document' ? [] : mentioningDocuments(graph, id),
  };
}

export function storedRelationship(graph: StoreGraph, key: string): StoredRelationship {
  const attributes = graph.getEdgeAttributes(key);
  return {
    key,
    type: attributes.type,
    from: graph.source(key),
    to: graph.target(key),
    properties: { ...attributes.properties },
  };
}
