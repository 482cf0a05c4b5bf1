import type { GraphStore } from '../store/graph-store';
import type { GraphRecords } from '../schema/records';

export interface LoadingFigures {
  documents: number;
  records: number;
  seconds: number;
  documentsPerSecond: number;
  recordsPerSecond: number;
}

export function countRecords(records: GraphRecords): number {
  return records.documents.length + records.nodes.length + records.relationships.length;
}

/** Loads pre-extracted documents one transaction each, timing the store alone. */
export async function benchLoading(
  store: GraphStore,
  batch: readonly GraphRecords[],
): Promise<LoadingFigures> {
  const records = batch.reduce((sum, one) => sum + countRecords(one), 0);
  const start = performance.now();
  for (const one of batch) await store.loadDocument(one);
  const seconds = (performance.now() - start) / 1000;
  return {
    documents: batch.length,
    records,
    seconds,
    documentsPerSecond: batch.length / seconds,
    recordsPerSecond: records / seconds,
  };
}
