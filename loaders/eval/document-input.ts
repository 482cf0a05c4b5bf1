import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ManifestEntry } from '../inputs';
import type { DocumentInput } from '../types';

/**
 * A gold file's document as loader input, with the metadata of the `manifest.json`
 * beside it: the date decides 今年/明年, the place hints decide short names, so a
 * document scored without them would be scored unfairly.
 */

async function manifestEntry(file: string): Promise<ManifestEntry | undefined> {
  const manifestFile = path.join(path.dirname(file), 'manifest.json');
  const text = await readFile(manifestFile, 'utf8').catch(() => null);
  if (text === null) return undefined;
  let parsed: { documents?: ManifestEntry[] };
  try {
    parsed = JSON.parse(text) as { documents?: ManifestEntry[] };
  } catch (error) {
    throw new Error(`${manifestFile}: not JSON (${(error as Error).message})`, { cause: error });
  }
  return (parsed.documents ?? []).find((entry) => entry.file === path.basename(file));
}

/** Reads at most maxBytes + 1 bytes, so that the read stage refuses an oversized file by its size. */
async function readAtMost(file: string, limit: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(limit, (await handle.stat()).size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function evalDocumentInput(file: string, maxBytes: number): Promise<DocumentInput> {
  const entry = await manifestEntry(file);
  return {
    name: file,
    bytes: await readAtMost(file, maxBytes + 1),
    source: entry?.source ?? path.resolve(file),
    title: entry?.title,
    publisher: entry?.publisher,
    publishedAt: entry?.date,
    place: entry?.place,
    district: entry?.district,
    city: entry?.city,
  };
}
