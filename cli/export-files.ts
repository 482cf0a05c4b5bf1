import { fileSources, listDocumentFiles } from '../loaders/inputs';
import { extractInOrder, type DocumentOutcome, type LoadSummary } from '../loaders/load';
import { createExtractionPool, type ExtractionPool } from '../loaders/pool';
import { exportDocumentsForImport } from '../store/neo4j/admin-import/export-documents';
import type { ImportManifest } from '../store/neo4j/admin-import/write-import-files';

/**
 * Files and directories straight into the CSV files of `neo4j-admin database import full`
 * (store/neo4j/admin-import/export-documents.ts): extraction runs on every core (a worker
 * pool), in order, a few documents ahead of the exporter, which writes each as it comes.
 */
export async function exportFilesForImport(options: {
  paths: readonly string[];
  dir: string;
  maxBytes: number;
  /** The worker pool to extract on, left open for the caller. Default: one made and closed here. */
  pool?: ExtractionPool;
  /** Called with the number of documents before the first, then after each. */
  onStart?: (documents: number) => void;
  onDocument?: (outcome: DocumentOutcome) => void;
}): Promise<{ manifest: ImportManifest; summary: LoadSummary }> {
  const files = await listDocumentFiles(options.paths);
  options.onStart?.(files.length);
  const pool = options.pool ?? createExtractionPool();
  try {
    return await exportDocumentsForImport({
      documents: extractInOrder({
        sources: fileSources(files, options.maxBytes),
        extract: (input) => pool.extract(input, { maxBytes: options.maxBytes }),
        // The exporter writes on the main thread meanwhile: enough queued to keep every worker busy.
        readAhead: pool.threads * 4,
      }),
      dir: options.dir,
      onDocument: options.onDocument,
    });
  } finally {
    if (!options.pool) await pool.close();
  }
}
