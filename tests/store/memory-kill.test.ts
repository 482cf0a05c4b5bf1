import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { MemoryGraphStore } from '../../store/memory';
import { syntheticDocument } from './synthetic-documents';
import { expectNoDanglingEdges, temporaryDirs } from './data-dir-helpers';

const newDir = temporaryDirs();
const ROOT = join(__dirname, '..', '..');

interface ChildRun {
  committed: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/**
 * Runs the load loop in a child process and SIGKILLs it once `killAfter` loads have been
 * reported committed. The child is bounded too (count and seconds), so it ends even if
 * the kill never comes.
 */
function runAndKill(options: { dataDir: string; killAfter: number; first: number }): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        'tsx/cjs',
        join(__dirname, 'load-loop.child.ts'),
        options.dataDir,
        '5000',
        '30',
        String(options.first),
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const run: ChildRun = { committed: [], signal: null, code: null, stderr: '' };
    // However the child behaves, it is gone before the test's own time runs out.
    const guard = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^committed (\S+)$/.exec(line);
      if (!match) return;
      run.committed.push(match[1]!);
      if (run.committed.length === options.killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ ...run, code, signal });
    });
  });
}

describe('memory store killed mid-load', () => {
  it('keeps every committed document after SIGKILL and goes on loading', async () => {
    const dataDir = await newDir();
    const first = await runAndKill({ dataDir, killAfter: 40, first: 0 });
    expect(first.stderr).toBe('');
    expect(first.signal).toBe('SIGKILL');
    expect(first.committed.length).toBeGreaterThanOrEqual(40);

    // A second run on the same directory: it takes over the dead process's lock.
    const second = await runAndKill({ dataDir, killAfter: 25, first: 1000 });
    expect(second.stderr).toBe('');
    expect(second.signal).toBe('SIGKILL');

    const store = await MemoryGraphStore.open({ dataDir });
    // A snapshot cut short by the kill is cleared away; the rename makes it all or nothing.
    expect((await readdir(dataDir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
    const committed = [...first.committed, ...second.committed];
    const nodes = await store.getNodes(committed);
    expect(nodes.filter((node) => node === null)).toEqual([]);
    expect(nodes.every((node) => node?.label === 'Document')).toBe(true);

    const counts = await store.countByLabel();
    // Each run may have made one more load durable than it reported before dying.
    expect(counts.Document).toBeGreaterThanOrEqual(committed.length);
    expect(counts.Document).toBeLessThanOrEqual(committed.length + 2);
    expect(counts.Project).toBe(counts.Document);
    const { totalCount: mentioned } = await store.findNodes({ filter: { documentId: committed[0]! } });
    expect(mentioned).toBe(syntheticDocument(0).nodes.length);
    await expectNoDanglingEdges(store);

    const result = await store.loadDocument(syntheticDocument(99999));
    expect(result.status).toBe('loaded');
    await store.close();
    const reopened = await MemoryGraphStore.open({ dataDir });
    expect((await reopened.countByLabel()).Document).toBe(counts.Document + 1);
    await reopened.close();
  });
});
