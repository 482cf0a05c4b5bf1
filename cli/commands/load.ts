import { Command } from 'commander';
import { fileSources, listDocumentFiles } from '../../loaders/inputs';
import { loadDocuments, type LoadSummary } from '../../loaders/load';
import { DEFAULT_MAX_BYTES, parseByteSize } from '../options';
import { createLoadProgress } from '../progress';
import { openConfiguredStore, type StoreOptions } from '../store-options';

interface LoadOptions extends StoreOptions {
  maxBytes: number;
}

/** `towngraph load PATH...`: documents into the store, one transaction each. */
export function loadCommand(): Command {
  return new Command('load')
    .description('load documents (files or directories, recursively) into the store')
    .argument('<paths...>', 'document files or directories (.txt, .html)')
    .option('--store <backend>', 'memory or neo4j (default: neo4j when NEO4J_URI is set, else memory)')
    .option(
      '--data-dir <dir>',
      'data directory of the embedded store (default: TOWNGRAPH_DATA_DIR, else data)',
      process.env.TOWNGRAPH_DATA_DIR ?? 'data',
    )
    .option(
      '--max-bytes <size>',
      'refuse documents larger than this (e.g. 16MB)',
      parseByteSize,
      DEFAULT_MAX_BYTES,
    )
    .action(async (paths: string[], options: LoadOptions) => {
      const files = await listDocumentFiles(paths);
      const store = await openConfiguredStore(options);
      try {
        const progress = createLoadProgress(files.length);
        const summary = await loadDocuments({
          store,
          sources: fileSources(files, options.maxBytes),
          onDocument: progress.update,
        });
        progress.stop();
        process.stdout.write(formatSummary(summary));
        if (summary.failed > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}

export function formatSummary(summary: LoadSummary): string {
  const lines = [
    `loaded ${summary.loaded}, replaced ${summary.replaced}, unchanged ${summary.unchanged}, failed ${summary.failed}`,
  ];
  for (const outcome of summary.outcomes) {
    if (outcome.status === 'failed') lines.push(`  failed  ${outcome.name}: ${outcome.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
