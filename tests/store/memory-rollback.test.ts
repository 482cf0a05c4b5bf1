import { MemoryGraphStore } from '../../store/memory';
import { createGraphState } from '../../store/memory/graph-state';
import { loadDocumentInto } from '../../store/memory/load-document';
import { deleteDocumentFrom } from '../../store/memory/delete-document';
import { DataDir } from '../../store/memory/persistence/data-dir';
import { newsHutang, reportJiaze, reportJiazeRevised, reportWujin } from '../contract/fixtures';
import { dumpGraph, temporaryDirs } from './data-dir-helpers';

const newDir = temporaryDirs();

function stateWith(...documents: ReturnType<typeof reportJiaze>[]): ReturnType<typeof createGraphState> {
  const state = createGraphState();
  for (const records of documents) loadDocumentInto(state, records);
  return state;
}

const byKey = (a: { key: string }, b: { key: string }): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

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
    const { result, transaction } = loadDocumentInto(state, reportJiazeRevised());
    expect(result.status).toBe('replaced');
    expect(snapshotOf(state)).not.toEqual(before);
    transaction?.rollback();
    expect(snapshotOf(state)).toEqual(before);
  });

  it('undoes a delete completely', () => {
    const state = stateWith(reportJiaze(), newsHutang());
    const before = snapshotOf(state);
    const { transaction } = deleteDocumentFrom(state, reportJiaze().documents[0]!.id);
    expect(state.graph.order).toBeLessThan(newsHutang().nodes.length + reportJiaze().nodes.length);
    transaction?.rollback();
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
