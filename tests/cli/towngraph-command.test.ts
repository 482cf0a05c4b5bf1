import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SEEDS, towngraph } from './run-towngraph';

/** The `towngraph` command as a user runs it: a child process, its output and exit code. */

describe('towngraph extract', () => {
  it('prints the documented JSON: documents, nodes and relationships between them', async () => {
    const { code, stdout } = await towngraph([
      'extract',
      path.join(SEEDS, '000_f50e2d5628fb966b.txt'),
      '--json',
    ]);
    expect(code).toBe(0);
    const records = JSON.parse(stdout) as {
      documents: { id: string; label: string }[];
      nodes: { id: string; label: string; name: string; aliases: string[]; properties: object }[];
      relationships: { type: string; from: string; to: string; properties: Record<string, unknown> }[];
    };
    expect(records.documents).toHaveLength(1);
    expect(records.documents[0]?.label).toBe('Document');
    const ids = new Set([...records.documents, ...records.nodes].map((node) => node.id));
    for (const node of records.nodes) {
      expect(Object.keys(node).sort()).toEqual(['aliases', 'id', 'label', 'name', 'properties']);
    }
    for (const rel of records.relationships) {
      expect(Object.keys(rel).sort()).toEqual(['from', 'properties', 'to', 'type']);
      expect(ids.has(rel.from) && ids.has(rel.to)).toBe(true);
      expect(typeof rel.properties.sentence).toBe('string');
    }
    expect(records.nodes.find((node) => node.name === '嘉泽镇')?.label).toBe('Place');
  });
});

describe('towngraph load', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'towngraph-cli-'));
    const docs = path.join(dir, 'docs');
    await mkdir(path.join(docs, 'nested'), { recursive: true });
    for (const file of await readdir(SEEDS)) await copyFile(path.join(SEEDS, file), path.join(docs, file));
    await writeFile(path.join(docs, 'nested', 'empty.txt'), '');
    await writeFile(path.join(docs, 'nested', 'binary.txt'), Buffer.from([0, 1, 2, 0, 255, 0, 3]));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('loads directories recursively, reports progress and failures by name, and exits 1', async () => {
    const args = ['load', path.join(dir, 'docs'), '--data-dir', path.join(dir, 'data')];
    const first = await towngraph(args);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('loaded 5, replaced 0, unchanged 0, failed 2');
    expect(first.stdout).toMatch(/failed {2}.*empty\.txt: .*empty/);
    expect(first.stdout).toMatch(/failed {2}.*binary\.txt: /);
    expect(first.stderr).toMatch(/\[7\/7\]/);

    const again = await towngraph(args);
    expect(again.stdout).toContain('loaded 0, replaced 0, unchanged 5, failed 2');
  });
});
