import { MemoryGraphStore } from '../../store/memory';
import { derivedOutcomeEdges, storedOutcomeEdges } from '../outcomes/derived-outcomes';
import { allOutcomeRecords, revisedShengze2023, shengzeThirdQuarter } from '../outcomes/outcome-records';
import { abandon, dumpGraph, temporaryDirs } from './data-dir-helpers';

/**
 * OUTCOME_OF survives the embedded store's persistence: replaying the journal recomputes
 * the edges as the writes did (loads, a replacement, deletions), and a snapshot carries
 * them as stored; either way the reopened store holds the graph it had.
 */
const newDir = temporaryDirs();

async function writeHistory(store: MemoryGraphStore): Promise<void> {
  for (const records of [...allOutcomeRecords(), shengzeThirdQuarter()]) await store.loadDocument(records);
  const revised = revisedShengze2023();
  expect((await store.loadDocument(revised)).status).toBe('replaced');
  await store.deleteDocument(revised.documents[0]!.id);
  await store.deleteDocument(allOutcomeRecords()[2]!.documents[0]!.id);
}

describe('OUTCOME_OF in the data directory', () => {
  it.each([
    ['the journal alone', 1000],
    ['a snapshot every 3 writes and the journal after it', 3],
  ])('reopens after a crash with the same edges, from %s', async (_what, snapshotEvery) => {
    const dir = await newDir();
    const store = await MemoryGraphStore.open({ dataDir: dir, snapshotEvery });
    await writeHistory(store);
    const edges = await storedOutcomeEdges(store);
    // Ten goals were answered; with the 2023 report of 盛泽镇 gone, only its sales goal
    // stays answered (by the third quarter), and 平望镇's three went with its goals.
    expect(edges).toHaveLength(4);
    expect(edges).toEqual(await derivedOutcomeEdges(store));
    const before = await dumpGraph(store);
    await abandon(dir, store);
    const reopened = await MemoryGraphStore.open({ dataDir: dir, snapshotEvery });
    try {
      expect(await storedOutcomeEdges(reopened)).toEqual(edges);
      expect(await dumpGraph(reopened)).toEqual(before);
    } finally {
      await reopened.close();
    }
  });

  it('reopens after close (a final snapshot) with the same edges', async () => {
    const dir = await newDir();
    const store = await MemoryGraphStore.open({ dataDir: dir });
    await writeHistory(store);
    const before = await dumpGraph(store);
    await store.close();
    const reopened = await MemoryGraphStore.open({ dataDir: dir });
    try {
      expect(await dumpGraph(reopened)).toEqual(before);
      expect(await storedOutcomeEdges(reopened)).toEqual(await derivedOutcomeEdges(reopened));
    } finally {
      await reopened.close();
    }
  });
});
