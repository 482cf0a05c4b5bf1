import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GraphStore } from '../store/graph-store';
import { writeImportFiles } from '../store/neo4j/admin-import/write-import-files';
import { importIntoNewDatabase } from '../tools/neo4j/import';
import { directorySize } from './disk-size';

export interface ImportPathFigures {
  nodes: number;
  relationships: number;
  /** Writing the CSV files from the store. */
  exportSeconds: number;
  /** neo4j-admin import plus the first open (schema, empty lists). */
  importSeconds: number;
  /** (nodes + relationships) ÷ (export + import seconds). */
  recordsPerSecond: number;
  csvMiB: number;
  databaseMiB: number;
}

/**
 * The bulk path, timed: the embedded store's graph written as CSV for neo4j-admin, then
 * imported into a fresh database. Extraction and merging are timed by the caller (the
 * embedded load of the same documents).
 */
export async function benchImportPath(store: GraphStore): Promise<ImportPathFigures> {
  const csvDir = await mkdtemp(path.join(tmpdir(), 'towngraph-bench-export-'));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'towngraph-bench-import-'));
  try {
    const start = performance.now();
    const manifest = await writeImportFiles({ store, dir: csvDir });
    const exportSeconds = (performance.now() - start) / 1000;
    const imported = await importIntoNewDatabase({ csvDir, dataDir });
    const records = manifest.nodeCount + manifest.relationshipCount;
    return {
      nodes: manifest.nodeCount,
      relationships: manifest.relationshipCount,
      exportSeconds,
      importSeconds: imported.seconds,
      recordsPerSecond: records / (exportSeconds + imported.seconds),
      csvMiB: (await directorySize(csvDir)) / 2 ** 20,
      databaseMiB: (await directorySize(path.join(dataDir, 'data'))) / 2 ** 20,
    };
  } finally {
    await rm(csvDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}
