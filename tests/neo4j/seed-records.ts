import path from 'node:path';
import { extractDocument } from '../../loaders';
import { fileSources, listDocumentFiles } from '../../loaders/inputs';
import type { GraphRecords } from '../../schema/records';
import { allOutcomeRecords } from '../outcomes/outcome-records';

/**
 * The seeds, each read once (no corpus re-reading), then the outcome documents, whose
 * goals and results give OUTCOME_OF edges: the records both export paths start from.
 */
export async function seedAndOutcomeRecords(): Promise<{ name: string; records: GraphRecords }[]> {
  const files = await listDocumentFiles([path.join(__dirname, '..', '..', 'seeds')]);
  const seeds = await Promise.all(
    fileSources(files, 16 * 1024 * 1024).map(async ({ name, open }) => ({
      name,
      records: extractDocument(await open()).records,
    })),
  );
  return [...seeds, ...allOutcomeRecords().map((records, index) => ({ name: `outcome-${index}`, records }))];
}
