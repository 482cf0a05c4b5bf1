import path from 'node:path';
import { Command } from 'commander';
import { extractDocument } from '../../loaders';
import { evaluateGoldDirectory, readDocumentList } from '../../loaders/eval';
import { formatReport } from '../../loaders/eval/format-report';
import { DEFAULT_MAX_BYTES, parseByteSize } from '../options';

/** Where documents are looked for when --docs is not given. */
function defaultDocDirs(goldDir: string): string[] {
  const parent = path.dirname(path.resolve(goldDir));
  return [path.resolve('seeds'), path.resolve('tests/genre'), parent, path.resolve(goldDir)];
}

/**
 * `towngraph eval --gold <dir> [--docs <dir>] [--list <file>] [--json] [--details]`: extracts every document a gold
 * file names (or those of the list file) and prints precision, recall and F1 per kind. Low scores do not fail the
 * command: the floors are enforced by tests/eval.
 */
export function evalCommand(): Command {
  return new Command('eval')
    .description('score extraction against gold files: precision, recall and F1 per kind')
    .requiredOption('--gold <dir>', 'directory of gold files (one JSON file per document)')
    .option(
      '--docs <dir...>',
      'directories holding the documents (default: seeds, tests/genre, the gold directory and its parent)',
    )
    .option('--list <file>', 'score only the documents named in this file, one a line (a split)')
    .option('--json', 'print the scores as JSON')
    .option('--details', 'list the missed and the extra items of each document')
    .option(
      '--max-bytes <size>',
      'refuse documents larger than this (e.g. 16MB)',
      parseByteSize,
      DEFAULT_MAX_BYTES,
    )
    .action(
      async (options: {
        gold: string;
        docs?: string[];
        list?: string;
        json?: boolean;
        details?: boolean;
        maxBytes: number;
      }) => {
        const report = await evaluateGoldDirectory({
          goldDir: options.gold,
          docDirs: options.docs ?? defaultDocDirs(options.gold),
          extract: (input, lexicon) => extractDocument(input, { maxBytes: options.maxBytes, lexicon }),
          maxBytes: options.maxBytes,
          only: options.list ? await readDocumentList(options.list) : undefined,
        });
        if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else process.stdout.write(formatReport(report, { details: options.details }));
        for (const failure of report.failures)
          process.stderr.write(`towngraph eval: ${failure.gold}: ${failure.error}\n`);
        if (report.failures.length > 0) process.exitCode = 1;
      },
    );
}
