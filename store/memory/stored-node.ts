import type { Properties } from '../../schema/model';
import type { StoredNode } from '../graph-store';
import type { GraphState } from './graph-state';

/** The node as the GraphStore interface returns it; copies, so callers cannot alter the graph. */
export function storedNode(state: GraphState, id: string): StoredNode {
  const attributes = state.graph.getNodeAttributes(id);
  return {
    id: attributes.id,
    label: attributes.label,
    name: attributes.name,
    aliases: [...attributes.aliases],
    properties: copyProperties(attributes.properties),
    documentIds: attributes.label === 'Document' ? [] : [...state.mentions.documentsOf(id)],
  };
}

export function copyProperties(properties: Properties): Properties {
  const copy: Properties = {};
  for (const [key, value] of Object.entries(properties))
    copy[key] = Array.isArray(value) ? [...value] : value;
  return copy;
}
