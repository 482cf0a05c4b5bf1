import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TowngraphServer } from '../../server';
import type { GraphStore } from '../../store/graph-store';
import { MemoryGraphStore } from '../../store/memory';
import { openNeo4jStore } from '../../store/neo4j';
import { exportDocumentsForImport } from '../../store/neo4j/admin-import/export-documents';
import { writeImportFiles } from '../../store/neo4j/admin-import/write-import-files';
import { importIntoNewDatabase } from '../../tools/neo4j/import';
import { startNeo4j, type RunningNeo4j } from '../../tools/neo4j/start';
import { ask, QUERIES, serve } from '../contract/graphql-queries';
import { START_TIMEOUT_MS } from './neo4j-server';
import { readExport } from './read-export';
import { seedAndOutcomeRecords } from './seed-records';

/**
 * The bulk path: the seeds, exported as CSV for `neo4j-admin database import full` both
 * from the embedded store and streamed from their records (the two give the same rows),
 * imported into a fresh database that the launcher then opens, answer every GraphQL query
 * of the contract exactly as the embedded store. Nodes without aliases get theirs from the
 * finishing step.
 */
describe('export for neo4j-admin import, round trip through the importer', () => {
  const dirs: string[] = [];
  let neo4jServer: RunningNeo4j | undefined;
  const servers: { url: string; server: TowngraphServer; store: GraphStore }[] = [];
  let imported = { nodes: 0, relationships: 0 };

  beforeAll(async () => {
    const csvDir = await mkdtemp(join(tmpdir(), 'towngraph-export-'));
    const dataDir = await mkdtemp(join(tmpdir(), 'towngraph-imported-'));
    dirs.push(csvDir, dataDir);
    const memory = await MemoryGraphStore.open({});
    // The seeds, and goals and their results, so that the computed OUTCOME_OF edges make the round trip.
    const documents = await seedAndOutcomeRecords();
    for (const { records } of documents) await memory.loadDocument(records);
    const manifest = await writeImportFiles({ store: memory, dir: csvDir });
    // The export streamed from the same documents, without a store, writes the same rows:
    // the import below stands for both paths.
    const streamedDir = await mkdtemp(join(tmpdir(), 'towngraph-export-streamed-'));
    dirs.push(streamedDir);
    const streamed = await exportDocumentsForImport({ documents, dir: streamedDir, shards: 4 });
    expect(streamed.summary.loaded).toBe(documents.length);
    expect(await readExport(streamedDir, streamed.manifest)).toEqual(await readExport(csvDir, manifest));
    imported = await importIntoNewDatabase({ csvDir: streamedDir, dataDir, heap: '512m' });
    expect(imported.nodes).toBe(manifest.nodeCount);
    neo4jServer = await startNeo4j({ dataDir });
    const neo4j = await openNeo4jStore({ uri: neo4jServer.uri });
    for (const store of [memory, neo4j]) servers.push({ ...(await serve(store)), store });
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    for (const { server, store } of servers) {
      await server.close();
      await store.close();
    }
    await neo4jServer?.stop();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  }, 120_000);

  it('imports every node and relationship of the embedded store', async () => {
    const [memory, neo4j] = servers.map(({ store }) => store) as [GraphStore, GraphStore];
    expect(imported.nodes).toBeGreaterThan(100);
    expect(await neo4j.countByLabel()).toEqual(await memory.countByLabel());
    const all = await memory.findNodes({
      filter: {},
      sort: [{ field: 'id', direction: 'ASC' }],
      limit: 100_000,
    });
    const ids = all.nodes.map((node) => node.id);
    expect(all.nodes.some((node) => node.aliases.length === 0)).toBe(true);
    expect(await neo4j.getNodes(ids)).toEqual(all.nodes);
    const edges = async (store: GraphStore) =>
      (await store.getRelationships({ nodeIds: ids, direction: 'OUT' })).sort((a, b) =>
        a.key < b.key ? -1 : 1,
      );
    const memoryEdges = await edges(memory);
    expect(memoryEdges).toHaveLength(imported.relationships);
    expect(memoryEdges.filter((edge) => edge.type === 'OUTCOME_OF')).toHaveLength(10);
    expect(await edges(neo4j)).toEqual(memoryEdges);
  });

  it.each(Object.keys(QUERIES))('%s: the same GraphQL answer as the embedded store', async (name) => {
    const [memory, neo4jAnswer] = await Promise.all(servers.map(({ url }) => ask(url, name)));
    expect(JSON.stringify(memory)).not.toMatch(/^(null|\{\})$/);
    expect(neo4jAnswer).toEqual(memory);
  });
});
