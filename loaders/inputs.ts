import { open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentInput, DocumentSource } from './types';

/**
 * Documents on disk: files and directories (recursively), with metadata from a
 * `manifest.json` beside the files (the format of seeds/manifest.json).
 */

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.text']);

export interface ManifestEntry {
  file: string;
  title?: string;
  publisher?: string;
  date?: string;
  place?: string;
  district?: string;
  city?: string;
  source?: string;
}

/** Every document file under the given paths, sorted, each once. */
export async function listDocumentFiles(paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info) throw new Error(`${given}: no such file or directory`);
    if (info.isDirectory()) {
      for (const entry of await readdir(given, { recursive: true, withFileTypes: true })) {
        const full = path.join(entry.parentPath, entry.name);
        if (entry.isFile() && DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase()))
          found.add(full);
      }
    } else {
      found.add(given);
    }
  }
  return [...found].sort();
}

const manifests = new Map<string, Promise<Map<string, ManifestEntry>>>();

/** The manifest entries of a directory by file name (empty when it has none). */
export function readManifest(directory: string): Promise<Map<string, ManifestEntry>> {
  let cached = manifests.get(directory);
  if (!cached) {
    const file = path.join(directory, 'manifest.json');
    cached = readFile(file, 'utf8').then(
      (text) => parseManifest(file, text),
      () => new Map<string, ManifestEntry>(),
    );
    manifests.set(directory, cached);
  }
  return cached;
}

function parseManifest(file: string, text: string): Map<string, ManifestEntry> {
  let parsed: { documents?: ManifestEntry[] };
  try {
    parsed = JSON.parse(text) as { documents?: ManifestEntry[] };
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (!Array.isArray(parsed.documents)) throw new Error(`${file}: expected {"documents": [...]}`);
  return new Map(parsed.documents.map((entry) => [entry.file, entry]));
}

/**
 * A document file as loader input, with its manifest metadata when there is any. At most
 * `maxBytes + 1` bytes are read, so an oversized file costs bounded memory and the read
 * stage refuses it by its size limit.
 */
export async function documentInputFromFile(file: string, maxBytes: number): Promise<DocumentInput> {
  const manifest = await readManifest(path.dirname(file));
  const entry = manifest.get(path.basename(file));
  const bytes = await readAtMost(file, maxBytes + 1);
  return {
    name: file,
    bytes,
    source: entry?.source ?? path.resolve(file),
    title: entry?.title,
    publisher: entry?.publisher,
    publishedAt: entry?.date,
    place: entry?.place,
    district: entry?.district,
    city: entry?.city,
  };
}

async function readAtMost(file: string, limit: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(size, limit));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Sources for loadDocuments: each file is read only when its turn comes. */
export function fileSources(files: readonly string[], maxBytes: number): DocumentSource[] {
  return files.map((file) => ({ name: file, open: () => documentInputFromFile(file, maxBytes) }));
}
