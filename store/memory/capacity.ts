import { getHeapStatistics } from 'node:v8';
import { TowngraphError } from '../../schema/errors';
import type { GraphRecords } from '../../schema/records';
import type { GraphState } from './graph-state';

/**
 * The most entries a V8 Map holds (2^24). graphology keeps nodes and edges in Maps, and
 * the store's indexes are Maps and Sets too, so no embedded graph can pass this many
 * edges, whatever the memory.
 */
export const V8_MAP_LIMIT = 2 ** 24;

/**
 * Heap bytes per stored node or edge, indexes included: measured on the 1000-document
 * bench corpus (11 548 nodes, 28 226 edges: 1350 bytes each after a full GC, Node 20).
 */
export const HEAP_BYTES_PER_RECORD = 1350;

/**
 * The default ceiling, in nodes plus edges: three quarters of the Map limit, or what
 * fills 60 % of this process's heap limit, whichever is lower. With Node's default heap
 * (4 GiB on a 24 GiB machine) the heap is the bound, at about 1.9 M records (some 45 000
 * documents of the bench corpus); the Map limit only binds with a heap above 22 GiB.
 */
export function defaultRecordCeiling(heapLimit = getHeapStatistics().heap_size_limit): number {
  return Math.min(Math.floor(V8_MAP_LIMIT * 0.75), Math.floor((heapLimit * 0.6) / HEAP_BYTES_PER_RECORD));
}

export class StoreFullError extends TowngraphError {
  constructor(message: string) {
    super(message, { code: 'STORE_FULL', status: 507 });
  }
}

/**
 * Refuses a load that could take the graph past the ceiling, before anything changes.
 * Counts every record of the load as new (merges may add fewer), so it refuses early
 * rather than late.
 */
export function checkCapacity(state: GraphState, options: { records: GraphRecords; ceiling: number }): void {
  const { records, ceiling } = options;
  const stored = state.graph.order + state.graph.size;
  const adding = records.documents.length + records.nodes.length + records.relationships.length;
  if (stored + adding <= ceiling) return;
  throw new StoreFullError(
    `the embedded store is full: it holds ${stored} nodes and relationships and this document ` +
      `would add up to ${adding}, past its ceiling of ${ceiling} (set by the process heap and ` +
      `the 2^24 entries a JavaScript Map can hold). Use Neo4j for a graph this size: set ` +
      `NEO4J_URI (or --store neo4j) and load again.`,
  );
}
