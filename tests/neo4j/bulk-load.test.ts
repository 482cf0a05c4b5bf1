import type { GraphStore } from '../../store/graph-store';
import type { GraphRecords } from '../../schema/records';
import { loadDocuments } from '../../loaders/load';
import { DocumentBuilder, entity } from '../contract/fixture-builder';
import { newsHutang, reportJiaze, reportJiazeRevised, reportWujin } from '../contract/fixtures';
import { useNeo4j } from './neo4j-server';

const neo4j = useNeo4j();

/** Every node and edge as Neo4j holds them, for comparing two ways of loading. */
async function rawGraph(): Promise<unknown> {
  const nodes = await neo4j.driver.executeQuery(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id',
  );
  const edges = await neo4j.driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS type, properties(r) AS properties ORDER BY r.key',
  );
  return {
    nodes: nodes.records.map((record) => record.toObject()),
    edges: edges.records.map((record) => record.toObject()),
  };
}

/**
 * A valid document the database refuses: an enterprise name too long for the range index
 * on names (Neo4j limits an index key to about 8 KiB), which no record check catches.
 */
function tooLongForTheIndex(): GraphRecords {
  const doc = new DocumentBuilder({
    text: '超长名称 测试文档',
    title: '超长名称的企业',
    source: 'news/too-long.html',
    publishedAt: '2024-06-01',
  });
  doc.add(entity({ label: 'Enterprise', name: `${'长'.repeat(6000)}有限公司` }));
  return doc.records();
}

async function loadOneByOne(store: GraphStore, batch: readonly GraphRecords[]): Promise<unknown[]> {
  const results: unknown[] = [];
  for (const records of batch) results.push(await store.loadDocument(records));
  return results;
}

describe('Neo4j bulk loading (loadDocumentBatch)', () => {
  let store: GraphStore;
  afterEach(async () => {
    await store?.close();
  });

  it('leaves the same graph and the same results as loading one document at a time', async () => {
    const batch = [reportJiaze(), newsHutang(), reportWujin()];
    store = await neo4j.openEmpty();
    const oneByOne = await loadOneByOne(store, batch);
    const expected = await rawGraph();
    await store.close();

    store = await neo4j.openEmpty();
    const outcomes = await store.loadDocumentBatch!(batch);
    expect(outcomes).toEqual(oneByOne.map((result) => ({ ok: true, result })));
    expect(await rawGraph()).toEqual(expected);
  });

  it('retries a batch the database refuses document by document: the bad one fails alone, nothing of it stays', async () => {
    const good = [reportJiaze(), reportWujin()];
    store = await neo4j.openEmpty();
    await loadOneByOne(store, good);
    const expected = await rawGraph();
    await store.close();

    store = await neo4j.openEmpty();
    const bad = tooLongForTheIndex();
    const outcomes = await store.loadDocumentBatch!([good[0]!, bad, good[1]!]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true]);
    const failure = outcomes[1];
    if (failure?.ok !== false) throw new Error('the bad document did not fail');
    expect(failure.error.message).toContain(bad.documents[0]!.id);
    expect(failure.error.message).toContain('news/too-long.html');
    expect(await rawGraph()).toEqual(expected);
  });

  it('fails an invalid document alone and loads the rest in the same batch', async () => {
    store = await neo4j.openEmpty();
    const invalid = newsHutang();
    invalid.relationships.push({ ...invalid.relationships[0]!, to: 'place:nowhere' });
    const outcomes = await store.loadDocumentBatch!([reportJiaze(), invalid, reportWujin()]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true]);
    const failure = outcomes[1];
    if (failure?.ok !== false) throw new Error('the invalid document did not fail');
    expect(failure.error.message).toContain(invalid.documents[0]!.id);
    const stored = await store.getNodes([invalid.documents[0]!.id]);
    expect(stored).toEqual([null]);
  });

  it('replaces by source inside a batch and is idempotent by content hash', async () => {
    store = await neo4j.openEmpty();
    const first = await store.loadDocumentBatch!([reportJiaze(), newsHutang(), reportJiazeRevised()]);
    expect(first.map((outcome) => (outcome.ok ? outcome.result.status : 'failed'))).toEqual([
      'loaded',
      'loaded',
      'replaced',
    ]);
    const afterFirst = await rawGraph();
    const again = await store.loadDocumentBatch!([newsHutang(), reportJiazeRevised()]);
    expect(again.map((outcome) => (outcome.ok ? outcome.result.status : 'failed'))).toEqual([
      'unchanged',
      'unchanged',
    ]);
    expect(await rawGraph()).toEqual(afterFirst);

    const sequential = await neo4j.openEmpty();
    try {
      await loadOneByOne(sequential, [reportJiaze(), newsHutang(), reportJiazeRevised()]);
      expect(await rawGraph()).toEqual(afterFirst);
    } finally {
      await sequential.close();
    }
  });

  it('is the path the load step takes on Neo4j, keeping each file its own outcome in order', async () => {
    store = await neo4j.openEmpty();
    const texts = ['嘉泽镇召开花木产业推进会。', '', '湖塘镇科创中心项目开工建设。'];
    const sources = texts.map((text, index) => ({
      name: `doc-${index}.txt`,
      open: async () => {
        if (text === '') throw new Error('empty file');
        return {
          name: `doc-${index}.txt`,
          bytes: new TextEncoder().encode(text),
          source: `news/doc-${index}.txt`,
          title: `文档${index}`,
        };
      },
    }));
    const summary = await loadDocuments({ store, sources, batchRecords: 1_000_000 });
    expect(summary.outcomes.map((outcome) => [outcome.name, outcome.status])).toEqual([
      ['doc-0.txt', 'loaded'],
      ['doc-1.txt', 'failed'],
      ['doc-2.txt', 'loaded'],
    ]);
    const counts = await store.countByLabel();
    expect(counts.Document).toBe(2);
  });
});
