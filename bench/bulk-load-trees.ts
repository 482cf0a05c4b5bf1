import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { ensureCorpus, readCorpus } from './corpus-files';
import { jvmCpuSeconds } from './jvm-cpu';
import { extractDocument } from '../loaders';
import type { GraphRecords } from '../schema/records';

/**
 * The bulk load (benchBulkLoading) of several checkouts of towngraph, one after another on
 * the same records, extracted once: each checkout's own store code and Neo4j launcher,
 * each on a fresh database. On a shared machine only figures taken back to back compare.
 *
 *   npx tsx bench/bulk-load-trees.ts DOCS TREE[@JVM,OPTIONS][#WRITERS] ...
 *   (WRITERS: the store's bulkWriters, for trees that have it; default the tree's own)
 *   e.g. git worktree add /tmp/load-base main  (then link node_modules and tools/neo4j/target)
 *        npx tsx bench/bulk-load-trees.ts 1000 /tmp/load-base . /tmp/load-base .
 *
 * Prints one JSON line per tree: records/s, and the CPU seconds of the Neo4j JVM and of
 * this process over the load (CPU varies less than wall time with the machine's load).
 */
async function main(argv: readonly string[]): Promise<void> {
  const [docs, ...trees] = argv;
  const count = Number(docs);
  if (!Number.isInteger(count) || count < 1 || trees.length === 0)
    throw new Error('usage: bulk-load-trees.ts DOCS TREE[@JVM,OPTIONS][#WRITERS] ...');
  const { docsDir } = await ensureCorpus(count, 1);
  const batch: GraphRecords[] = (await readCorpus(docsDir)).map((input) => extractDocument(input).records);
  for (const tree of trees) {
    const [where, writersText] = tree.split('#') as [string, string | undefined];
    const [root, options] = where.split('@') as [string, string | undefined];
    const writers = writersText === undefined ? undefined : Number(writersText);
    const javaOptions = (options ?? '').split(',').filter(Boolean);
    const base = path.resolve(root);
    /* eslint-disable @typescript-eslint/no-require-imports -- each tree's own modules */
    const { startNeo4j } = require(`${base}/tools/neo4j/start`) as typeof import('../tools/neo4j/start');
    const { openNeo4jStore, Neo4jGraphStore } = require(
      `${base}/store/neo4j`,
    ) as typeof import('../store/neo4j');
    const { noAuth } = require(
      `${base}/store/neo4j/open-store`,
    ) as typeof import('../store/neo4j/open-store');
    const { benchBulkLoading } = require(`${base}/bench/neo4j-loading`) as typeof import('./neo4j-loading');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const dataDir = await mkdtemp(path.join(tmpdir(), 'towngraph-bulk-trees-'));
    const server = await startNeo4j({ dataDir, javaOptions });
    try {
      const neo4jCpu = jvmCpuSeconds();
      const threads0 = neo4jCpu.threads();
      const opened = await openNeo4jStore({ uri: server.uri });
      const store =
        writers === undefined
          ? opened
          : new Neo4jGraphStore({ driver: neo4j.driver(server.uri, noAuth()), bulkWriters: writers });
      const [cpu0, load0] = [neo4jCpu(), loadavg()[0]];
      const node0 = process.cpuUsage();
      const figures = await benchBulkLoading(store, batch);
      const node = process.cpuUsage(node0);
      process.stdout.write(
        `${JSON.stringify({
          what: `bulk-load-trees/${count}`,
          tree,
          ...figures,
          neo4jCpuSeconds: neo4jCpu() - cpu0,
          neo4jThreadCpuSeconds: busiestThreads(threads0, neo4jCpu.threads()),
          nodeCpuSeconds: (node.user + node.system) / 1e6,
          loadAverage: [load0, loadavg()[0]],
          at: new Date().toISOString(),
        })}\n`,
      );
      await store.close();
      if (store !== opened) await opened.close();
    } finally {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }
}

/** CPU seconds of the threads (by name, the same names summed) that used most between two readings. */
function busiestThreads(before: Map<string, number>, after: Map<string, number>): Record<string, number> {
  const used = [...after].map(([name, seconds]) => [name, seconds - (before.get(name) ?? 0)] as const);
  used.sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(used.slice(0, 8).map(([name, seconds]) => [name, Math.round(seconds * 10) / 10]));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `bulk-load-trees: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
