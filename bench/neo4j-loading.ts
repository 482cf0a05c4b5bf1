import neo4j from 'neo4j-driver';
import { Neo4jGraphStore, openNeo4jStore } from '../store/neo4j';
import { noAuth } from '../store/neo4j/open-store';
import type { GraphStore } from '../store/graph-store';
import type { GraphRecords } from '../schema/records';
import { benchLoading, type LoadingFigures } from './loading';

export interface Neo4jLoadingFigures {
  /** The whole corpus, batched (UNWIND, 1000 rows a statement). */
  batched: LoadingFigures;
  /** The first documents, one statement per record, into an empty database. */
  perRecordSample: LoadingFigures;
  /** The same first documents batched, timed within the batched run. */
  batchedSample: LoadingFigures;
  /** batched ÷ per-record records/s on the same documents. */
  batchingGain: number;
}

/**
 * Loads the corpus into Neo4j twice over the same sample: one statement per record, then
 * (after emptying the database) batched, so the ratio compares the same work from the
 * same empty start. Leaves the whole corpus loaded and returns the batched store.
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
    const batchedSample = await benchLoading(store, sample);
    const rest = await benchLoading(store, options.batch.slice(options.sampleSize));
    const seconds = batchedSample.seconds + rest.seconds;
    const records = batchedSample.records + rest.records;
    const batched: LoadingFigures = {
      documents: options.batch.length,
      records,
      seconds,
      documentsPerSecond: options.batch.length / seconds,
      recordsPerSecond: records / seconds,
    };
    const batchingGain = batchedSample.recordsPerSecond / perRecordSample.recordsPerSecond;
    return { figures: { batched, perRecordSample, batchedSample, batchingGain }, store };
  } finally {
    await driver.close();
  }
}
