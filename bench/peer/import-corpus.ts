import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportFilesForImport } from '../../cli/export-files';
import { importIntoNewDatabase } from '../../tools/neo4j/import';
import { ensureCorpus } from '../corpus-files';

/**
 * `npx tsx bench/peer/import-corpus.ts DOCUMENTS DIR`: the bench corpus of DOCUMENTS
 * extracted and imported through the import path (`neo4j-admin database import full`)
 * into the launcher data directory DIR, which stays. Set `TOWNGRAPH_BENCH_NEO4J_DIR=DIR`
 * and the profile and CPU scripts of bench/peer open it instead of loading the corpus
 * online into a fresh database, which at 10 000 documents takes ten times as long.
 * Nothing happens when DIR already holds a database.
 */
async function main(): Promise<void> {
  const [documentsArgument, dir] = process.argv.slice(2);
  const documents = Number(documentsArgument);
  if (!Number.isInteger(documents) || documents <= 0 || !dir) {
    throw new Error('usage: import-corpus.ts DOCUMENTS DIR');
  }
  const database = path.join(dir, 'data', 'databases', 'neo4j');
  if (
    await access(database).then(
      () => true,
      () => false,
    )
  ) {
    process.stdout.write(`${database} exists: kept as it is\n`);
    return;
  }
  const { docsDir } = await ensureCorpus(documents, 1);
  const csvDir = await mkdtemp(path.join(tmpdir(), 'towngraph-import-corpus-'));
  try {
    const start = performance.now();
    const { manifest } = await exportFilesForImport({
      paths: [docsDir],
      dir: csvDir,
      maxBytes: 16 * 1024 * 1024,
    });
    const exportSeconds = (performance.now() - start) / 1000;
    const imported = await importIntoNewDatabase({ csvDir, dataDir: dir });
    process.stdout.write(
      `${JSON.stringify({ documents, nodes: manifest.nodeCount, relationships: manifest.relationshipCount, exportSeconds, importSeconds: imported.seconds })}\n`,
    );
  } finally {
    await rm(csvDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `import-corpus: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
