import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GraphRecords } from '../../schema/records';
import type { DocumentInput } from '../types';
import { evaluateGoldDirectory, readDocumentList } from './evaluate';
import { formatReport } from './format-report';

const provenance = { documentId: 'd', sentence: 's', start: 0, end: 1, rule: 'test', confidence: 1 };

/** A stand-in extraction: one Place per line of the document that ends in 镇. */
function lineTowns(input: DocumentInput): { records: GraphRecords } {
  const lines = Buffer.from(input.bytes)
    .toString('utf8')
    .split('\n')
    .filter((l) => l.endsWith('镇'));
  return {
    records: {
      documents: [],
      nodes: lines.map((name) => ({
        id: `Place:${name}`,
        label: 'Place',
        name,
        aliases: [],
        properties: { kind: 'TOWN' },
      })),
      relationships:
        lines.length > 1
          ? [{ type: 'LOCATED_IN', from: `Place:${lines[0]}`, to: 'nowhere', properties: provenance }]
          : [],
    },
  };
}

describe('evaluateGoldDirectory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'towngraph-eval-'));
    await writeFile(path.join(dir, 'a.txt'), '嘉泽镇\n湖塘镇\n');
    await writeFile(
      path.join(dir, 'manifest.json'),
      JSON.stringify({ documents: [{ file: 'a.txt', date: '2024-07-01' }] }),
    );
    await writeFile(
      path.join(dir, 'a.json'),
      JSON.stringify({
        document: 'a.txt',
        places: [
          { name: '嘉泽镇', kind: 'TOWN', parent: '武进区' },
          { name: '郑陆镇', kind: 'TOWN', parent: '天宁区' },
        ],
      }),
    );
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('finds each gold file’s document, extracts it and scores it', async () => {
    let seen: DocumentInput | null = null;
    const report = await evaluateGoldDirectory({
      goldDir: dir,
      docDirs: [dir],
      extract: (input) => {
        seen = input;
        return lineTowns(input);
      },
    });
    expect(report.failures).toEqual([]);
    expect(seen).toMatchObject({ publishedAt: '2024-07-01' });
    expect(report.documents).toHaveLength(1);
    expect(report.totals.kinds.places).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    const text = formatReport(report, { details: true });
    expect(text).toContain('missed places: 郑陆镇 TOWN');
    expect(text).toContain('extra places: 湖塘镇 TOWN');
    expect(text).toMatch(/places\s+0\.50\s+0\.50\s+0\.50\s+1\/1\/1/);
  });

  it('reports a gold file whose document cannot be found, naming both', async () => {
    await writeFile(path.join(dir, 'b.json'), JSON.stringify({ document: 'missing.txt' }));
    const report = await evaluateGoldDirectory({ goldDir: dir, docDirs: [dir], extract: lineTowns });
    expect(report.documents).toHaveLength(1);
    expect(report.failures).toEqual([
      { gold: path.join(dir, 'b.json'), error: expect.stringContaining('missing.txt not found') },
    ]);
  });

  it('reports a malformed gold file without stopping the others', async () => {
    await writeFile(path.join(dir, 'c.json'), '{"document": 3}');
    const report = await evaluateGoldDirectory({ goldDir: dir, docDirs: [dir], extract: lineTowns });
    expect(report.documents).toHaveLength(1);
    expect(report.failures[0]?.error).toContain('c.json: gold.document must be a non-empty string');
  });

  it('refuses a gold directory that does not exist', async () => {
    await expect(
      evaluateGoldDirectory({ goldDir: path.join(dir, 'nope'), docDirs: [dir], extract: lineTowns }),
    ).rejects.toThrow('no such gold directory');
  });

  it('scores only the documents of a list, and names a listed one without gold', async () => {
    await writeFile(path.join(dir, 'b.txt'), '横林镇\n');
    await writeFile(path.join(dir, 'b.json'), JSON.stringify({ document: 'b.txt', places: [] }));
    await writeFile(path.join(dir, 'split.txt'), '# development part\nb.txt\n\nz.txt\n');
    const only = await readDocumentList(path.join(dir, 'split.txt'));
    expect(only).toEqual(['b.txt', 'z.txt']);
    const report = await evaluateGoldDirectory({ goldDir: dir, docDirs: [dir], extract: lineTowns, only });
    expect(report.documents.map((d) => d.document)).toEqual(['b.txt']);
    expect(report.failures).toEqual([{ gold: 'z.txt', error: expect.stringContaining('no gold file') }]);
  });

  it('refuses a list file that does not exist', async () => {
    await expect(readDocumentList(path.join(dir, 'absent.txt'))).rejects.toThrow('no such document list');
  });
});
