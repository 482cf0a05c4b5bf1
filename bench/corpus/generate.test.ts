import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from './generate';
import type { GoldDocument } from './gold';

describe('generateCorpus', () => {
  const dirs: string[] = [];
  const fresh = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'towngraph-corpus-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('writes the same corpus for the same seed and another for another seed', async () => {
    const [a, b, c] = [await fresh(), await fresh(), await fresh()];
    await generateCorpus({ count: 6, seed: 11, outDir: a });
    await generateCorpus({ count: 6, seed: 11, outDir: b });
    await generateCorpus({ count: 6, seed: 12, outDir: c });
    const read = (dir: string) => readFile(path.join(dir, 'docs', '00003.txt'), 'utf8');
    expect(await read(a)).toBe(await read(b));
    expect(await read(a)).not.toBe(await read(c));
  });

  it('states in each document every name its gold lists, under a real place chain', async () => {
    const dir = await fresh();
    const summary = await generateCorpus({ count: 9, seed: 3, outDir: dir });
    expect(summary.documents).toBe(9);
    const goldFiles = await readdir(summary.goldDir);
    expect(goldFiles).toHaveLength(9);
    for (const file of goldFiles) {
      const gold = JSON.parse(await readFile(path.join(summary.goldDir, file), 'utf8')) as GoldDocument;
      const text = await readFile(path.join(summary.docsDir, gold.document), 'utf8');
      const named = [...gold.projects, ...gold.enterprises, ...gold.people].map((item) => item.name);
      for (const name of named) expect(text).toContain(name);
      expect(gold.places.map((p) => p.kind).slice(0, 4)).toEqual(['PROVINCE', 'CITY', 'DISTRICT', 'TOWN']);
      expect(gold.targets.length + gold.indicators.length).toBeGreaterThan(0);
    }
    const manifest = JSON.parse(await readFile(path.join(summary.docsDir, 'manifest.json'), 'utf8'));
    expect(manifest.documents).toHaveLength(9);
  });
});
