import neo4j from 'neo4j-driver';
import { Neo4jGraphStore, openNeo4jStore } from '../store/neo4j';
import { noAuth } from '../store/neo4j/open-store';
import type { GraphStore } from '../store/graph-store';
import type { GraphRecords } from '../schema/records';
import { DEFAULT_BATCH_RECORDS } from '../loaders/load-batched';
import { benchLoading, countRecords, type LoadingFigures } from './loading';

export interface Neo4jLoadingFigures {
  /** The whole corpus through the bulk path (loadDocumentBatch, ~20 000 records a transaction). */
  bulk: LoadingFigures;
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
 * Loads a sample one statement per record and one transaction per document (emptying
 * the database before each), then the whole corpus through the bulk path into an empty
 * database, so the ratios compare the same work from the same empty start. Leaves the
 * corpus loaded and returns the store.
 */
export async function benchNeo4jLoading(options: {
  uri: string;
  batch: readonly GraphRecords[];
  sampleSize: number;
}): Promise<{ figures: Neo4jLoadingFigures; store: GraphStore }> {
  const store = await openNeo4jStore({ uri: options.uri });
  const driver = neo4j.driver(options.uri, noAuth());
  try {
    const sample = options.batch.slice(0, options.sampleSize);
    const perRecordSample = await benchLoading(new Neo4jGraphStore({ driver, loadBatchSize: 1 }), sample);
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    const perDocumentSample = await benchLoading(store, sample);
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    const bulk = await benchBulkLoading(store, options.batch);
    const figures: Neo4jLoadingFigures = {
      bulk,
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
