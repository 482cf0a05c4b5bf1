import type { GraphRecords } from '../schema/records';
import type { GraphStore, LoadResult } from '../store/graph-store';
import type { DocumentInput, DocumentSource } from './types';
import type { CorpusLexicon } from './corpus/lexicon';
import { rereadAfterLoad, type RereadSummary } from './corpus/reread';
import { lexiconFromStore } from './corpus/store-lexicon';
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
  /**
   * Corpus identity: the names this load taught the corpus and the documents (earlier ones
   * and this load's own) read again because they hold one. Absent when `corpus` is false.
   */
  corpus?: RereadSummary;
}

/** A document after extraction: its records, or why it could not be read. */
export type ExtractedDocument = { name: string; records: GraphRecords } | { name: string; failed: string };

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
  /**
   * Extraction, e.g. on a worker pool (loaders/pool). Default: extractDocument on this
   * thread, one document at a time.
   */
  extract?: (input: DocumentInput, lexicon?: CorpusLexicon) => Promise<GraphRecords>;
  /**
   * Corpus identity (loaders/corpus), on by default: documents are extracted with the names
   * the store already holds, and afterwards the documents that hold a name this load taught
   * are read again and replace their earlier reading — one learning pass per load, not one
   * per document.
   */
  corpus?: boolean;
  /** Most documents read again after the load (default DEFAULT_MAX_REREAD). */
  maxReread?: number;
  /**
   * Documents extracted ahead of the one the store is writing. With a pool, extraction of
   * the next documents runs on the other cores while the store writes. Default 0, or 4
   * when `extract` is given.
   */
  readAhead?: number;
}

/**
 * The load step: each document is extracted and handed to the store as one transaction,
 * or, where the store has a bulk path, in batches of many documents (loadBatched) that
 * still fail document by document. Extraction runs ahead of the store, which takes the
 * documents in order, so outcomes and merges are those of a sequential load.
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
  const corpus = options.corpus ?? true;
  const extract = options.extract ?? (async (input, lexicon) => extractDocument(input, { lexicon }).records);
  const before = corpus ? await lexiconFromStore(store) : undefined;
  const extracted = extractInOrder({
    sources: options.sources,
    extract: (input) => extract(input, before),
    readAhead: options.readAhead ?? (options.extract ? 4 : 0),
  });
  if (store.loadDocumentBatch) {
    const bulk = store as GraphStore & Required<Pick<GraphStore, 'loadDocumentBatch'>>;
    await loadBatched({ store: bulk, extracted, batchRecords: options.batchRecords, emit: record });
  } else {
    for await (const item of extracted) record(await storeOne(store, item));
  }
  if (before)
    summary.corpus = await rereadAfterLoad({ store, before, extract, maxDocuments: options.maxReread });
  return summary;
}

/** The sources' documents extracted in order, with up to `readAhead` more under way. */
export async function* extractInOrder(options: {
  sources: Iterable<DocumentSource>;
  extract: (input: DocumentInput) => Promise<GraphRecords>;
  readAhead: number;
}): AsyncGenerator<ExtractedDocument> {
  const iterator = options.sources[Symbol.iterator]();
  const pending: Promise<ExtractedDocument>[] = [];
  const startNext = (): boolean => {
    const next = iterator.next();
    if (next.done) return false;
    const { name, open } = next.value;
    pending.push(
      open()
        .then(options.extract)
        .then(
          (records) => ({ name, records }),
          (error: unknown) => ({ name, failed: error instanceof Error ? error.message : String(error) }),
        ),
    );
    return true;
  };
  while (pending.length <= options.readAhead && startNext());
  while (pending.length > 0) {
    const head = pending.shift()!;
    // Start the next extractions before handing this one over, so they run while it is stored.
    while (pending.length <= options.readAhead && startNext());
    yield await head;
  }
}

async function storeOne(store: GraphStore, item: ExtractedDocument): Promise<DocumentOutcome> {
  if ('failed' in item) return { name: item.name, status: 'failed', reason: item.failed };
  try {
    const result = await store.loadDocument(item.records);
    return { name: item.name, status: result.status, result };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { name: item.name, status: 'failed', reason };
  }
}
