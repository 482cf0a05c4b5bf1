import { abortCheck } from '../deadline';
import type { RelationshipQuery, StoredRelationship } from '../graph-store';
import type { StoreGraph } from './graph-types';
import { storedRelationship } from './graph-types';

/**
 * Edges touching any of the nodes, in the direction asked, each edge once even when both
 * its ends were asked for. Grouped by the order of nodeIds; unknown ids contribute nothing.
 */
export function relationshipsOf(graph: StoreGraph, query: RelationshipQuery): StoredRelationship[] {
  const types = query.types && query.types.length > 0 ? new Set(query.types) : undefined;
  const seen = new Set<string>();
  const result: StoredRelationship[] = [];
  const visit = (key: string, type: string): void => {
    if (seen.has(key) || (types && !types.has(type as never))) return;
    seen.add(key);
    result.push(storedRelationship(graph, key));
  };
  const check = abortCheck(query.signal, 64);
  for (const id of query.nodeIds) {
    check();
    if (!graph.hasNode(id)) continue;
    if (query.direction !== 'IN') graph.forEachOutEdge(id, (key, attributes) => visit(key, attributes.type));
    if (query.direction !== 'OUT') graph.forEachInEdge(id, (key, attributes) => visit(key, attributes.type));
  }
  return result;
}
