import { Command } from 'commander';
import { extractDocument } from '../../loaders';
import { documentInputFromFile, listDocumentFiles } from '../../loaders/inputs';
import { mergeNode } from '../../schema/merge-node';
import type { GraphRecords, NodeRecord } from '../../schema/records';
import { DEFAULT_MAX_BYTES, parseByteSize } from '../options';

/** `towngraph extract FILE... --json`: the graph records of the files, stored nowhere. */
export function extractCommand(): Command {
  return new Command('extract')
    .description('print the graph records extracted from documents, without storing them')
    .argument('<paths...>', 'document files or directories (.txt, .html)')
    .option('--json', 'print JSON (the only format for now)', true)
    .option(
      '--max-bytes <size>',
      'refuse documents larger than this (e.g. 16MB)',
      parseByteSize,
      DEFAULT_MAX_BYTES,
    )
    .action(async (paths: string[], options: { maxBytes: number }) => {
      const merged: GraphRecords = { documents: [], nodes: [], relationships: [] };
      let failures = 0;
      for (const file of await listDocumentFiles(paths)) {
        try {
          const input = await documentInputFromFile(file, options.maxBytes);
          const { records } = extractDocument(input, { maxBytes: options.maxBytes });
          merged.documents.push(...records.documents);
          merged.nodes.push(...records.nodes);
          merged.relationships.push(...records.relationships);
        } catch (error) {
          failures += 1;
          process.stderr.write(`towngraph extract: ${(error as Error).message}\n`);
        }
      }
      process.stdout.write(`${JSON.stringify(mergeNodes(merged), null, 2)}\n`);
      if (failures > 0) process.exitCode = 1;
    });
}

/** Entities found in several documents appear once, merged as a store merges them. */
function mergeNodes(records: GraphRecords): GraphRecords {
  const byId = new Map<string, NodeRecord>();
  for (const node of records.nodes) byId.set(node.id, mergeNode(byId.get(node.id), node));
  return { ...records, nodes: [...byId.values()] };
}
