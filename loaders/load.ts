import type { GraphStore, LoadResult } from '../store/graph-store';
import type { DocumentSource } from './types';
import { extractDocument } from './index';
import { loadBatched } from './load-batched';

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
   * Records per transaction for stores with a bulk path (Neo4j); the default is
   * DEFAULT_BATCH_RECORDS. Stores without one load a document per transaction.
   */
  batchRecords?: number;
}

/**
 * The load step: each document is extracted and handed to the store as one transaction,
 * or, where the store has a bulk path, in batches of many documents (loadBatched) that
 * still fail document by document.
 * A document that fails (unreadable input, invalid records, store error) is reported and
 * the batch goes on, so one bad file never costs the others.
 */
export async function loadDocuments(options: LoadDocumentsOptions): Promise<LoadSummary> {
  const summary: LoadSummary = { outcomes: [], loaded: 0, replaced: 0, unchanged: 0, failed: 0 };
  const record = (outcome: DocumentOutcome): void => {
    summary.outcomes.push(outcome);
    summary[outcome.status === 'failed' ? 'failed' : outcome.status] += 1;
    options.onDocument?.(outcome);
  };
  const { store } = options;
  if (store.loadDocumentBatch) {
    const bulk = store as GraphStore & Required<Pick<GraphStore, 'loadDocumentBatch'>>;
    await loadBatched({
      store: bulk,
      sources: options.sources,
      batchRecords: options.batchRecords,
      emit: record,
    });
    return summary;
  }
  for (const source of options.sources) record(await loadOne(store, source));
  return summary;
}

async function loadOne(store: GraphStore, source: DocumentSource): Promise<DocumentOutcome> {
  try {
    const { records } = extractDocument(await source.open());
    const result = await store.loadDocument(records);
    return { name: source.name, status: result.status, result };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { name: source.name, status: 'failed', reason };
  }
}
