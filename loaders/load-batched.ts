import type { BatchLoadOutcome, GraphStore } from '../store/graph-store';
import type { GraphRecords } from '../schema/records';
import type { DocumentOutcome, ExtractedDocument } from './load';

/** Records per batch transaction: large enough that a commit costs little per record. */
export const DEFAULT_BATCH_RECORDS = 20_000;

type Pending = ExtractedDocument;

export interface BatchedLoadOptions {
  store: GraphStore & Required<Pick<GraphStore, 'loadDocumentBatch'>>;
  /** The documents, extracted in order (extraction runs ahead while a batch is written). */
  extracted: AsyncIterable<ExtractedDocument>;
  /** Records (documents, nodes, relationships) a batch gathers before it is sent. */
  batchRecords?: number;
  /** Called per document, in document order. */
  emit: (outcome: DocumentOutcome) => void;
}

/**
 * The load step for stores with a bulk path: documents are extracted into a batch of
 * about `batchRecords` records, and while the store writes one batch the next is being
 * extracted (one batch in flight, so outcomes and merges keep the documents' order).
 * Extraction failures stay in their place in the order.
 */
export async function loadBatched(options: BatchedLoadOptions): Promise<void> {
  const limit = options.batchRecords ?? DEFAULT_BATCH_RECORDS;
  let inFlight: Promise<void> = Promise.resolve();
  let pending: Pending[] = [];
  let records = 0;
  const flush = (): void => {
    const batch = pending;
    pending = [];
    records = 0;
    const previous = inFlight;
    const writing = send(options.store, batch);
    inFlight = (async () => {
      await previous;
      for (const outcome of await writing) options.emit(outcome);
    })();
  };
  for await (const item of options.extracted) {
    pending.push(item);
    if ('records' in item) records += recordCount(item.records);
    if (records >= limit) {
      // One batch in flight at a time: wait for the previous before sending the next.
      await inFlight;
      flush();
    }
  }
  await inFlight;
  if (pending.length > 0) flush();
  await inFlight;
}

function recordCount(records: GraphRecords): number {
  return records.documents.length + records.nodes.length + records.relationships.length;
}

async function send(
  store: BatchedLoadOptions['store'],
  batch: readonly Pending[],
): Promise<DocumentOutcome[]> {
  const extracted = batch.flatMap((item) => ('records' in item ? [item] : []));
  let results: BatchLoadOutcome[];
  try {
    results = await store.loadDocumentBatch(extracted.map((item) => item.records));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    results = extracted.map(() => ({ ok: false, error: new Error(reason) }));
  }
  const byItem = new Map(extracted.map((item, index) => [item, results[index]]));
  return batch.map((item): DocumentOutcome => {
    if ('failed' in item) return { name: item.name, status: 'failed', reason: item.failed };
    const result = byItem.get(item);
    if (!result) return { name: item.name, status: 'failed', reason: 'the store gave no outcome' };
    if (!result.ok) return { name: item.name, status: 'failed', reason: result.error.message };
    return { name: item.name, status: result.result.status, result: result.result };
  });
}
