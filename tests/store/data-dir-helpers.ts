import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphStore } from '../../store/graph-store';
import { LOCK_FILE } from '../../store/memory/persistence/data-dir';

/** Temporary data directories, removed after the test file. */
export function temporaryDirs(): () => Promise<string> {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'towngraph-store-'));
    dirs.push(dir);
    return dir;
  };
}

/** Abandoned stores stay referenced so that their open files are not closed by the collector. */
const abandoned: GraphStore[] = [];

/**
 * What a crash leaves: the store is dropped without close() (no final snapshot) and its
 * lock is released as a dead process's would be.
 */
export async function abandon(dataDir: string, store: GraphStore): Promise<void> {
  abandoned.push(store);
  await rm(join(dataDir, LOCK_FILE), { force: true, recursive: true });
}

/** Every node and relationship, sorted, as plain data. */
export async function dumpGraph(store: GraphStore): Promise<{ nodes: unknown[]; relationships: unknown[] }> {
  const { nodes } = await store.findNodes({ filter: {}, sort: [{ field: 'id', direction: 'ASC' }] });
  const relationships = await store.getRelationships({ nodeIds: nodes.map((n) => n.id), direction: 'OUT' });
  relationships.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { nodes, relationships };
}

/** Every relationship's two ends are stored nodes. */
export async function expectNoDanglingEdges(store: GraphStore): Promise<void> {
  const { nodes } = await store.findNodes({ filter: {} });
  const ids = new Set(nodes.map((node) => node.id));
  const relationships = await store.getRelationships({ nodeIds: [...ids], direction: 'BOTH' });
  const dangling = relationships.filter((rel) => !ids.has(rel.from) || !ids.has(rel.to));
  expect(dangling).toEqual([]);
}
