import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NeedsNeo4jError } from '../../schema/errors';
import { MemoryGraphStore } from '../../store/memory';
import { describeGraphStoreContract } from './graph-store-contract';
import { reportJiaze } from './fixtures';

describeGraphStoreContract('memory', () => MemoryGraphStore.open());

describe('memory store with a data directory', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  describeGraphStoreContract('memory (persisted)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'towngraph-contract-'));
    dirs.push(dir);
    return MemoryGraphStore.open({ dataDir: dir });
  });
});

describe('memory store: Cypher', () => {
  it('rejects Cypher with NeedsNeo4jError', async () => {
    const store = await MemoryGraphStore.open();
    await store.loadDocument(reportJiaze());
    const run = store.runReadCypher({ query: 'MATCH (n) RETURN n', timeoutMs: 1000, maxRows: 10 });
    await expect(run).rejects.toBeInstanceOf(NeedsNeo4jError);
    await expect(run).rejects.toMatchObject({ code: 'NEEDS_NEO4J' });
    await store.close();
  });
});

describe('memory store: closing', () => {
  it('refuses reads and writes after close, and closing twice is harmless', async () => {
    const store = await MemoryGraphStore.open();
    await store.loadDocument(reportJiaze());
    await store.close();
    await store.close();
    await expect(store.getNodes(['place:320412119'])).rejects.toThrow(/closed/);
    await expect(store.loadDocument(reportJiaze())).rejects.toThrow(/closed/);
  });
});
