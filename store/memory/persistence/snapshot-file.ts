import { open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../graph-types';

export const SNAPSHOT_FORMAT = 'towngraph-memory-snapshot';
export const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  /** Sequence number of the last journal entry the snapshot includes. */
  seq: number;
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
}

/** Reads the snapshot, or returns undefined when there is none yet. */
export async function readSnapshot(path: string): Promise<Snapshot | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(text) as Snapshot;
  } catch (error) {
    // Snapshots are replaced by rename, so a torn one means damage from outside towngraph.
    throw new Error(
      `${path} is damaged (${(error as Error).message}); restore it or remove the data directory`,
      {
        cause: error,
      },
    );
  }
  if (snapshot?.format !== SNAPSHOT_FORMAT || snapshot.version !== SNAPSHOT_VERSION) {
    throw new Error(`${path} is not a towngraph snapshot of version ${SNAPSHOT_VERSION}`);
  }
  return snapshot;
}

/**
 * Replaces the snapshot atomically: write a temporary file, fsync it, rename it over the
 * old one, fsync the directory so the rename itself is durable. A crash at any point
 * leaves either the old snapshot or the new one, never a mixture.
 */
export async function writeSnapshot(path: string, snapshot: Snapshot): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(JSON.stringify(snapshot), 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await rename(temporary, path);
  await syncDirectory(dirname(path));
}

export async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Removes temporary snapshots that a crash during writeSnapshot left behind. */
export async function removeTemporarySnapshots(path: string): Promise<void> {
  const prefix = `${basename(path)}.tmp-`;
  const names = await readdir(dirname(path));
  await Promise.all(
    names.filter((name) => name.startsWith(prefix)).map((name) => unlink(join(dirname(path), name))),
  );
}
