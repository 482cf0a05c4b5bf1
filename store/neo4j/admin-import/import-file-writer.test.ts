import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ImportFileWriter } from './import-file-writer';

describe('ImportFileWriter', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'towngraph-writer-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lists only the files with a field that spans lines, for the importer to parse line by line', async () => {
    const writer = new ImportFileWriter(dir);
    writer.addNode({
      id: 'doc:1',
      label: 'Document',
      name: '东湖镇工作报告',
      aliases: [],
      properties: { text: '第一行\n第二行' },
    });
    writer.addNode({
      id: 'place:1',
      label: 'Place',
      name: '东湖镇',
      aliases: ['东湖'],
      properties: { kind: 'TOWN' },
    });
    writer.addRelationship({ key: 'k1', type: 'LOCATED_IN', from: 'doc:1', to: 'place:1', properties: {} });
    const written = writer.finish();
    expect(written.nodes).toHaveLength(2);
    expect(written.multilineFiles).toHaveLength(1);
    const [multiline] = written.multilineFiles;
    expect(multiline).toMatch(/^nodes-document-/);
    expect(await readFile(path.join(dir, multiline ?? ''), 'utf8')).toContain('第一行\n第二行');
    expect(written.relationships.some((file) => written.multilineFiles.includes(file))).toBe(false);
  });

  it('writes a node without aliases without the property, and keeps it out of the empty lists', async () => {
    const writer = new ImportFileWriter(dir);
    writer.addNode({ id: 'place:2', label: 'Place', name: '西山村', aliases: [], properties: { codes: [] } });
    const written = writer.finish();
    expect(written.emptyLists.nodes).toEqual([{ id: 'place:2', properties: ['codes'] }]);
    const header = (await readFile(path.join(dir, written.nodes[0] ?? ''), 'utf8')).split('\n')[0];
    expect(header).not.toMatch(/aliases/);
  });
});
