import type { GraphStore } from '../../store/graph-store';
import type { GraphRecords } from '../../schema/records';
import { loadDocuments } from '../../loaders/load';
import { DocumentBuilder, entity } from '../contract/fixture-builder';
import { newsHutang, PLACES, reportJiaze, reportJiazeRevised, reportWujin } from '../contract/fixtures';
import { useNeo4j } from './neo4j-server';
import neo4jDriver from 'neo4j-driver';
import { Neo4jGraphStore } from '../../store/neo4j';
import { noAuth } from '../../store/neo4j/open-store';
import { MemoryGraphStore } from '../../store/memory';
import type { NodeRecord } from '../../schema/records';

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

/**
 * A document the database refuses (as tooLongForTheIndex) that also names a zone and a
 * district: nodes it shares with another such document, and with the good documents.
 */
function refusedSharing(n: number): GraphRecords {
  const doc = new DocumentBuilder({
    text: `第${n}篇 超长名称 测试文档`,
    title: `超长名称的企业${n}`,
    source: `news/too-long-${n}.html`,
    publishedAt: '2024-06-01',
  });
  const zone = entity({ label: 'Zone', name: '青枫工业园', aliases: [`青枫园${n}`] });
  doc.add(zone);
  doc.add(PLACES.wujin);
  doc.relate({ type: 'LOCATED_IN', from: zone.id, to: PLACES.wujin.id });
  doc.add(entity({ label: 'Enterprise', name: `${'长'.repeat(6000)}${n}有限公司` }));
  return doc.records();
}

async function loadOneByOne(store: GraphStore, batch: readonly GraphRecords[]): Promise<unknown[]> {
  const results: unknown[] = [];
  for (const records of batch) results.push(await store.loadDocument(records));
  return results;
}

/**
 * Documents that meet on two nodes: 常州花木科技 (stored before the batch) and 新能源产业园
 * (new in the batch, named differently by two documents), with a fact stated twice in one
 * document, so the create path has names to fold, stored nodes to merge and edges to
 * collapse by key.
 */
function meetingDocuments(): { stored: GraphRecords; batch: GraphRecords[]; ids: string[] } {
  const enterprise = entity({
    label: 'Enterprise',
    name: '常州花木科技有限公司',
    aliases: ['花木科技'],
    properties: { founded: 2010 },
  });
  const park: NodeRecord = entity({ label: 'Zone', name: '新能源产业园', aliases: ['新能源园区'] });
  const build = (n: number): DocumentBuilder =>
    new DocumentBuilder({
      text: `第${n}篇 新能源产业园 测试文档`,
      title: `第${n}篇`,
      source: `news/meeting-${n}.html`,
      publishedAt: '2024-06-01',
    });
  const a = build(1);
  a.add(enterprise);
  const b = build(2);
  b.add({ ...enterprise, aliases: ['常州花木'], properties: { employees: 50, founded: null } });
  const c = build(3);
  c.add({ ...enterprise, aliases: ['花木科技公司', '花木科技'], properties: {} });
  c.add({ ...park, properties: { area: 1.5 } });
  c.relate({ type: 'LOCATED_IN', from: park.id, to: PLACES.wujin.id });
  c.add(PLACES.wujin);
  const d = build(4);
  d.add({ ...park, name: '新能源园', aliases: ['能源园'], properties: { area: 2 } });
  d.add(PLACES.wujin);
  d.relate({ type: 'LOCATED_IN', from: park.id, to: PLACES.wujin.id, extra: { confidence: 0.5 } });
  d.relate({ type: 'LOCATED_IN', from: park.id, to: PLACES.wujin.id, extra: { confidence: 0.7 } });
  return {
    stored: a.records(),
    batch: [b.records(), c.records(), d.records()],
    ids: [enterprise.id, park.id, PLACES.wujin.id],
  };
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
    // The first test plans every load statement on a cold JVM: 43–94 s under load average 12–15.
  }, 180_000);

  it('creates what is new and merges what is stored, leaving the graph of the MERGE path and of the embedded store', async () => {
    const { stored, batch, ids } = meetingDocuments();
    store = await neo4j.openEmpty();
    await store.loadDocument(stored);
    const outcomes = await store.loadDocumentBatch!(batch);
    expect(outcomes.map((outcome) => outcome.ok && outcome.result.status)).toEqual([
      'loaded',
      'loaded',
      'loaded',
    ]);
    const created = await rawGraph();
    const createdNodes = await store.getNodes(ids);
    await store.close();

    store = await neo4j.openEmpty();
    const merging = new Neo4jGraphStore({
      driver: neo4jDriver.driver(neo4j.uri, noAuth()),
      bulkWrite: 'merge',
    });
    try {
      await merging.loadDocument(stored);
      expect(await merging.loadDocumentBatch(batch)).toEqual(outcomes);
      expect(await rawGraph()).toEqual(created);
    } finally {
      await merging.close();
    }

    const memory = await MemoryGraphStore.open({});
    try {
      for (const records of [stored, ...batch]) await memory.loadDocument(records);
      expect(createdNodes).toEqual(await memory.getNodes(ids));
    } finally {
      await memory.close();
    }
    // The fold itself: the later name wins, the earlier becomes an alias, first-seen order.
    expect(createdNodes[1]).toMatchObject({
      name: '新能源园',
      aliases: ['新能源园区', '能源园', '新能源产业园'],
    });
    expect(createdNodes[0]).toMatchObject({
      aliases: ['花木科技', '常州花木', '花木科技公司'],
      properties: { founded: 2010, employees: 50 },
    });
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

  it('with several writers, fails refused documents alone and deletes the shared nodes only they named', async () => {
    const good = [reportJiaze(), reportWujin(), newsHutang()];
    store = await neo4j.openEmpty();
    await loadOneByOne(store, good);
    const expected = await rawGraph();
    await store.close();

    for (const writers of [2, 3, 4]) {
      store = await neo4j.openEmpty();
      const concurrent = new Neo4jGraphStore({
        driver: neo4jDriver.driver(neo4j.uri, noAuth()),
        bulkWriters: writers,
        concurrentRunRecords: 0,
      });
      try {
        const batch = [good[0]!, refusedSharing(1), good[1]!, refusedSharing(2), good[2]!];
        const outcomes = await concurrent.loadDocumentBatch(batch);
        expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true, false, true]);
        for (const index of [1, 3]) {
          const failure = outcomes[index];
          if (failure?.ok !== false) throw new Error('the refused document did not fail');
          expect(failure.error.message).toContain(batch[index]!.documents[0]!.id);
        }
        // Nothing of the refused documents: not their zone, which only they named, nor
        // their edges; the district they share with the good documents is as those left it.
        expect(await rawGraph()).toEqual(expected);
      } finally {
        await concurrent.close();
        await store.close();
      }
    }
  }, 180_000);

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
