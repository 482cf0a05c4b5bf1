/**
 * How much of the real-text set the metric vocabulary names, on the frozen test part
 * (real-text-split.ts) unless --dev is given:
 *   npx tsx loaders/metrics/coverage-cli.ts [DIR] [--dev] [--list FILE] [--sample N] [--seed S]
 *     [--extracted] [--unmatched]
 * Reports the share of gold targets and indicators whose metric gets a key, the same for
 * the figures the loaders extract from the texts, and a seeded random sample of matched
 * gold figures (metric as annotated → key) to check by hand; with --extracted the sample
 * is drawn from the extracted figures that got a key. --list keeps only the documents a
 * split list names (one file name a line), so that work on the development part can stay
 * inside the development part of the extraction split as well.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../index';
import { matchMetric } from './match-metric';
import { isFrozenTestDocument } from './real-text-split';

interface GoldFigure {
  subject?: string;
  metric: string;
  value: number;
  valueMax?: number;
  unit: string | null;
}

const args = process.argv.slice(2);
const dir =
  args.find((a, i) => !a.startsWith('--') && !/^\d+$/.test(a) && args[i - 1] !== '--list') ??
  '../shared/real-dev';
const dev = args.includes('--dev');
const sampleAt = args.indexOf('--sample');
const sampleSize = sampleAt >= 0 ? Number(args[sampleAt + 1]) : 40;
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 15;
const listAt = args.indexOf('--list');
const listFile = listAt >= 0 ? args[listAt + 1] : undefined;
const listed =
  listFile === undefined
    ? null
    : new Set(
        readFileSync(listFile, 'utf8')
          .split(/\s+/)
          .filter((l) => l.length > 0),
      );
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .filter((f) => isFrozenTestDocument(f) !== dev)
  .filter((f) => listed === null || listed.has(f.replace(/\.gold\.json$/, '.txt')))
  .sort();

const matched: string[] = [];
const unmatched: string[] = [];
const extractedUnmatched: string[] = [];
const extractedKeyed: string[] = [];
let extracted = 0;
let extractedMatched = 0;
for (const file of files) {
  const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
  const figures = [...((gold.targets as GoldFigure[]) ?? []), ...((gold.indicators as GoldFigure[]) ?? [])];
  const projects = new Set(((gold.projects as { name: string }[] | undefined) ?? []).map((p) => p.name));
  for (const f of figures) {
    const m = matchMetric({
      metric: f.metric,
      value: f.value,
      valueMax: f.valueMax ?? null,
      unit: f.unit ?? '',
      projectSubject: projects.has(f.subject ?? ''),
    });
    (m ? matched : unmatched).push(`${file}\t${f.metric}\t${f.unit ?? ''}\t${m?.entry.key ?? ''}`);
  }
  const text = file.replace(/\.gold\.json$/, '.txt');
  const { records } = extractDocument({ name: text, bytes: readFileSync(path.join(dir, text)) });
  for (const node of records.nodes) {
    if (node.label !== 'Target' && node.label !== 'Indicator') continue;
    extracted += 1;
    if (typeof node.properties.metricKey === 'string') {
      extractedMatched += 1;
      extractedKeyed.push(
        `${file}\t${String(node.properties.metric)}\t${String(node.properties.unit)}\t${node.properties.metricKey}`,
      );
    } else
      extractedUnmatched.push(`${file}\t${String(node.properties.metric)}\t${String(node.properties.unit)}`);
  }
}

/** Mulberry32: a fixed seed, so that the sample is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(seed);
const sampleExtracted = args.includes('--extracted');
const pool = sampleExtracted ? [...extractedKeyed] : [...matched];
const sample: string[] = [];
while (sample.length < sampleSize && pool.length > 0)
  sample.push(...pool.splice(Math.floor(random() * pool.length), 1));

const total = matched.length + unmatched.length;
const share = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
console.log(`${dev ? 'development' : 'frozen test'} part: ${files.length} documents`);
console.log(
  `gold targets and indicators with a metric key: ${matched.length}/${total} (${share(matched.length, total)})`,
);
console.log(
  `extracted targets and indicators with a metric key: ${extractedMatched}/${extracted} (${share(extractedMatched, extracted)})`,
);
console.log(
  `\nsample of ${sample.length} ${sampleExtracted ? 'keyed extracted' : 'matched gold'} figures (document, metric, unit, key):`,
);
for (const line of sample.sort()) console.log(line);
if (args.includes('--unmatched')) {
  console.log('\nunmatched gold:');
  for (const line of unmatched) console.log(line);
  console.log('\nunmatched extracted:');
  for (const line of extractedUnmatched) console.log(line);
}
