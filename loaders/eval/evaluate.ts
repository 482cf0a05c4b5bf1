import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphRecords } from '../../schema/records';
import { documentInputFromFile } from '../inputs';
import type { DocumentInput } from '../types';
import { parseGold, type GoldDocument } from './gold';
import { scoreDocument, type DocumentScore } from './score-document';
import { totalScores, type ScoreTotals } from './totals';

/** Scoring every gold file of a directory: finds each document, extracts it, scores it. */

export interface EvaluateOptions {
  /** Directory of gold files (*.json). */
  goldDir: string;
  /** Where documents are looked for, in order; the first that holds the file wins. */
  docDirs: readonly string[];
  /** The extraction under test (loaders' extractDocument; a stand-in in tests). */
  extract: (input: DocumentInput) => { records: GraphRecords };
  /** Refuse documents larger than this many bytes. */
  maxBytes?: number;
}

export interface EvaluationReport {
  documents: DocumentScore[];
  totals: ScoreTotals;
  /** Gold files that could not be scored: unreadable gold, missing document, extraction error. */
  failures: { gold: string; error: string }[];
}

const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** The gold files of a directory (not recursive), sorted. */
export async function listGoldFiles(goldDir: string): Promise<string[]> {
  const entries = await readdir(goldDir, { withFileTypes: true }).catch(() => {
    throw new Error(`${goldDir}: no such gold directory`);
  });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json') && entry.name !== 'manifest.json')
    .map((entry) => path.join(goldDir, entry.name))
    .sort();
}

/** The file a gold file annotates, looked up by name in the document directories. */
export async function findDocument(gold: GoldDocument, docDirs: readonly string[]): Promise<string | null> {
  if (path.basename(gold.document) !== gold.document) return null;
  for (const dir of docDirs) {
    const candidate = path.join(dir, gold.document);
    if (await exists(candidate)) return candidate;
  }
  return null;
}

export async function evaluateGoldDirectory(options: EvaluateOptions): Promise<EvaluationReport> {
  const documents: DocumentScore[] = [];
  const failures: EvaluationReport['failures'] = [];
  for (const goldFile of await listGoldFiles(options.goldDir)) {
    try {
      const gold = parseGold(await readFile(goldFile, 'utf8'), goldFile);
      const file = await findDocument(gold, options.docDirs);
      if (!file) throw new Error(`document ${gold.document} not found in ${options.docDirs.join(', ')}`);
      const input = await documentInputFromFile(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
      documents.push(scoreDocument(gold, options.extract(input).records));
    } catch (error) {
      failures.push({ gold: goldFile, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { documents, totals: totalScores(documents), failures };
}
