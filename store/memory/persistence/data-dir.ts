import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createGraphState, type GraphState } from '../graph-state';
import { createStoreGraph } from '../graph-types';
import { lockDataDir } from './data-dir-lock';
import { JournalFile } from './journal-file';
import type { JournalEntry, JournalOperation } from './journal-format';
import { readSnapshot, removeTemporarySnapshots, syncDirectory, writeSnapshot } from './snapshot-file';

export const SNAPSHOT_FILE = 'snapshot.json';
export const JOURNAL_FILE = 'journal.log';
/** The lock: a folder whose mtime the holder keeps fresh (see data-dir-lock.ts). */
export const LOCK_FILE = 'towngraph.lock';

export interface DataDirOptions {
  path: string;
  /** Applies one journal entry to the state while replaying; throws if it cannot. */
  replay: (state: GraphState, entry: JournalOperation) => void;
  /** Snapshot once the journal holds this many entries (default 1000). */
  snapshotEvery?: number;
  /** ...or this many bytes (default 64 MiB), whichever comes first. */
  snapshotBytes?: number;
}

/**
 * A data directory: snapshot.json (the whole graph as of journal entry `seq`) plus
 * journal.log (every transaction committed since). Entries carry sequence numbers, so a
 * crash between writing a snapshot and emptying the journal only makes the next open skip
 * entries the snapshot already holds.
 */
export class DataDir {
  private entriesSinceSnapshot = 0;

  private constructor(
    private readonly options: DataDirOptions,
    private readonly journal: JournalFile,
    private readonly unlock: () => Promise<void>,
    private seq: number,
    private readonly lockState: { lost: Error | null },
  ) {}

  static async open(
    options: DataDirOptions,
  ): Promise<{ dataDir: DataDir; state: GraphState; tornBytes: number }> {
    await mkdir(options.path, { recursive: true });
    const lockState: { lost: Error | null } = { lost: null };
    const unlock = await lockDataDir(join(options.path, LOCK_FILE), {
      onLost: (error) => {
        lockState.lost = error;
      },
    });
    try {
      await removeTemporarySnapshots(join(options.path, SNAPSHOT_FILE));
      const graph = createStoreGraph();
      const snapshot = await readSnapshot(join(options.path, SNAPSHOT_FILE), graph);
      const state = createGraphState(graph);
      const { journal, entries, tornBytes } = await JournalFile.open(join(options.path, JOURNAL_FILE));
      // A journal created just now must survive a crash as a directory entry too.
      await syncDirectory(options.path);
      let seq = snapshot?.seq ?? 0;
      for (const entry of entries) {
        if (entry.seq <= seq) continue;
        try {
          options.replay(state, entry);
        } catch (error) {
          await journal.close();
          throw new Error(
            `${journal.path}: entry ${entry.seq} cannot be replayed: ${(error as Error).message}`,
            { cause: error },
          );
        }
        seq = entry.seq;
      }
      const dataDir = new DataDir(options, journal, unlock, seq, lockState);
      dataDir.entriesSinceSnapshot = entries.length;
      return { dataDir, state, tornBytes };
    } catch (error) {
      await unlock();
      throw error;
    }
  }

  /** Makes one transaction durable; resolves only after the journal is fsync'ed. */
  async commit(operation: JournalOperation): Promise<void> {
    // Another process may own the directory now: writing would interleave two journals.
    if (this.lockState.lost) {
      throw new Error(`the lock on ${this.options.path} was lost; refusing to write`, {
        cause: this.lockState.lost,
      });
    }
    const entry = { ...operation, seq: this.seq + 1 } as JournalEntry;
    await this.journal.append(entry);
    this.seq = entry.seq;
    this.entriesSinceSnapshot += 1;
  }

  /** Takes back the transaction just committed (it could not be applied after all). */
  async revokeLast(): Promise<void> {
    await this.journal.revokeLast();
    this.seq -= 1;
    this.entriesSinceSnapshot -= 1;
  }

  /** Whether the journal has grown enough that replaying it would be slower than a snapshot. */
  get snapshotDue(): boolean {
    const every = this.options.snapshotEvery ?? 1000;
    const bytes = this.options.snapshotBytes ?? 64 * 1024 * 1024;
    return this.entriesSinceSnapshot >= every || this.journal.bytes >= bytes;
  }

  /** Writes a snapshot of the state (which must include every committed entry), then empties the journal. */
  async snapshot(state: GraphState): Promise<void> {
    await writeSnapshot(join(this.options.path, SNAPSHOT_FILE), { graph: state.graph, seq: this.seq });
    await this.journal.clear();
    this.entriesSinceSnapshot = 0;
  }

  async close(state: GraphState): Promise<void> {
    try {
      if (this.entriesSinceSnapshot > 0) await this.snapshot(state);
    } finally {
      await this.journal.close();
      await this.unlock();
    }
  }
}
