import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphRecords } from '../../schema/records';
import { extractAsCorpus } from '../corpus/corpus-pass';
import type { CorpusLexicon } from '../corpus/lexicon';
import { documentInputFromFile } from '../inputs';
import type { DocumentInput } from '../types';
import { parseGold, type GoldDocument } from './gold';
import { annotatedRelationTypes, scoreDocument, type DocumentScore } from './score-document';
import { totalScores, type ScoreTotals } from './totals';

/** Scoring every gold file of a directory: finds each document, extracts it, scores it. */

export interface EvaluateOptions {
  /** Directory of gold files (*.json). */
  goldDir: string;
  /** Where documents are looked for, in order; the first that holds the file wins. */
  docDirs: readonly string[];
  /**
   * The extraction under test (loaders' extractDocument; a stand-in in tests). The documents
   * are extracted as one corpus (loaders/corpus): the names learnt from all of them come in
   * as `lexicon` when a document is read again.
   */
  extract: (input: DocumentInput, lexicon?: CorpusLexicon) => { records: GraphRecords };
  /** Refuse documents larger than this many bytes. */
  maxBytes?: number;
  /**
   * Score only these documents (names like `d101.txt`, or gold file names): a split of a
   * larger set. A listed name without a gold file is a failure, not a silent omission.
   */
  only?: readonly string[];
}

export interface EvaluationReport {
  documents: DocumentScore[];
  totals: ScoreTotals;
  /** Gold files that could not be scored: unreadable gold, missing document, extraction error. */
  failures: { gold: string; error: string }[];
  /** Documents extracted a second time because they hold a name learnt from the others. */
  reextracted: number;
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

/** The document names of a list file: one a line; blank lines and `#` comments are skipped. */
export async function readDocumentList(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file}: no such document list`);
  });
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

export async function evaluateGoldDirectory(options: EvaluateOptions): Promise<EvaluationReport> {
  const documents: DocumentScore[] = [];
  const failures: EvaluationReport['failures'] = [];
  const wanted = options.only ? new Set(options.only) : null;
  const found = new Set<string>();
  const read: { goldFile: string; gold: GoldDocument; input: DocumentInput }[] = [];
  for (const goldFile of await listGoldFiles(options.goldDir)) {
    try {
      const gold = parseGold(await readFile(goldFile, 'utf8'), goldFile);
      if (wanted) {
        const names = [gold.document, path.basename(goldFile)].filter((name) => wanted.has(name));
        if (names.length === 0) continue;
        for (const name of names) found.add(name);
      }
      const file = await findDocument(gold, options.docDirs);
      if (!file) throw new Error(`document ${gold.document} not found in ${options.docDirs.join(', ')}`);
      read.push({
        goldFile,
        gold,
        input: await documentInputFromFile(file, options.maxBytes ?? DEFAULT_MAX_BYTES),
      });
    } catch (error) {
      failures.push({ gold: goldFile, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const corpus = extractAsCorpus(
    read.map((item) => item.input),
    (input, lexicon) => options.extract(input, lexicon).records,
  );
  // Relation types are scored when the set's gold annotates them anywhere: a per-file test
  // would excuse a document's wrong PARTICIPATES_IN just because its gold has none.
  const relationTypes = annotatedRelationTypes(read.map((item) => item.gold));
  read.forEach((item, index) => {
    const records = corpus.records[index];
    if (records instanceof Error) failures.push({ gold: item.goldFile, error: records.message });
    else if (records) documents.push(scoreDocument(item.gold, records, { relationTypes }));
  });
  for (const name of wanted ?? []) {
    if (!found.has(name))
      failures.push({ gold: name, error: `listed document ${name} has no gold file in ${options.goldDir}` });
  }
  return { documents, totals: totalScores(documents), failures, reextracted: corpus.reextracted.length };
}
