import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { fileSources, listDocumentFiles } from '../loaders/inputs';
import { loadDocuments } from '../loaders/load';
import type { StoredNode } from '../store/graph-store';
import { openNeo4jStore } from '../store/neo4j';
import { noAuth } from '../store/neo4j/open-store';
import { relinkOutcomesIn } from '../store/neo4j/outcome-edges';
import { startNeo4j } from '../tools/neo4j/start';
import { allOutcomeRecords } from '../tests/outcomes/outcome-records';

/**
 * What keeping OUTCOME_OF in step costs on Neo4j, beside what loading costs: the seeds and
 * the outcome test documents are loaded (with OUTCOME_OF kept in step by every write),
 * then every target and indicator of the graph is linked again in one transaction, as if
 * every write had touched all of them. `npx tsx bench/outcome-relink.ts`; prints one JSON line.
 */
async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'towngraph-bench-relink-'));
  const server = await startNeo4j({ dataDir });
  const driver = neo4j.driver(server.uri, noAuth());
  try {
    const store = await openNeo4jStore({ uri: server.uri });
    const seeds = await listDocumentFiles([path.join(__dirname, '..', 'seeds')]);
    let started = Date.now();
    await loadDocuments({ store, sources: fileSources(seeds, 16 * 1024 * 1024) });
    for (const records of allOutcomeRecords()) await store.loadDocument(records);
    const loadMs = Date.now() - started;
    const figures: StoredNode[] = [];
    for (const label of ['Target', 'Indicator'] as const)
      figures.push(...(await store.findNodes({ filter: { label }, limit: 100_000 })).nodes);
    let statements = 0;
    started = Date.now();
    await driver.executeQuery('RETURN 1');
    const session = driver.session();
    try {
      await session.executeWrite(async (tx) => {
        const counting = {
          run: (text: string, parameters: Record<string, unknown>) => {
            statements += 1;
            return tx.run(text, parameters);
          },
        } as unknown as ManagedTransaction;
        await relinkOutcomesIn(counting, { touched: { nodes: figures, edges: [] } });
      });
    } finally {
      await session.close();
    }
    const relinkMs = Date.now() - started;
    await store.close();
    const documents = seeds.length + allOutcomeRecords().length;
    process.stdout.write(
      `${JSON.stringify({ documents, figures: figures.length, loadMs, relinkAllMs: relinkMs, relinkStatements: statements })}\n`,
    );
  } finally {
    await driver.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
