import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GraphRecords } from '../../../schema/records';
import { MemoryGraphStore } from '../../memory';
import { readExport } from '../../../tests/neo4j/read-export';
import { seedAndOutcomeRecords } from '../../../tests/neo4j/seed-records';
import { exportDocumentsForImport } from './export-documents';
import { writeImportFiles } from './write-import-files';

function withSource(records: GraphRecords, source: string, id: string): GraphRecords {
  const [document] = records.documents;
  const renamed = (value: string) => (value === document!.id ? id : value);
  return {
    documents: [{ ...document!, id, properties: { ...document!.properties, source } }],
    nodes: records.nodes,
    relationships: records.relationships.map((rel) => ({
      ...rel,
      to: renamed(rel.to),
      properties: { ...rel.properties, documentId: id },
    })),
  };
}

describe('export from documents, streamed (no store)', () => {
  const dirs: string[] = [];
  let documents: { name: string; records: GraphRecords }[];
  beforeAll(async () => {
    documents = await seedAndOutcomeRecords();
  }, 60_000);
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  const tempDir = async (name: string) => {
    const dir = await mkdtemp(path.join(tmpdir(), `towngraph-${name}-`));
    dirs.push(dir);
    return dir;
  };

  it('writes the rows the embedded store exports after loading the same documents', async () => {
    const memory = await MemoryGraphStore.open({});
    for (const { records } of documents) await memory.loadDocument(records);
    const fromStore = await tempDir('store-export');
    const expected = await writeImportFiles({ store: memory, dir: fromStore });
    await memory.close();
    const streamed = await tempDir('streamed-export');
    // Few shards, so that many ids share one and the merge within a shard is exercised.
    const { manifest, summary } = await exportDocumentsForImport({ documents, dir: streamed, shards: 3 });
    expect(summary).toMatchObject({ loaded: documents.length, failed: 0, unchanged: 0 });
    expect(manifest.nodeCount).toBe(expected.nodeCount);
    expect(manifest.relationshipCount).toBe(expected.relationshipCount);
    expect(manifest.emptyLists).toEqual(expected.emptyLists);
    const rows = await readExport(streamed, manifest);
    expect(Object.keys(rows).filter((id) => id.startsWith('OUTCOME_OF '))).toHaveLength(10);
    expect(rows).toEqual(await readExport(fromStore, expected));
    // Nothing but the files and the manifest is left behind.
    expect((await readdir(streamed)).sort()).toEqual(
      ['import.json', ...manifest.nodes, ...manifest.relationships].sort(),
    );
  });

  it('fails a bad document alone, with its reason, and writes nothing of it', async () => {
    const [first, second] = documents as [(typeof documents)[0], (typeof documents)[0]];
    const dangling: GraphRecords = {
      ...second.records,
      relationships: [
        ...second.records.relationships,
        { ...second.records.relationships.find((rel) => rel.type !== 'MENTIONED_IN')!, to: 'place:nowhere' },
      ],
    };
    const sameSource = withSource(
      second.records,
      String(first.records.documents[0]!.properties.source),
      'doc:again',
    );
    const { manifest, summary } = await exportDocumentsForImport({
      documents: [
        first,
        { name: 'dangling', records: dangling },
        { name: 'unreadable', failed: 'not UTF-8' },
        { name: 'same source', records: sameSource },
        { name: 'repeat', records: first.records },
        second,
      ],
      dir: await tempDir('streamed-bad'),
    });
    expect(summary.outcomes.map((outcome) => outcome.status)).toEqual([
      'loaded',
      'failed',
      'failed',
      'failed',
      'unchanged',
      'loaded',
    ]);
    const reasons = summary.outcomes.map((outcome) => ('reason' in outcome ? outcome.reason : ''));
    expect(reasons[1]).toMatch(
      /endpoint place:nowhere is neither in this document's records nor in the graph/,
    );
    expect(reasons[1]).toContain(second.records.documents[0]!.id);
    expect(reasons[2]).toBe('not UTF-8');
    expect(reasons[3]).toMatch(/^doc:again .*would replace .* from the same source/);
    const memory = await MemoryGraphStore.open({});
    for (const { records } of [first, second]) await memory.loadDocument(records);
    const expected = await writeImportFiles({ store: memory, dir: await tempDir('store-two') });
    await memory.close();
    expect(manifest.nodeCount).toBe(expected.nodeCount);
    expect(manifest.relationshipCount).toBe(expected.relationshipCount);
  });
});
