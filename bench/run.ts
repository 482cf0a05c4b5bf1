import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import pino from 'pino';
import { extractDocument } from '../loaders';
import { createServer, completeServerConfig } from '../server';
import { MemoryGraphStore } from '../store/memory';
import type { GraphStore } from '../store/graph-store';
import { startNeo4j } from '../tools/neo4j/start';
import { benchApi, type ApiFigures } from './api';
import { benchQueries, type QueryContext } from './api-queries';
import { ensureCorpus, readCorpus } from './corpus-files';
import { benchExtraction } from './extraction';
import { benchLoading } from './loading';
import { benchNeo4jLoading } from './neo4j-loading';
import type { BulkWrite } from '../store/neo4j/load-batch';
import { benchImportPath } from './import-path';

/**
 * `npm run bench` (100 documents) or `npm run bench -- --docs 100,1000,10000`: extraction,
 * loading into both stores, and the API under load, each figure beside its baseline from
 * the same run. Prints JSON lines, one per measurement.
 */
const program = new Command()
  .option('--docs <counts>', 'corpus sizes, comma-separated', (v) => v.split(',').map(positive), [100])
  .option('--seed <n>', 'corpus seed', positive, 1)
  .option('--api-seconds <n>', 'seconds per query under load', positive, 5)
  .option('--connections <n>', 'concurrent connections', positive, 32)
  .option('--rounds <n>', 'extraction rounds', positive, 2)
  .option('--sample <n>', 'documents in the per-record and per-document comparison', positive, 50)
  .option('--skip-api', 'measure extraction and loading only')
  .option('--skip-neo4j', 'measure the embedded store only')
  .option(
    '--bulk-writes <writes>',
    'Neo4j bulk writes to time, in order: create (the default path), merge (every node and edge merged)',
    (v) => v.split(',').map(bulkWrite),
    ['create'],
  )
  .option(
    '--neo4j-java-options <options>',
    'more JVM options for the Neo4j launcher, space-separated (e.g. --neo4j-java-options=-XX:TieredStopAtLevel=1)',
    (v) => v.split(' ').filter((option) => option !== ''),
    [],
  )
  .option('--import-path', 'also time export for neo4j-admin and the import into a fresh database')
  .parse();

function bulkWrite(value: string): BulkWrite {
  if (value !== 'create' && value !== 'merge')
    throw new InvalidArgumentError(`not create or merge: ${value}`);
  return value;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`not a positive integer: ${value}`);
  return n;
}

const options = program.opts<{
  docs: number[];
  seed: number;
  apiSeconds: number;
  connections: number;
  rounds: number;
  sample: number;
  skipApi?: boolean;
  importPath?: boolean;
  skipNeo4j?: boolean;
  bulkWrites: BulkWrite[];
  neo4jJavaOptions: string[];
}>();

function report(what: string, figures: unknown): void {
  process.stdout.write(`${JSON.stringify({ what, ...(figures as object) })}\n`);
}

async function queryContext(store: GraphStore): Promise<QueryContext> {
  const towns = await store.findNodes({
    filter: { label: 'Place', properties: { kind: 'TOWN' } },
    sort: [{ field: 'name', direction: 'ASC' }],
    limit: 2,
  });
  const [a, b] = towns.nodes;
  if (!a || !b) throw new Error('the corpus loaded fewer than two towns');
  return { townA: a.id, townB: b.id, searchText: a.name.slice(0, 2), year: 2022 };
}

async function benchServer(store: GraphStore): Promise<ApiFigures[]> {
  const server = createServer({
    store,
    config: completeServerConfig({ port: 0 }),
    explorer: false,
    logger: pino({ level: 'silent' }),
  });
  const { url } = await server.listen(0);
  try {
    const queries = benchQueries(await queryContext(store));
    for (const query of queries) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: query.query, variables: query.variables ?? {} }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(`${query.name} fails: ${JSON.stringify(body.errors)}`);
    }
    return await benchApi({ url, queries, connections: options.connections, seconds: options.apiSeconds });
  } finally {
    await server.close();
  }
}

async function benchCorpus(count: number): Promise<void> {
  const { docsDir } = await ensureCorpus(count, options.seed);
  const inputs = await readCorpus(docsDir);
  report(`extraction/${count}`, benchExtraction(inputs, options.rounds));
  const batch = inputs.map((input) => extractDocument(input).records);

  const memory = await MemoryGraphStore.open({});
  const memoryLoading = await benchLoading(memory, batch);
  report(`load-memory/${count}`, memoryLoading);
  if (options.importPath) {
    const figures = await benchImportPath(memory);
    report(`import-neo4j/${count}`, {
      ...figures,
      // End to end from extracted records: the embedded load merges, then export and import.
      endToEndSeconds: memoryLoading.seconds + figures.exportSeconds + figures.importSeconds,
    });
  }
  if (!options.skipApi) for (const figure of await benchServer(memory)) report(`api-memory/${count}`, figure);
  await memory.close();
  if (options.skipNeo4j) return;

  const dataDir = await mkdtemp(path.join(tmpdir(), 'towngraph-bench-neo4j-'));
  const neo4jServer = await startNeo4j({ dataDir, javaOptions: options.neo4jJavaOptions });
  try {
    const sampleSize = Math.min(options.sample, batch.length);
    const { figures, store } = await benchNeo4jLoading({
      uri: neo4jServer.uri,
      batch,
      sampleSize,
      bulkWrites: options.bulkWrites,
    });
    report(`load-neo4j/${count}`, {
      ...figures,
      bulkOfEmbedded: figures.bulk.recordsPerSecond / memoryLoading.recordsPerSecond,
    });
    if (!options.skipApi) for (const figure of await benchServer(store)) report(`api-neo4j/${count}`, figure);
    await store.close();
  } finally {
    await neo4jServer.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

(async () => {
  for (const count of options.docs) await benchCorpus(count);
})().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
