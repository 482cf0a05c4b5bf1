import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { extractDocument } from '../loaders';
import { MemoryGraphStore } from '../store/memory';
import type { GraphStore } from '../store/graph-store';
import { startNeo4j } from '../tools/neo4j/start';
import { benchApi, type ApiFigures } from './api';
import { benchQueries, queryContext, type BenchQuery, type QueryContext } from './api-queries';
import { ensureCorpus, readCorpus } from './corpus-files';
import { benchExtraction } from './extraction';
import { benchLoading } from './loading';
import { benchNeo4jLoading } from './neo4j-loading';
import type { BulkWrite } from '../store/neo4j/load-batch';
import { benchImportPath } from './import-path';
import { benchStreamedImport } from './streamed-import';
import { openNeo4jStore } from '../store/neo4j';
import { benchPeer } from './peer/bench-peer';
import type { GraphRecords } from '../schema/records';
import { serveTowngraphBuilt, type ChildServer } from './built-server';

/**
 * `npm run bench` (100 documents) or `npm run bench -- --docs 100,1000,10000`: extraction,
 * loading into both stores, and the API under load, each figure beside its baseline from
 * the same run. Prints JSON lines, one per measurement. The servers it loads run from the
 * built output under plain node, as `npm start` does: `npm run build` first.
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
  .option('--skip-extraction', 'skip the extraction measurement')
  .option('--skip-embedded-api', 'query the Neo4j server only')
  .option('--queries <names>', 'only these queries (comma-separated names) beside `{ __typename }`', (v) =>
    v.split(',').map((name) => name.trim()),
  )
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
  .option(
    '--streaming-import',
    'time only the import path from the files (extraction on the worker pool streamed into the neo4j-admin ' +
      'files, then the import), and the API on the imported database unless --skip-api: for corpora beyond the ' +
      'embedded store',
  )
  .option(
    '--neo4j-dir <dir>',
    'query the Neo4j database already in this launcher data directory (bench/peer/import-corpus.ts) ' +
      'instead of loading the corpus: the API on Neo4j only, with --peer beside it',
  )
  .option(
    '--towngraph-tree <dir>',
    "serve towngraph from another checkout's built output (its bin/towngraph.js serve), to compare trees",
  )
  .option('--peer', 'also serve the Neo4j database through @neo4j/graphql and compare each query with it')
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
  streamingImport?: boolean;
  skipNeo4j?: boolean;
  peer?: boolean;
  skipExtraction?: boolean;
  skipEmbeddedApi?: boolean;
  queries?: string[];
  bulkWrites: BulkWrite[];
  neo4jJavaOptions: string[];
  neo4jDir?: string;
  towngraphTree?: string;
}>();
if (options.peer && (options.skipApi || options.skipNeo4j)) {
  program.error('--peer compares the API on Neo4j: it cannot go with --skip-api or --skip-neo4j');
}

function report(what: string, figures: unknown): void {
  process.stdout.write(`${JSON.stringify({ what, ...(figures as object) })}\n`);
}

interface RunningTowngraph {
  url: string;
  server: ChildServer;
  context: QueryContext;
  queries: BenchQuery[];
  close(): Promise<void>;
}

/**
 * Where the built server finds the data `store` holds: Neo4j at its URI, or the embedded
 * store's data directory (written by the caller before).
 */
type Served = { neo4jUri: string } | { dataDir: string };

/**
 * Serves the data as a user does, `node bin/towngraph.js serve` over the built output
 * (dist/, `npm run build` first) in a child process under plain node, and sends each
 * bench query once, failing on any error before timing. `store` (this process's own view
 * of the same data) only gives the queries their ids and words.
 */
async function startTowngraph(store: GraphStore, served: Served): Promise<RunningTowngraph> {
  const server =
    'neo4jUri' in served
      ? await serveTowngraphBuilt({
          tree: options.towngraphTree,
          args: ['--store', 'neo4j'],
          env: { NEO4J_URI: served.neo4jUri },
        })
      : await serveTowngraphBuilt({
          tree: options.towngraphTree,
          args: ['--store', 'memory', '--data-dir', served.dataDir],
        });
  const { url } = server;
  try {
    const context = await queryContext(store);
    const queries = benchQueries(context).filter(
      (query, index) => index === 0 || !options.queries || options.queries.includes(query.name),
    );
    for (const query of queries) {
      // A database just opened has a cold page cache: a first answer that runs past the
      // deadline is asked twice more before the run stops.
      for (let attempt = 1; ; attempt += 1) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: query.query, variables: query.variables ?? {} }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (!body.errors) break;
        const timedOut = JSON.stringify(body.errors).includes('"TIMEOUT"');
        if (!timedOut || attempt === 3)
          throw new Error(`${query.name} fails: ${JSON.stringify(body.errors)}`);
        report('warm-up', { query: query.name, attempt, timedOut });
      }
    }
    return { url, server, context, queries, close: () => server.close() };
  } catch (error) {
    await server.close();
    throw error;
  }
}

async function benchServer(store: GraphStore, served: Served): Promise<ApiFigures[]> {
  const towngraph = await startTowngraph(store, served);
  try {
    return await benchApi({
      url: towngraph.url,
      queries: towngraph.queries,
      connections: options.connections,
      seconds: options.apiSeconds,
    });
  } finally {
    await towngraph.close();
  }
}

/**
 * The embedded store's API, served by the built server from a data directory: the batch
 * loaded again (unmeasured) into a store that keeps one, which the child then opens;
 * `memory` holds the same data in this process, for the queries' ids.
 */
async function benchEmbeddedApi(memory: GraphStore, batch: GraphRecords[], count: number): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'towngraph-bench-embedded-'));
  try {
    const store = await MemoryGraphStore.open({ dataDir });
    for (const records of batch) await store.loadDocument(records);
    await store.close();
    for (const figure of await benchServer(memory, { dataDir })) report(`api-memory/${count}`, figure);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * towngraph and @neo4j/graphql over the same database, query by query: `api-neo4j/N` as
 * without --peer, `api-peer/N` for the library, `peer/N` for towngraph ÷ the library,
 * `peer-cpu/N` for each server's CPU per request.
 */
async function benchNeo4jWithPeer(store: GraphStore, neo4jUri: string, count: number): Promise<void> {
  const towngraph = await startTowngraph(store, { neo4jUri });
  try {
    const result = await benchPeer({
      towngraph: towngraph.server,
      towngraphQueries: towngraph.queries,
      context: towngraph.context,
      neo4jUri,
      connections: options.connections,
      seconds: options.apiSeconds,
    });
    report(`peer-agreement/${count}`, { agreed: result.agreed.map((agreement) => agreement.name) });
    for (const figure of result.towngraph) report(`api-neo4j/${count}`, figure);
    for (const figure of result.peer) report(`api-peer/${count}`, figure);
    for (const comparison of result.comparisons) report(`peer/${count}`, comparison);
    for (const comparison of result.cpu) report(`peer-cpu/${count}`, comparison);
  } finally {
    await towngraph.close();
  }
}

/** The API on Neo4j (beside the library with --peer) over a database loaded beforehand. */
async function benchNeo4jApi(store: GraphStore, uri: string, count: number): Promise<void> {
  if (options.peer) await benchNeo4jWithPeer(store, uri, count);
  else for (const figure of await benchServer(store, { neo4jUri: uri })) report(`api-neo4j/${count}`, figure);
}

/** The API on Neo4j over the database in dataDir, opened for the run and stopped after it. */
async function benchDatabaseIn(count: number, dataDir: string): Promise<void> {
  // A busy machine may take minutes to start a JVM on a database it has not opened before.
  const server = await startNeo4j({
    dataDir,
    javaOptions: options.neo4jJavaOptions,
    readyTimeoutMs: 600_000,
  });
  try {
    const store = await openNeo4jStore({ uri: server.uri });
    try {
      await benchNeo4jApi(store, server.uri, count);
    } finally {
      await store.close();
    }
  } finally {
    await server.stop();
  }
}

/** `import-streamed/N`, then, unless --skip-api, `api-neo4j/N` on the imported database. */
async function benchStreamed(count: number, docsDir: string): Promise<void> {
  await benchStreamedImport({
    docsDir,
    whileImported: async (dataDir, figures) => {
      report(`import-streamed/${count}`, figures);
      if (!options.skipApi) await benchDatabaseIn(count, dataDir);
    },
  });
}

/** The fresh documents of the extraction figures: enough to average over, few enough to make quickly. */
const MAX_FRESH = 1000;

async function benchCorpus(count: number): Promise<void> {
  if (options.neo4jDir) return benchDatabaseIn(count, options.neo4jDir);
  const { docsDir } = await ensureCorpus(count, options.seed);
  if (options.streamingImport) return benchStreamed(count, docsDir);
  const inputs = await readCorpus(docsDir);
  if (!options.skipExtraction) {
    // Documents of another seed, which the rounds have not read: see freshCpuRatio.
    const fresh = await readCorpus(
      (await ensureCorpus(Math.min(count, MAX_FRESH), options.seed + 1)).docsDir,
    );
    report(`extraction/${count}`, benchExtraction(inputs, { rounds: options.rounds, fresh }));
  }
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
  if (!options.skipApi && !options.skipEmbeddedApi) await benchEmbeddedApi(memory, batch, count);
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
    if (options.peer) await benchNeo4jWithPeer(store, neo4jServer.uri, count);
    else if (!options.skipApi)
      for (const figure of await benchServer(store, { neo4jUri: neo4jServer.uri }))
        report(`api-neo4j/${count}`, figure);
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
