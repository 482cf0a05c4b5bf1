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
      extract: (input, lexicon) => pool.extract(input, { maxBytes: options.maxBytes, lexicon }),
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
  const corpus = summary.corpus;
  if (corpus && corpus.learnt.length > 0) {
    const reread = corpus.outcomes.filter((o) => o.status === 'replaced').length;
    lines.push(
      `corpus: learnt ${corpus.learnt.length} name form(s); read again ${corpus.outcomes.length} of ${corpus.candidates} document(s) that hold one, ${reread} replaced, ${corpus.skipped} left over the bound`,
    );
    for (const outcome of corpus.outcomes)
      if (outcome.status === 'failed') lines.push(`  failed  ${outcome.documentId}: ${outcome.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
