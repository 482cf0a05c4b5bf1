import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../loaders';
import type { GraphRecords } from '../../schema/records';

/**
 * The outcome documents as graph records, read with their manifest metadata: three
 * towns, each with a report setting goals for 2023 and one stating what 2023 achieved.
 */
export const OUTCOME_DOCUMENTS = path.join(__dirname, 'documents');

export const TOWNS = {
  盛泽镇: 'place:320509105',
  平望镇: 'place:320509104',
  郑陆镇: 'place:320402109',
} as const;

interface ManifestEntry {
  file: string;
  title: string;
  publisher: string;
  date: string;
  place: string;
  district: string;
  city: string;
}

const manifest = JSON.parse(readFileSync(path.join(OUTCOME_DOCUMENTS, 'manifest.json'), 'utf8')) as {
  documents: ManifestEntry[];
};

/** One document's records; `text` replaces the file's content (a revised version of the same source). */
export function outcomeRecords(file: string, text?: string): GraphRecords {
  const entry = manifest.documents.find((d) => d.file === file);
  if (!entry) throw new Error(`no outcome document ${file}`);
  const full = path.join(OUTCOME_DOCUMENTS, file);
  return extractDocument({
    name: full,
    source: full,
    bytes: text === undefined ? readFileSync(full) : Buffer.from(text, 'utf8'),
    title: entry.title,
    publisher: entry.publisher,
    publishedAt: entry.date,
    place: entry.place,
    district: entry.district,
    city: entry.city,
  }).records;
}

/** Every outcome document's records, in the manifest's order. */
export function allOutcomeRecords(): GraphRecords[] {
  return manifest.documents.map((d) => outcomeRecords(d.file));
}

/** The content of an outcome document, to derive revised versions from. */
export function outcomeText(file: string): string {
  return readFileSync(path.join(OUTCOME_DOCUMENTS, file), 'utf8');
}

/**
 * A further document of one town, written in the test: its own source (no file holds
 * it), title and date, with the place metadata of an outcome document of that town.
 */
export function sideRecords(options: {
  like: string;
  name: string;
  text: string;
  date: string;
}): GraphRecords {
  const entry = manifest.documents.find((d) => d.file === options.like);
  if (!entry) throw new Error(`no outcome document ${options.like}`);
  const source = path.join(OUTCOME_DOCUMENTS, options.name);
  return extractDocument({
    name: source,
    source,
    bytes: Buffer.from(options.text, 'utf8'),
    title: options.text.split('\n')[0] ?? options.name,
    publisher: entry.publisher,
    publishedAt: options.date,
    place: entry.place,
    district: entry.district,
    city: entry.city,
  }).records;
}

/** The 2023 report of 盛泽镇 revised: its sales figure is now below the goal. */
export function revisedShengze2023(): GraphRecords {
  const text = outcomeText('shengze-2023.txt').replace(
    '全镇完成工业应税销售1352亿元',
    '全镇完成工业开票销售1205亿元',
  );
  return outcomeRecords('shengze-2023.txt', text);
}

/** A second account of 盛泽镇's 2023 sales, from a document dated before the year-end report. */
export function shengzeThirdQuarter(): GraphRecords {
  return sideRecords({
    like: 'shengze-2023.txt',
    name: 'shengze-2023-q3.txt',
    date: '2023-10-20',
    text: '盛泽镇2023年前三季度经济运行情况\n\n前三季度，全镇完成工业开票销售1010亿元。\n',
  });
}
