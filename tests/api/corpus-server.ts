import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCorpus } from '../../bench/corpus-files';
import { generateCorpus } from '../../bench/corpus/generate';
import { extractDocument } from '../../loaders';
import type { GraphRecords } from '../../schema/records';

/** The seed of the corpus the hostile and fuzz suites run against. */
export const CORPUS_SEED = 14;

/**
 * The records of `count` generated documents (bench/corpus, deterministic from the seed),
 * written to a temporary folder of this process's own, so suites running side by side do
 * not write over each other's files.
 */
export async function generatedRecords(count: number, seed = CORPUS_SEED): Promise<GraphRecords[]> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'towngraph-corpus-'));
  try {
    const { docsDir } = await generateCorpus({ count, seed, outDir });
    const inputs = await readCorpus(docsDir);
    return inputs.map((input) => extractDocument(input).records);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
