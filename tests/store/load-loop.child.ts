/**
 * Child process of the kill test: loads synthetic documents into a data directory and
 * prints `committed <id>` after each load resolves, until killed or bounded by count and
 * time. Usage: node -r tsx/cjs tests/store/load-loop.child.ts DATA_DIR MAX_COUNT MAX_SECONDS [FIRST]
 */
import { MemoryGraphStore } from '../../store/memory';
import { syntheticDocument } from './synthetic-documents';

async function main(): Promise<void> {
  const [dataDir, maxCount = '2000', maxSeconds = '60', first = '0'] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: load-loop.child.ts DATA_DIR MAX_COUNT MAX_SECONDS [FIRST]');
  // Frequent snapshots, so that the kill can land during one.
  const store = await MemoryGraphStore.open({ dataDir, snapshotEvery: 7 });
  const deadline = Date.now() + Number(maxSeconds) * 1000;
  for (let i = Number(first); i < Number(first) + Number(maxCount) && Date.now() < deadline; i += 1) {
    const result = await store.loadDocument(syntheticDocument(i));
    process.stdout.write(`committed ${result.documentId}\n`);
  }
  await store.close();
  process.stdout.write('done\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
