import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SEEDS, towngraph } from './run-towngraph';
import type { ImportManifest } from '../../store/neo4j/admin-import/write-import-files';

/** `towngraph export --format neo4j-import` as a user runs it (the import itself: tests/neo4j/admin-import). */

async function manifestOf(dir: string): Promise<ImportManifest> {
  return JSON.parse(await readFile(path.join(dir, 'import.json'), 'utf8')) as ImportManifest;
}

describe('towngraph export --format neo4j-import', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'towngraph-export-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('exports the stored graph and the same graph from documents, with typed headers', async () => {
    const data = path.join(dir, 'data');
    expect((await towngraph(['load', SEEDS, '--data-dir', data])).code).toBe(0);
    const stored = await towngraph([
      'export',
      '--format',
      'neo4j-import',
      path.join(dir, 'stored'),
      '--data-dir',
      data,
    ]);
    expect(stored.code).toBe(0);
    expect(stored.stdout).toMatch(/^wrote \d+ nodes and \d+ relationships in \d+ files/);
    const fromDocuments = await towngraph([
      'export',
      '--format',
      'neo4j-import',
      path.join(dir, 'documents'),
      '--from',
      SEEDS,
    ]);
    expect(fromDocuments.code).toBe(0);
    const [a, b] = await Promise.all([
      manifestOf(path.join(dir, 'stored')),
      manifestOf(path.join(dir, 'documents')),
    ]);
    expect(a.nodeCount).toBeGreaterThan(100);
    expect(b.nodeCount).toBe(a.nodeCount);
    expect(b.relationshipCount).toBe(a.relationshipCount);
    const places = a.nodes.find((name) => name.startsWith('nodes-place-'))!;
    const [header] = (await readFile(path.join(dir, 'stored', places), 'utf8')).split('\n');
    expect(header).toBe('id:ID,:LABEL,aliases:string[],code:string,kind:string,name:string');
    const located = a.relationships.find((name) => name.startsWith('relationships-located_in-'))!;
    const [relHeader] = (await readFile(path.join(dir, 'stored', located), 'utf8')).split('\n');
    expect(relHeader).toMatch(/^:START_ID,:END_ID,:TYPE,.*documentId:string.*key:string/);
  });

  it('streams documents into the same files with --streaming, and wants --from for it', async () => {
    const streamed = path.join(dir, 'streamed');
    const result = await towngraph([
      'export',
      '--format',
      'neo4j-import',
      streamed,
      '--from',
      SEEDS,
      '--streaming',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/loaded 5, replaced 0, unchanged 0, failed 0/);
    const [a, b] = await Promise.all([manifestOf(path.join(dir, 'documents')), manifestOf(streamed)]);
    expect(b.nodeCount).toBe(a.nodeCount);
    expect(b.relationshipCount).toBe(a.relationshipCount);
    const lines = async (where: string, manifest: ImportManifest) =>
      (
        await Promise.all(
          [...manifest.nodes, ...manifest.relationships].map((file) =>
            readFile(path.join(where, file), 'utf8'),
          ),
        )
      )
        .join('')
        .split('\n')
        .sort();
    expect(await lines(streamed, b)).toEqual(await lines(path.join(dir, 'documents'), a));
    const alone = await towngraph(['export', '--format', 'neo4j-import', path.join(dir, 'y'), '--streaming']);
    expect(alone.code).not.toBe(0);
    expect(alone.stderr).toMatch(/--streaming exports documents: give them with --from/);
  });

  it('refuses an unknown format by name', async () => {
    const result = await towngraph(['export', '--format', 'graphml', path.join(dir, 'x'), '--from', SEEDS]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/unknown format "graphml": use neo4j-import/);
  });
});
