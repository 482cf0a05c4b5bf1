import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportFilesForImport } from '../cli/export-files';
import { importIntoNewDatabase } from '../tools/neo4j/import';
import { directorySize } from './disk-size';

export interface StreamedImportFigures {
  documents: number;
  failed: number;
  nodes: number;
  relationships: number;
  /** Reading and extracting every document on the worker pool, written as CSV as they come. */
  extractAndExportSeconds: number;
  /** neo4j-admin import plus the first open (schema, empty lists). */
  importSeconds: number;
  /** neo4j-admin alone. */
  importerSeconds: number;
  /** The first open of the imported database: the schema populated, the empty lists set. */
  firstOpenSeconds: number;
  /** From the document files to a database the server opens. */
  endToEndSeconds: number;
  /** (nodes + relationships) ÷ endToEndSeconds. */
  recordsPerSecond: number;
  csvMiB: number;
  databaseMiB: number;
  /** Peak resident memory of this process (main thread and extraction workers) so far. */
  nodePeakRssMiB: number;
}

/**
 * The import path end to end, extraction included: the corpus files extracted on the
 * worker pool and streamed into the CSV files for neo4j-admin (no store in memory, so
 * the corpus may exceed the embedded store's ceiling), then imported into a fresh
 * database. `whileImported` runs with the imported data directory and the figures before
 * the directory is removed.
 */
export async function benchStreamedImport(options: {
  docsDir: string;
  importerHeap?: string;
  whileImported?: (dataDir: string, figures: StreamedImportFigures) => Promise<void>;
}): Promise<StreamedImportFigures> {
  const csvDir = await mkdtemp(path.join(tmpdir(), 'towngraph-bench-streamed-'));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'towngraph-bench-streamed-import-'));
  try {
    const start = performance.now();
    const { manifest, summary } = await exportFilesForImport({
      paths: [options.docsDir],
      dir: csvDir,
      maxBytes: 16 * 1024 * 1024,
    });
    const extractAndExportSeconds = (performance.now() - start) / 1000;
    const imported = await importIntoNewDatabase({ csvDir, dataDir, heap: options.importerHeap });
    const endToEndSeconds = extractAndExportSeconds + imported.seconds;
    const figures: StreamedImportFigures = {
      documents: summary.outcomes.length,
      failed: summary.failed,
      nodes: manifest.nodeCount,
      relationships: manifest.relationshipCount,
      extractAndExportSeconds,
      importSeconds: imported.seconds,
      importerSeconds: imported.importerSeconds,
      firstOpenSeconds: imported.firstOpenSeconds,
      endToEndSeconds,
      recordsPerSecond: (manifest.nodeCount + manifest.relationshipCount) / endToEndSeconds,
      csvMiB: (await directorySize(csvDir)) / 2 ** 20,
      databaseMiB: (await directorySize(path.join(dataDir, 'data'))) / 2 ** 20,
      nodePeakRssMiB: process.resourceUsage().maxRSS / 1024,
    };
    await options.whileImported?.(dataDir, figures);
    return figures;
  } finally {
    await rm(csvDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}
