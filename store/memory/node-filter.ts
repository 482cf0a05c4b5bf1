import type { PropertyValue } from '../../schema/model';
import type { NodeFilter } from '../graph-store';
import type { GraphState } from './graph-state';
import type { NodeAttributes } from './graph-types';
import { nodesLocatedUnder } from './located-under';

/**
 * Ids of the nodes a filter selects. The narrowest given filter (ids, relatedTo,
 * documentId, underPlaceId, label) yields the candidates; every filter is then checked
 * on each candidate, so all given filters hold.
 */
export function filterNodeIds(state: GraphState, filter: NodeFilter): string[] {
  const { graph } = state;
  const sets: Set<string>[] = [];
  if (filter.ids) sets.push(new Set(filter.ids.filter((id) => graph.hasNode(id))));
  if (filter.relatedTo) sets.push(relatedTo(state, filter.relatedTo));
  if (filter.documentId !== undefined) sets.push(mentionedIn(state, filter.documentId));
  if (filter.underPlaceId !== undefined) sets.push(nodesLocatedUnder(graph, filter.underPlaceId));
  if (filter.label) sets.push(state.nodesByLabel.get(filter.label) ?? new Set());
  const candidates = sets.length > 0 ? smallest(sets) : new Set(graph.nodes());
  const others = sets.filter((set) => set !== candidates);
  const result: string[] = [];
  for (const id of candidates) {
    if (!others.every((set) => set.has(id))) continue;
    if (matchesAttributes(graph.getNodeAttributes(id), filter)) result.push(id);
  }
  return result;
}

function smallest(sets: Set<string>[]): Set<string> {
  return sets.reduce((a, b) => (b.size < a.size ? b : a));
}

function relatedTo(state: GraphState, related: NonNullable<NodeFilter['relatedTo']>): Set<string> {
  const found = new Set<string>();
  if (!state.graph.hasNode(related.id)) return found;
  state.graph.forEachInEdge(related.id, (_key, attributes, source) => {
    if (attributes.type === related.type) found.add(source);
  });
  return found;
}

function mentionedIn(state: GraphState, documentId: string): Set<string> {
  const found = new Set<string>();
  if (!state.graph.hasNode(documentId)) return found;
  state.graph.forEachInEdge(documentId, (_key, attributes, source) => {
    if (attributes.type === 'MENTIONED_IN') found.add(source);
  });
  return found;
}

function matchesAttributes(node: NodeAttributes, filter: NodeFilter): boolean {
  if (filter.label && node.label !== filter.label) return false;
  if (filter.nameContains !== undefined && !nameContains(node, filter.nameContains)) return false;
  for (const [key, expected] of Object.entries(filter.properties ?? {})) {
    if (!propertyEquals(node.properties[key], expected)) return false;
  }
  return true;
}

function nameContains(node: NodeAttributes, text: string): boolean {
  return node.name.includes(text) || node.aliases.some((alias) => alias.includes(text));
}

/** Equality as Cypher's `=`: arrays equal item by item; a missing property equals nothing. */
export function propertyEquals(actual: PropertyValue | undefined, expected: PropertyValue): boolean {
  if (actual === undefined || actual === null || expected === null) return false;
  if (Array.isArray(actual) || Array.isArray(expected)) {
    if (!Array.isArray(actual) || !Array.isArray(expected) || actual.length !== expected.length) return false;
    return actual.every((item, index) => item === expected[index]);
  }
  return actual === expected;
}
