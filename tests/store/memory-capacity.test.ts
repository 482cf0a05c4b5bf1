import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryGraphStore } from '../../store/memory';
import { defaultRecordCeiling, StoreFullError, V8_MAP_LIMIT } from '../../store/memory/capacity';
import { syntheticDocument } from './synthetic-documents';

function size(records: ReturnType<typeof syntheticDocument>): number {
  return records.documents.length + records.nodes.length + records.relationships.length;
}

describe('the embedded store refuses to grow past its ceiling', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'towngraph-capacity-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses the load that would pass a small configured ceiling, naming Neo4j, and changes nothing', async () => {
    const perDocument = size(syntheticDocument(0));
    const ceiling = perDocument * 3 + 1;
    const store = await MemoryGraphStore.open({ dataDir: dir, maxRecords: ceiling });
    const loaded: string[] = [];
    let refusal: unknown;
    for (let i = 0; i < 10 && refusal === undefined; i += 1) {
      try {
        loaded.push((await store.loadDocument(syntheticDocument(i))).documentId);
      } catch (error) {
        refusal = error;
      }
    }
    expect(refusal).toBeInstanceOf(StoreFullError);
    const error = refusal as StoreFullError;
    expect(error.code).toBe('STORE_FULL');
    expect(error.message).toMatch(/Neo4j/);
    expect(error.message).toMatch(/NEO4J_URI/);
    expect(error.message).toContain(String(ceiling));
    expect(loaded.length).toBeGreaterThanOrEqual(3);
    const counts = await store.countByLabel();
    expect(counts.Document).toBe(loaded.length);
    // A document already stored changes nothing, so it is still answered.
    expect((await store.loadDocument(syntheticDocument(0))).status).toBe('unchanged');
    await store.close();

    // The refused load never reached the journal.
    const reopened = await MemoryGraphStore.open({ dataDir: dir, maxRecords: ceiling });
    expect((await reopened.countByLabel()).Document).toBe(loaded.length);
    await reopened.close();
  });

  it('sets the default ceiling below both the heap and the V8 Map limit', () => {
    const gib = 1024 ** 3;
    expect(defaultRecordCeiling(4 * gib)).toBeLessThan((4 * gib) / 1000);
    expect(defaultRecordCeiling(4 * gib)).toBeGreaterThan(1_000_000);
    expect(defaultRecordCeiling(64 * gib)).toBe(Math.floor(V8_MAP_LIMIT * 0.75));
    expect(defaultRecordCeiling()).toBeLessThan(V8_MAP_LIMIT);
  });
});
