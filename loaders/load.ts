import type { GraphRecords } from '../schema/records';
import type { GraphStore, LoadResult } from '../store/graph-store';
import type { DocumentInput, DocumentSource } from './types';
import { extractDocument } from './index';

/** What happened to one document of a batch. */
export type DocumentOutcome =
  | { name: string; status: LoadResult['status']; result: LoadResult }
  | { name: string; status: 'failed'; reason: string };

export interface LoadSummary {
  outcomes: DocumentOutcome[];
  loaded: number;
  replaced: number;
  unchanged: number;
  failed: number;
}

export interface LoadDocumentsOptions {
  store: GraphStore;
  sources: Iterable<DocumentSource>;
  /** Called after each document, whatever its outcome. */
  onDocument?: (outcome: DocumentOutcome) => void;
  /**
   * Extraction, e.g. on a worker pool (loaders/pool). Default: extractDocument on this
   * thread, one document at a time.
   */
  extract?: (input: DocumentInput) => Promise<GraphRecords>;
  /**
   * Documents extracted ahead of the one the store is writing. With a pool, extraction of
   * the next documents runs on the other cores while the store writes. Default 0, or twice
   * the pool's threads when `extract` is given.
   */
  readAhead?: number;
}

/**
 * The load step: each document is extracted and handed to the store as one transaction.
 * A document that fails (unreadable input, invalid records, store error) is reported and
 * the batch goes on, so one bad file never costs the others.
 */
export async function loadDocuments(options: LoadDocumentsOptions): Promise<LoadSummary> {
  const summary: LoadSummary = { outcomes: [], loaded: 0, replaced: 0, unchanged: 0, failed: 0 };
  const extract = options.extract ?? (async (input: DocumentInput) => extractDocument(input).records);
  const readAhead = options.readAhead ?? (options.extract ? 4 : 0);
  // Extractions run ahead of the store, which still takes one document at a time and in
  // order: the outcome and the graph are the same as a sequential load.
  const pending: { name: string; records: Promise<GraphRecords> }[] = [];
  const iterator = options.sources[Symbol.iterator]();
  const startNext = (): boolean => {
    const next = iterator.next();
    if (next.done) return false;
    const source = next.value;
    const records = source.open().then(extract);
    records.catch(() => undefined); // reported when its turn comes
    pending.push({ name: source.name, records });
    return true;
  };
  while (pending.length <= readAhead && startNext());
  while (pending.length > 0) {
    const head = pending.shift()!;
    const outcome = await storeOne(options.store, head);
    summary.outcomes.push(outcome);
    summary[outcome.status === 'failed' ? 'failed' : outcome.status] += 1;
    options.onDocument?.(outcome);
    while (pending.length <= readAhead && startNext());
  }
  return summary;
}

async function storeOne(
  store: GraphStore,
  extracted: { name: string; records: Promise<GraphRecords> },
): Promise<DocumentOutcome> {
  try {
    const result = await store.loadDocument(await extracted.records);
    return { name: extracted.name, status: result.status, result };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { name: extracted.name, status: 'failed', reason };
  }
}
