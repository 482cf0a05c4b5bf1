import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus } from './corpus/generate';
import { documentInputFromFile, listDocumentFiles } from '../loaders/inputs';
import type { DocumentInput } from '../loaders/types';

/** A generated corpus in bench/out/corpus-<count>-<seed>, made once and reused. */
export async function ensureCorpus(
  count: number,
  seed: number,
): Promise<{ docsDir: string; goldDir: string }> {
  const outDir = path.join(__dirname, 'out', `corpus-${count}-${seed}`);
  const docsDir = path.join(outDir, 'docs');
  const manifest = await readFile(path.join(docsDir, 'manifest.json'), 'utf8').catch(() => null);
  if (manifest === null || (JSON.parse(manifest) as { documents: unknown[] }).documents.length !== count) {
    await generateCorpus({ count, seed, outDir });
  }
  return { docsDir, goldDir: path.join(outDir, 'gold') };
}

/** Every document of a directory as loader input, read into memory up front. */
export async function readCorpus(docsDir: string): Promise<DocumentInput[]> {
  const files = await listDocumentFiles([docsDir]);
  return Promise.all(files.map((file) => documentInputFromFile(file, 16 * 1024 * 1024)));
}
