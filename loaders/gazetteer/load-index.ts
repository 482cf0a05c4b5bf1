import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import {
  GAZETTEER_FORMAT,
  buildGazetteerIndex,
  divisionPackageDir,
  divisionPackageSource,
  type GazetteerData,
} from './build-index';

/**
 * The index is built once from the package's CSV files and cached beside the package, in
 * node_modules/.cache (the usual home of derived build artefacts, ignored by git). A cache
 * written for another package version or layout is rebuilt.
 */
export function defaultCacheFile(): string {
  return join(divisionPackageDir(), '..', '.cache', 'towngraph', `gazetteer-v${GAZETTEER_FORMAT}.json`);
}

export interface LoadIndexOptions {
  /** Where the cache lives; defaults to node_modules/.cache/towngraph/gazetteer-v<format>.json. */
  cacheFile?: string;
  /** Rebuild even when a valid cache exists. */
  rebuild?: boolean;
}

export interface LoadedIndex {
  data: GazetteerData;
  /** Whether this call built the index (rather than reading the cache). */
  built: boolean;
  cacheFile: string;
}

export function loadGazetteerIndex(options: LoadIndexOptions = {}): LoadedIndex {
  const cacheFile = options.cacheFile ?? defaultCacheFile();
  const source = divisionPackageSource();
  if (!options.rebuild) {
    const cached = readCache(cacheFile);
    if (cached && cached.format === GAZETTEER_FORMAT && cached.source === source) {
      return { data: cached, built: false, cacheFile };
    }
  }
  const data = buildGazetteerIndex();
  mkdirSync(dirname(cacheFile), { recursive: true });
  // Atomic: a concurrent loader reads either no cache or a whole one, never half a file.
  writeFileAtomic.sync(cacheFile, JSON.stringify(data));
  return { data, built: true, cacheFile };
}

function readCache(file: string): GazetteerData | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as GazetteerData;
  } catch {
    // Missing or corrupt cache: rebuild it.
    return null;
  }
}
