import { Command, InvalidArgumentError } from 'commander';
import { MemoryGraphStore } from '../../store/memory';
import { writeImportFiles, type ImportManifest } from '../../store/neo4j/admin-import/write-import-files';
import { DEFAULT_MAX_BYTES, parseByteSize } from '../options';
import { exportFilesForImport } from '../export-files';
import { formatSummary, loadFilesWithProgress } from '../load-files';
import { createLoadProgress, type LoadProgress } from '../progress';
import { openConfiguredStore, type StoreOptions } from '../store-options';

interface ExportOptions extends StoreOptions {
  format: string;
  from?: string[];
  streaming?: boolean;
  maxBytes: number;
}

/**
 * `towngraph export --format neo4j-import DIR`: the graph as CSV files with headers for
 * `neo4j-admin database import full` (run by tools/neo4j/import.ts), the bulk path for an
 * initial load. With `--from PATH...` the documents are extracted and merged in memory
 * first (as `load` would merge them); otherwise the configured store is exported. With
 * `--from PATH... --streaming` no store is involved: documents go from the worker pool
 * straight into the files, so the corpus may be larger than the embedded store holds.
 */
export function exportCommand(): Command {
  return new Command('export')
    .description('write the graph as CSV files for neo4j-admin database import full')
    .argument('<dir>', 'directory for the CSV files and import.json')
    .requiredOption('--format <format>', 'neo4j-import (the only format)')
    .option('--from <paths...>', 'documents to extract and export instead of the stored graph')
    .option(
      '--streaming',
      'with --from: extract on every core and write the files as documents come, without merging them in ' +
        'memory (for corpora beyond the embedded store; each document is read once, without the corpus pass)',
    )
    .option('--store <backend>', 'memory or neo4j (default: neo4j when NEO4J_URI is set, else memory)')
    .option(
      '--data-dir <dir>',
      'data directory of the embedded store (default: TOWNGRAPH_DATA_DIR, else data)',
      process.env.TOWNGRAPH_DATA_DIR ?? 'data',
    )
    .option('--max-bytes <size>', 'refuse documents larger than this', parseByteSize, DEFAULT_MAX_BYTES)
    .action(async (dir: string, options: ExportOptions) => {
      if (options.format !== 'neo4j-import') {
        throw new InvalidArgumentError(`unknown format "${options.format}": use neo4j-import`);
      }
      if (options.streaming) {
        if (!options.from)
          throw new InvalidArgumentError('--streaming exports documents: give them with --from');
        reportWritten(await exportStreaming({ dir, paths: options.from, maxBytes: options.maxBytes }), dir);
        return;
      }
      const store = options.from ? await MemoryGraphStore.open({}) : await openConfiguredStore(options);
      try {
        if (options.from) {
          const summary = await loadFilesWithProgress({
            store,
            paths: options.from,
            maxBytes: options.maxBytes,
          });
          process.stderr.write(formatSummary(summary));
          if (summary.failed > 0) process.exitCode = 1;
        }
        reportWritten(await writeImportFiles({ store, dir }), dir);
      } finally {
        await store.close();
      }
    });
}

async function exportStreaming(options: {
  dir: string;
  paths: string[];
  maxBytes: number;
}): Promise<ImportManifest> {
  let progress: LoadProgress | undefined;
  let exported: Awaited<ReturnType<typeof exportFilesForImport>>;
  try {
    exported = await exportFilesForImport({
      ...options,
      onStart: (documents) => (progress = createLoadProgress(documents)),
      onDocument: (outcome) => progress?.update(outcome),
    });
  } finally {
    progress?.stop();
  }
  process.stderr.write(formatSummary(exported.summary));
  if (exported.summary.failed > 0) process.exitCode = 1;
  return exported.manifest;
}

function reportWritten(manifest: ImportManifest, dir: string): void {
  process.stdout.write(
    `wrote ${manifest.nodeCount} nodes and ${manifest.relationshipCount} relationships ` +
      `in ${manifest.nodes.length + manifest.relationships.length} files to ${dir}\n`,
  );
}
