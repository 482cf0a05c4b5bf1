import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../read';
import type { ReadDocument, Sentence } from '../types';

/**
 * Documents for the place, number and target tests: a seed read through the read stage
 * with its manifest hints, or a fixture text split at 。 (review part before a line
 * holding 明年/今年 or 力争, plan part after it is not modelled: sections come from cues).
 */
export function fixtureDocument(
  text: string,
  hints: ReadDocument['hints'] = {},
  publishedAt = '2023-12-20',
): ReadDocument {
  const sentences: Sentence[] = [];
  const re = /[^。！？\n]+[。！？]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const section = /明年|今年|力争|确保|计划|将/.test(m[0]) ? 'plan' : 'review';
    sentences.push({
      index: sentences.length,
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      section,
    });
  }
  return {
    id: 'doc:fixture',
    name: 'fixture.txt',
    source: 'fixture.txt',
    title: 'fixture',
    publisher: null,
    publishedAt,
    text,
    sentences,
    quality: { flags: [], spam: [], restored: [], encoding: 'utf-8' },
    hints,
  };
}

interface ManifestEntry {
  file: string;
  date: string;
  place: string;
  district: string;
  city: string;
}

/** A seed document through the real read stage, with the manifest's hints. */
export function seedDocument(prefix: string): ReadDocument {
  const dir = join(__dirname, '..', '..', 'seeds');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    documents: ManifestEntry[];
  };
  const entry = manifest.documents.find((d) => d.file.startsWith(prefix));
  if (!entry) throw new Error(`no seed ${prefix} in seeds/manifest.json`);
  return readDocument({
    name: entry.file,
    bytes: readFileSync(join(dir, entry.file)),
    publishedAt: entry.date,
    place: entry.place,
    district: entry.district,
    city: entry.city,
  });
}
