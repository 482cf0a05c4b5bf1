import {
  appendFile,
  copyFile,
  mkdir,
  readdir,
  readFile,
  stat,
  truncate,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { MemoryGraphStore } from '../../store/memory';
import { JOURNAL_FILE, LOCK_FILE, SNAPSHOT_FILE } from '../../store/memory/persistence/data-dir';
import { encodeEntry } from '../../store/memory/persistence/journal-format';
import { newsHutang, reportJiaze, reportJiazeRevised, reportWujin } from '../contract/fixtures';
import { abandon, dumpGraph, expectNoDanglingEdges, temporaryDirs } from './data-dir-helpers';

const newDir = temporaryDirs();

async function storeWithHistory(dataDir: string, snapshotEvery?: number): Promise<MemoryGraphStore> {
  const store = await MemoryGraphStore.open({ dataDir, snapshotEvery });
  await store.loadDocument(reportJiaze());
  await store.loadDocument(newsHutang());
  await store.loadDocument(reportWujin());
  await store.deleteDocument(newsHutang().documents[0]!.id);
  await store.loadDocument(reportJiazeRevised());
  return store;
}

describe('memory store persistence', () => {
  it.each([
    ['journal only', undefined],
    ['snapshots every 2 writes', 2],
  ])('reopens after close with everything (%s)', async (_what, snapshotEvery) => {
    const dir = await newDir();
    const store = await storeWithHistory(dir, snapshotEvery);
    const before = await dumpGraph(store);
    expect(before.nodes.length).toBeGreaterThan(10);
    await store.close();
    expect((await stat(join(dir, JOURNAL_FILE))).size).toBe(0);
    const reopened = await MemoryGraphStore.open({ dataDir: dir });
    expect(await dumpGraph(reopened)).toEqual(before);
    expect((await reopened.countByLabel()).Document).toBe(2);
    await reopened.close();
  });

  it('reopens after a crash (no close) from the snapshot and the journal', async () => {
    const dir = await newDir();
    const store = await storeWithHistory(dir, 3);
    const before = await dumpGraph(store);
    // Five writes with a snapshot every three: the snapshot holds three, the journal two.
    expect((await stat(join(dir, SNAPSHOT_FILE))).size).toBeGreaterThan(0);
    const journal = (await readFile(join(dir, JOURNAL_FILE), 'utf8')).trim().split('\n');
    expect(journal).toHaveLength(2);
    await abandon(dir, store);
    const reopened = await MemoryGraphStore.open({ dataDir: dir });
    expect(await dumpGraph(reopened)).toEqual(before);
    await reopened.close();
  });

  it('keeps a purely in-memory store out of the file system', async () => {
    const store = await MemoryGraphStore.open();
    await store.loadDocument(reportJiaze());
    await store.close();
    const again = await MemoryGraphStore.open();
    expect((await again.countByLabel()).Document).toBe(0);
    await again.close();
  });

  describe('a torn last journal line', () => {
    const cuts: [string, (line: Buffer) => Buffer][] = [
      ['cut after one byte', (line) => line.subarray(0, 1)],
      ['cut in half', (line) => line.subarray(0, Math.floor(line.length / 2))],
      ['missing only its newline', (line) => line.subarray(0, line.length - 1)],
      [
        'whole but with a bad checksum',
        (line) => Buffer.from(line.toString('latin1').replace(/ [0-9a-f]{4}/, ' ffff'), 'latin1'),
      ],
    ];

    it.each(cuts)('is ignored and cut off when %s', async (_what, tear) => {
      const dir = await newDir();
      const store = await MemoryGraphStore.open({ dataDir: dir });
      await store.loadDocument(reportJiaze());
      await store.loadDocument(newsHutang());
      const before = await dumpGraph(store);
      await abandon(dir, store);
      const journal = join(dir, JOURNAL_FILE);
      const validSize = (await stat(journal)).size;
      const torn = tear(encodeEntry({ op: 'load', records: reportWujin(), seq: 3 }));
      await appendFile(journal, torn);

      const reopened = await MemoryGraphStore.open({ dataDir: dir });
      expect(await dumpGraph(reopened)).toEqual(before);
      expect((await stat(journal)).size).toBe(validSize);
      await expect(reopened.loadDocument(reportWujin())).resolves.toMatchObject({ status: 'loaded' });
      const after = await dumpGraph(reopened);
      await abandon(dir, reopened);
      const third = await MemoryGraphStore.open({ dataDir: dir });
      expect(await dumpGraph(third)).toEqual(after);
      await third.close();
    });
  });

  it('refuses a journal damaged in the middle rather than dropping committed writes', async () => {
    const dir = await newDir();
    const store = await MemoryGraphStore.open({ dataDir: dir });
    await store.loadDocument(reportJiaze());
    await store.loadDocument(newsHutang());
    await abandon(dir, store);
    const journal = join(dir, JOURNAL_FILE);
    const data = await readFile(journal);
    const damaged = Buffer.from(data);
    damaged[40] = damaged[40] === 0x41 ? 0x42 : 0x41;
    await writeFile(journal, damaged);
    await expect(MemoryGraphStore.open({ dataDir: dir })).rejects.toThrow(/damaged journal line at byte 0/);
    // The lock is released after a failed open, and a repaired journal opens again.
    await writeFile(journal, data);
    const reopened = await MemoryGraphStore.open({ dataDir: dir });
    expect((await reopened.countByLabel()).Document).toBe(2);
    await reopened.close();
  });

  it('skips journal entries the snapshot already holds (crash between snapshot and truncation)', async () => {
    const dir = await newDir();
    const store = await MemoryGraphStore.open({ dataDir: dir });
    await store.loadDocument(reportJiaze());
    await store.loadDocument(newsHutang());
    await store.deleteDocument(reportJiaze().documents[0]!.id);
    const before = await dumpGraph(store);
    const journal = join(dir, JOURNAL_FILE);
    await copyFile(journal, `${journal}.copy`);
    await store.close();
    expect((await stat(join(dir, SNAPSHOT_FILE))).size).toBeGreaterThan(0);
    await copyFile(`${journal}.copy`, journal);
    // Replaying entry 1 again would bring the deleted report back.
    const reopened = await MemoryGraphStore.open({ dataDir: dir });
    expect(await dumpGraph(reopened)).toEqual(before);
    expect(await reopened.getNodes([reportJiaze().documents[0]!.id])).toEqual([null]);
    await reopened.close();
  });

  it('lets one store at a time open a data directory', async () => {
    const dir = await newDir();
    const store = await MemoryGraphStore.open({ dataDir: dir });
    await expect(MemoryGraphStore.open({ dataDir: dir })).rejects.toThrow(
      /in use by another running process/,
    );
    await store.close();
    const again = await MemoryGraphStore.open({ dataDir: dir });
    await again.close();
  });

  it('takes over a lock left by a process that died, whatever its pid was (a container restarted as pid 1)', async () => {
    const dir = await newDir();
    // What a killed holder leaves: the lock folder, no longer refreshed. No pid is involved,
    // so a new process that happens to have the dead one's pid is not mistaken for it.
    const lockDir = join(dir, LOCK_FILE);
    await mkdir(lockDir);
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(lockDir, longAgo, longAgo);
    const store = await MemoryGraphStore.open({ dataDir: dir });
    await store.loadDocument(reportJiaze());
    await store.close();
    const reopened = await MemoryGraphStore.open({ dataDir: dir });
    expect(await reopened.getNodes([reportJiaze().documents[0]!.id])).not.toEqual([null]);
    await reopened.close();
  });

  it('opens an empty journal and a journal of only a torn line', async () => {
    const dir = await newDir();
    await writeFile(join(dir, JOURNAL_FILE), '123 abc');
    const store = await MemoryGraphStore.open({ dataDir: dir });
    expect((await store.countByLabel()).Place).toBe(0);
    await store.loadDocument(reportJiaze());
    await store.close();
    await truncate(join(dir, JOURNAL_FILE), 0);
    const reopened = await MemoryGraphStore.open({ dataDir: dir });
    expect((await reopened.countByLabel()).Document).toBe(1);
    await expectNoDanglingEdges(reopened);
    await reopened.close();
  });
});

describe('memory store snapshot files', () => {
  it('removes a temporary snapshot left by a crash and keeps the committed one', async () => {
    const dir = await newDir();
    const store = await storeWithHistory(dir);
    const before = await dumpGraph(store);
    await store.close();
    await writeFile(join(dir, `${SNAPSHOT_FILE}.tmp-12345`), '{"format":"towngraph-memory-snap');
    const reopened = await MemoryGraphStore.open({ dataDir: dir });
    expect(await dumpGraph(reopened)).toEqual(before);
    expect((await readdir(dir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
    await reopened.close();
  });

  it('refuses a damaged snapshot with an error naming it', async () => {
    const dir = await newDir();
    const store = await storeWithHistory(dir);
    await store.close();
    const lines = (await readFile(join(dir, SNAPSHOT_FILE), 'utf8')).split('\n');
    await writeFile(join(dir, SNAPSHOT_FILE), `${lines.slice(0, 3).join('\n')}\n`);
    await expect(MemoryGraphStore.open({ dataDir: dir })).rejects.toThrow(
      /damaged \(it holds 2 of \d+ nodes/,
    );
    await truncate(join(dir, SNAPSHOT_FILE), 100);
    await expect(MemoryGraphStore.open({ dataDir: dir })).rejects.toThrow(/snapshot\.json is damaged/);
    await writeFile(join(dir, SNAPSHOT_FILE), '{"format":"something-else","version":1}\n');
    await expect(MemoryGraphStore.open({ dataDir: dir })).rejects.toThrow(/not a towngraph snapshot/);
  });
});
