import neo4j, { type Driver } from 'neo4j-driver';
import { Neo4jGraphStore, openNeo4jStore } from '../store/neo4j';
import { noAuth } from '../store/neo4j/open-store';
import type { BulkWrite } from '../store/neo4j/load-batch';
import type { GraphStore } from '../store/graph-store';
import type { GraphRecords } from '../schema/records';
import { DEFAULT_BATCH_RECORDS } from '../loaders/load-batched';
import { benchLoading, countRecords, type LoadingFigures } from './loading';

export interface Neo4jLoadingFigures {
  /**
   * The whole corpus through the bulk path (loadDocumentBatch, ~20 000 records a
   * transaction), creating what is new (bulkWrite 'create', the default).
   */
  bulk: LoadingFigures;
  /** The same through the bulk path merging every node and edge (bulkWrite 'merge'), when asked. */
  bulkMerge?: LoadingFigures;
  /** bulk ÷ bulkMerge records/s, when both ran. */
  createOverMerge?: number;
  /** The first documents, one statement per record, into an empty database. */
  perRecordSample: LoadingFigures;
  /** The same first documents, one transaction per document (UNWIND, 1000 rows a statement). */
  perDocumentSample: LoadingFigures;
  /** bulk ÷ per-document records/s. */
  bulkGain: number;
  /** per-document ÷ per-record records/s on the same documents. */
  batchingGain: number;
  /** bulk records/s ÷ the goal of 20 000. */
  ofGoal: number;
}

/** Loads pre-extracted documents through the bulk path, timing the store alone. */
export async function benchBulkLoading(
  store: GraphStore,
  batch: readonly GraphRecords[],
): Promise<LoadingFigures> {
  if (!store.loadDocumentBatch) throw new Error(`the ${store.backend} store has no bulk path`);
  const records = batch.reduce((sum, one) => sum + countRecords(one), 0);
  const start = performance.now();
  let group: GraphRecords[] = [];
  let groupRecords = 0;
  for (const one of batch) {
    group.push(one);
    groupRecords += countRecords(one);
    if (groupRecords >= DEFAULT_BATCH_RECORDS) {
      await loadGroup(store, group);
      group = [];
      groupRecords = 0;
    }
  }
  if (group.length > 0) await loadGroup(store, group);
  const seconds = (performance.now() - start) / 1000;
  return {
    documents: batch.length,
    records,
    seconds,
    documentsPerSecond: batch.length / seconds,
    recordsPerSecond: records / seconds,
  };
}

async function loadGroup(store: GraphStore, group: readonly GraphRecords[]): Promise<void> {
  const outcomes = await store.loadDocumentBatch!(group);
  const failed = outcomes.find((outcome) => !outcome.ok);
  if (failed && !failed.ok) throw failed.error;
}

/**
 * Empties the database in transactions of 10 000 edges, then of 10 000 nodes: a hub's
 * DETACH DELETE would take all its edges into one transaction, beyond the memory pool.
 */
async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Loads a sample one statement per record and one transaction per document (emptying
 * the database before each), then the whole corpus through the bulk path into an empty
 * database, once per write of `bulkWrites` in that order, so the ratios compare the same
 * work from the same empty start. Leaves the corpus loaded and returns the store.
 */
export async function benchNeo4jLoading(options: {
  uri: string;
  batch: readonly GraphRecords[];
  sampleSize: number;
  /** Bulk writes to time, in order (default ['create']); a later one runs on a warmer JVM. */
  bulkWrites?: readonly BulkWrite[];
}): Promise<{ figures: Neo4jLoadingFigures; store: GraphStore }> {
  const store = await openNeo4jStore({ uri: options.uri });
  const driver = neo4j.driver(options.uri, noAuth());
  try {
    const sample = options.batch.slice(0, options.sampleSize);
    const perRecordSample = await benchLoading(new Neo4jGraphStore({ driver, loadBatchSize: 1 }), sample);
    await emptyDatabase(driver);
    const perDocumentSample = await benchLoading(store, sample);
    const bulkFigures = new Map<BulkWrite, LoadingFigures>();
    for (const write of options.bulkWrites ?? ['create']) {
      await emptyDatabase(driver);
      const writer = write === 'create' ? store : new Neo4jGraphStore({ driver, bulkWrite: write });
      bulkFigures.set(write, await benchBulkLoading(writer, options.batch));
    }
    const bulkMerge = bulkFigures.get('merge');
    const bulk = bulkFigures.get('create') ?? bulkMerge!;
    const figures: Neo4jLoadingFigures = {
      bulk,
      ...(bulkMerge && bulk !== bulkMerge
        ? { bulkMerge, createOverMerge: bulk.recordsPerSecond / bulkMerge.recordsPerSecond }
        : {}),
      perRecordSample,
      perDocumentSample,
      bulkGain: bulk.recordsPerSecond / perDocumentSample.recordsPerSecond,
      batchingGain: perDocumentSample.recordsPerSecond / perRecordSample.recordsPerSecond,
      ofGoal: bulk.recordsPerSecond / 20_000,
    };
    return { figures, store };
  } finally {
    await driver.close();
  }
}
