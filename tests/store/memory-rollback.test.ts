import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MemoryGraphStore } from '../../store/memory';
import { createGraphState } from '../../store/memory/graph-state';
import { prepareLoad } from '../../store/memory/load-document';
import { prepareDelete } from '../../store/memory/delete-document';
import { GraphTransaction } from '../../store/memory/graph-transaction';
import { JOURNAL_FILE } from '../../store/memory/persistence/data-dir';
import { DataDir } from '../../store/memory/persistence/data-dir';
import { newsHutang, reportJiaze, reportJiazeRevised, reportWujin } from '../contract/fixtures';
import { dumpGraph, temporaryDirs } from './data-dir-helpers';

const newDir = temporaryDirs();

function stateWith(...documents: ReturnType<typeof reportJiaze>[]): ReturnType<typeof createGraphState> {
  const state = createGraphState();
  for (const records of documents) prepareLoad(state, records).apply?.();
  return state;
}

const byKey = (a: { key?: string }, b: { key?: string }): number => {
  const left = a.key ?? '';
  const right = b.key ?? '';
  return left < right ? -1 : left > right ? 1 : 0;
};

/** The graph and every index, as plain data; order of insertion aside, which undo does not keep. */
function snapshotOf(state: ReturnType<typeof createGraphState>): unknown {
  const exported = state.graph.export();
  const graph = { nodes: [...exported.nodes].sort(byKey), edges: [...(exported.edges ?? [])].sort(byKey) };
  const byLabel = [...state.nodesByLabel].map(([label, ids]) => [label, [...ids].sort()]);
  const byDocument = [...state.edgesByDocument].map(([doc, keys]) => [doc, [...keys].sort()]).sort();
  const bySource = [...state.documentsBySource].map(([source, ids]) => [source, [...ids].sort()]).sort();
  return { graph, byLabel, byDocument, bySource };
}

describe('memory store transactions', () => {
  it('undoes a replacing load completely, indexes included', () => {
    const state = stateWith(reportJiaze(), newsHutang(), reportWujin());
    const before = snapshotOf(state);
    const { result, apply } = prepareLoad(state, reportJiazeRevised());
    expect(result.status).toBe('replaced');
    expect(snapshotOf(state)).toEqual(before);
    const transaction = apply!();
    expect(snapshotOf(state)).not.toEqual(before);
    transaction.rollback();
    expect(snapshotOf(state)).toEqual(before);
  });

  it('undoes a delete completely', () => {
    const state = stateWith(reportJiaze(), newsHutang());
    const before = snapshotOf(state);
    const transaction = prepareDelete(state, reportJiaze().documents[0]!.id).apply!();
    expect(state.graph.order).toBeLessThan(newsHutang().nodes.length + reportJiaze().nodes.length);
    transaction.rollback();
    expect(snapshotOf(state)).toEqual(before);
  });

  it('rolls a load back when the journal cannot be written, and stays usable', async () => {
    const dataDir = await newDir();
    const store = await MemoryGraphStore.open({ dataDir });
    await store.loadDocument(reportJiaze());
    const before = await dumpGraph(store);
    const commit = jest
      .spyOn(DataDir.prototype, 'commit')
      .mockRejectedValueOnce(new Error('ENOSPC: no space left'));
    await expect(store.loadDocument(reportJiazeRevised())).rejects.toThrow('ENOSPC');
    commit.mockRestore();
    expect(await dumpGraph(store)).toEqual(before);
    await expect(store.loadDocument(newsHutang())).resolves.toMatchObject({ status: 'loaded' });
    const after = await dumpGraph(store);
    await store.close();
    const reopened = await MemoryGraphStore.open({ dataDir });
    expect(await dumpGraph(reopened)).toEqual(after);
    await reopened.close();
  });

  it('undoes a write that fails part-way and takes it back out of the journal', async () => {
    const dataDir = await newDir();
    const store = await MemoryGraphStore.open({ dataDir });
    await store.loadDocument(reportJiaze());
    const before = await dumpGraph(store);
    const journalSize = (await stat(join(dataDir, JOURNAL_FILE))).size;
    let writes = 0;
    const putEdge = GraphTransaction.prototype.putEdge;
    const failing = jest.spyOn(GraphTransaction.prototype, 'putEdge').mockImplementation(function (
      this: GraphTransaction,
      edge,
    ) {
      writes += 1;
      if (writes === 5) throw new Error('simulated fault while writing');
      putEdge.call(this, edge);
    });
    await expect(store.loadDocument(newsHutang())).rejects.toThrow('simulated fault');
    failing.mockRestore();
    expect(writes).toBe(5);
    expect(await dumpGraph(store)).toEqual(before);
    expect((await stat(join(dataDir, JOURNAL_FILE))).size).toBe(journalSize);
    await expect(store.loadDocument(newsHutang())).resolves.toMatchObject({ status: 'loaded' });
    const after = await dumpGraph(store);
    await store.close();
    const reopened = await MemoryGraphStore.open({ dataDir });
    expect(await dumpGraph(reopened)).toEqual(after);
    await reopened.close();
  });

  it('loads the records as they were when loadDocument was called', async () => {
    const dataDir = await newDir();
    const store = await MemoryGraphStore.open({ dataDir });
    const records = reportJiaze();
    const loading = store.loadDocument(records);
    records.nodes[0]!.name = '改过的名字';
    records.relationships.length = 0;
    await loading;
    const original = reportJiaze();
    const [first] = await store.getNodes([original.nodes[0]!.id]);
    expect(first?.name).toBe(original.nodes[0]!.name);
    const before = await dumpGraph(store);
    expect(before.relationships).toHaveLength(original.relationships.length);
    await store.close();
    const reopened = await MemoryGraphStore.open({ dataDir });
    expect(await dumpGraph(reopened)).toEqual(before);
    await reopened.close();
  });

  it('runs concurrent writes one at a time, in call order', async () => {
    const store = await MemoryGraphStore.open({ dataDir: await newDir() });
    const results = await Promise.all([
      store.loadDocument(reportJiaze()),
      store.loadDocument(reportJiazeRevised()),
      store.loadDocument(reportJiaze()).catch((error: Error) => error),
      store.deleteDocument(reportJiaze().documents[0]!.id),
    ]);
    expect(results.map((r) => ('status' in r ? r.status : 'deleted' in r ? r.deleted : r.message))).toEqual([
      'loaded',
      'replaced',
      'replaced',
      true,
    ]);
    expect((await store.countByLabel()).Document).toBe(0);
    await store.close();
  });
});
