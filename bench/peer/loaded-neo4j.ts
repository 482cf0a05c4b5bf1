import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractDocument } from '../../loaders';
import type { GraphStore } from '../../store/graph-store';
import { openNeo4jStore } from '../../store/neo4j';
import { startNeo4j, type RunningNeo4j } from '../../tools/neo4j/start';
import { ensureCorpus, readCorpus } from '../corpus-files';
import { benchBulkLoading } from '../neo4j-loading';

/** A fresh Neo4j holding the bench corpus of `documents`, bulk-loaded through towngraph's store. */
export interface LoadedNeo4j {
  server: RunningNeo4j;
  store: GraphStore;
}

/**
 * Generates (or reuses) the corpus, starts a Neo4j in a temporary directory, loads the
 * corpus into it, and runs `work`; the server stops and its directory goes afterwards,
 * whatever `work` did. `work` owns the store: it closes it when done with it.
 * With `TOWNGRAPH_BENCH_NEO4J_DIR` set, the server opens that data directory instead (a
 * corpus imported by `bench/peer/import-corpus.ts`), loads nothing and leaves it in place.
 */
export async function withLoadedNeo4j(
  documents: number,
  work: (loaded: LoadedNeo4j) => Promise<void>,
): Promise<void> {
  const kept = process.env.TOWNGRAPH_BENCH_NEO4J_DIR;
  if (kept !== undefined && kept !== '') {
    const server = await startNeo4j({ dataDir: kept });
    try {
      await work({ server, store: await openNeo4jStore({ uri: server.uri }) });
    } finally {
      await server.stop();
    }
    return;
  }
  const { docsDir } = await ensureCorpus(documents, 1);
  const batch = (await readCorpus(docsDir)).map((input) => extractDocument(input).records);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'towngraph-profile-'));
  const server = await startNeo4j({ dataDir });
  try {
    const store = await openNeo4jStore({ uri: server.uri });
    await benchBulkLoading(store, batch);
    await work({ server, store });
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The part of a PROFILE plan the profiles read. */
export interface Plan {
  operatorType: string;
  dbHits?: number;
  rows?: number;
  children?: Plan[];
}

/** Database hits of a plan and every operator under it. */
export const dbHits = (plan: Plan): number =>
  (plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, child) => sum + dbHits(child), 0);
