import { Command } from 'commander';
import { DEFAULT_MAX_BYTES, parseByteSize } from '../options';
import { formatSummary, loadFilesWithProgress } from '../load-files';
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
      const store = await openConfiguredStore(options);
      try {
        const summary = await loadFilesWithProgress({ store, paths, maxBytes: options.maxBytes });
        process.stdout.write(formatSummary(summary));
        if (summary.failed > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
