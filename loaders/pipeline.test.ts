import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from './index';
import type { DocumentInput } from './types';
import type { GraphRecords } from '../schema/records';

interface ManifestEntry {
  file: string;
  title: string;
  publisher: string;
  date: string;
  place: string;
  district: string;
  city: string;
}

const seeds = path.join(__dirname, '..', 'seeds');
const manifest = (
  JSON.parse(readFileSync(path.join(seeds, 'manifest.json'), 'utf8')) as { documents: ManifestEntry[] }
).documents;

function input(prefix: string): DocumentInput {
  const entry = manifest.find((m) => m.file.startsWith(prefix));
  if (!entry) throw new Error(`no seed ${prefix}`);
  return {
    name: `seeds/${entry.file}`,
    bytes: readFileSync(path.join(seeds, entry.file)),
    title: entry.title,
    publisher: entry.publisher,
    publishedAt: entry.date,
    place: entry.place,
    district: entry.district,
    city: entry.city,
  };
}

const results = new Map<string, ReturnType<typeof extractDocument>>();
function run(prefix: string) {
  let result = results.get(prefix);
  if (!result) {
    result = extractDocument(input(prefix));
    results.set(prefix, result);
  }
  return result;
}

const named = (records: GraphRecords, label: string) =>
  records.nodes.filter((n) => n.label === label).map((n) => n.name);

describe('extractDocument on the seeds', () => {
  it('seed 000: 嘉泽镇 with its road, school and river works', () => {
    const { records } = run('000');
    expect(named(records, 'Place')).toContain('嘉泽镇');
    expect(named(records, 'Project')).toEqual(
      expect.arrayContaining([
        '嘉兴路(一期)改造工程',
        '成章村卫生室提升工程',
        '洮溇片区水环境综合整治(二期)',
      ]),
    );
    const road = records.nodes.find((n) => n.name === '嘉兴路(一期)改造工程');
    expect(road?.properties.status).toBe('COMPLETED');
    expect(records.documents[0]?.properties.place).toBe(records.nodes.find((n) => n.name === '嘉泽镇')?.id);
  });

  it('武进英才计划 in seeds 000 and 004 is one node; so is the two-lakes programme', () => {
    const ids = (prefix: string, name: string) =>
      run(prefix)
        .records.nodes.filter((n) => n.label === 'Programme' && n.name === name)
        .map((n) => n.id);
    expect(ids('000', '武进英才计划')).toHaveLength(1);
    expect(ids('000', '武进英才计划')).toEqual(ids('004', '武进英才计划'));
    expect(ids('000', '两湖创新区')).toEqual(ids('004', '两湖创新区'));
    expect(ids('001', '532发展战略')).toEqual(ids('004', '532发展战略'));
  });

  it('seed 002: nothing from the injected gambling spam becomes an entity', () => {
    const { records } = run('002');
    const spammy = records.nodes.filter((n) => [n.name, ...n.aliases].some((s) => /澳门|赌场|娱乐/.test(s)));
    expect(spammy).toEqual([]);
    expect(named(records, 'Enterprise')).toEqual(expect.arrayContaining(['武进不锈']));
  });

  it('seed 003: full enterprise names with their short names, officials serving in 平望镇', () => {
    const { records } = run('003');
    const company = records.nodes.find((n) => n.name === '苏州飞润纺织有限公司');
    expect(company?.aliases).toContain('飞润纺织');
    const town = records.nodes.find((n) => n.name === '平望镇')?.id;
    const serving = records.relationships.filter((r) => r.type === 'SERVES_IN' && r.to === town);
    expect(serving.length).toBeGreaterThanOrEqual(3);
  });

  it.each(['000', '001', '002', '003', '004'])(
    'seed %s: every MENTIONED_IN sentence holds its mention, every endpoint exists',
    (prefix) => {
      const { document, records } = run(prefix);
      const ids = new Set([...records.nodes, ...records.documents].map((n) => n.id));
      for (const rel of records.relationships) {
        expect(ids.has(rel.from)).toBe(true);
        expect(ids.has(rel.to)).toBe(true);
        if (rel.type !== 'MENTIONED_IN') continue;
        const sentence = document.sentences.find(
          (s) => s.start <= rel.properties.start && rel.properties.end <= s.end,
        );
        expect(sentence?.text).toBe(rel.properties.sentence);
        expect(rel.properties.documentId).toBe(document.id);
      }
    },
  );

  it('loading is deterministic: the same input gives the same records', () => {
    const first = run('001').records;
    const second = extractDocument(input('001')).records;
    expect(second).toEqual(first);
  });
});
