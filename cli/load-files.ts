import type { GraphStore } from '../store/graph-store';
import { fileSources, listDocumentFiles } from '../loaders/inputs';
import { loadDocuments, type LoadSummary } from '../loaders/load';
import { createExtractionPool, type ExtractionPool } from '../loaders/pool';
import { createLoadProgress } from './progress';

/**
 * Loads files and directories into a store, showing progress on stderr. Extraction runs
 * on every core (a worker pool) while the store writes the documents already extracted.
 */
export async function loadFilesWithProgress(options: {
  store: GraphStore;
  paths: readonly string[];
  maxBytes: number;
  /** The worker pool to extract on, left open for the caller. Default: one made and closed here. */
  pool?: ExtractionPool;
}): Promise<LoadSummary> {
  const files = await listDocumentFiles(options.paths);
  const progress = createLoadProgress(files.length);
  const pool = options.pool ?? createExtractionPool();
  try {
    return await loadDocuments({
      store: options.store,
      sources: fileSources(files, options.maxBytes),
      onDocument: progress.update,
      extract: (input) => pool.extract(input, { maxBytes: options.maxBytes }),
      readAhead: pool.threads * 2,
    });
  } finally {
    progress.stop();
    if (!options.pool) await pool.close();
  }
}

/** "loaded 4, replaced 0, unchanged 1, failed 1" and a line per failure with its reason. */
export function formatSummary(summary: LoadSummary): string {
  const lines = [
    `loaded ${summary.loaded}, replaced ${summary.replaced}, unchanged ${summary.unchanged}, failed ${summary.failed}`,
  ];
  for (const outcome of summary.outcomes) {
    if (outcome.status === 'failed') lines.push(`  failed  ${outcome.name}: ${outcome.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
