import { createReadStream } from 'node:fs';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { EdgeAttributes, NodeAttributes, StoreGraph } from '../graph-types';

export const SNAPSHOT_FORMAT = 'towngraph-memory-snapshot';
export const SNAPSHOT_VERSION = 1;

/** First line of a snapshot: what follows and how much of it. */
export interface SnapshotHeader {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  /** Sequence number of the last journal entry the snapshot includes. */
  seq: number;
  nodes: number;
  edges: number;
}

type NodeLine = { key: string; attributes: NodeAttributes };
type EdgeLine = { key: string; source: string; target: string; attributes: EdgeAttributes };

/** Lines are written in batches of this many, so that a large graph never becomes one string. */
const BATCH = 2000;

function damaged(path: string, problem: string, cause?: unknown): Error {
  // Snapshots are replaced by rename, so a damaged one was damaged outside towngraph.
  return new Error(`${path} is damaged (${problem}); restore it or remove the data directory`, { cause });
}

/**
 * Reads a snapshot into the (empty) graph and returns its header, or undefined when there
 * is no snapshot yet. The header's counts catch a file cut short.
 */
export async function readSnapshot(path: string, graph: StoreGraph): Promise<SnapshotHeader | undefined> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let header: SnapshotHeader | undefined;
  let count = 0;
  try {
    for await (const line of lines) {
      const record = JSON.parse(line) as SnapshotHeader | NodeLine | EdgeLine;
      if (!header) {
        header = record as SnapshotHeader;
        if (header.format !== SNAPSHOT_FORMAT || header.version !== SNAPSHOT_VERSION) {
          throw new Error(`${path} is not a towngraph snapshot of version ${SNAPSHOT_VERSION}`);
        }
      } else if (count < header.nodes) {
        const node = record as NodeLine;
        graph.addNode(node.key, node.attributes);
      } else {
        const edge = record as EdgeLine;
        graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
      }
      if (record !== header) count += 1;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (error instanceof Error && error.message.includes('not a towngraph snapshot')) throw error;
    throw damaged(path, (error as Error).message, error);
  } finally {
    lines.close();
    stream.destroy();
  }
  if (!header) throw damaged(path, 'it is empty');
  if (count !== header.nodes + header.edges) {
    throw damaged(path, `it holds ${count} of ${header.nodes + header.edges} nodes and edges`);
  }
  return header;
}

/**
 * Replaces the snapshot atomically: write a temporary file (one JSON line per node and per
 * edge after a header), fsync it, rename it over the old one, fsync the directory so the
 * rename itself is durable. A crash at any point leaves the old snapshot or the new one.
 * The graph must not change meanwhile (the store runs snapshots in its write queue).
 */
export async function writeSnapshot(
  path: string,
  options: { graph: StoreGraph; seq: number },
): Promise<void> {
  const { graph, seq } = options;
  const temporary = `${path}.tmp-${process.pid}`;
  const handle = await open(temporary, 'w');
  try {
    const header: SnapshotHeader = {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      seq,
      nodes: graph.order,
      edges: graph.size,
    };
    let batch: string[] = [JSON.stringify(header)];
    const flush = async (): Promise<void> => {
      await handle.write(`${batch.join('\n')}\n`);
      batch = [];
    };
    for (const { node, attributes } of graph.nodeEntries()) {
      batch.push(JSON.stringify({ key: node, attributes }));
      if (batch.length >= BATCH) await flush();
    }
    for (const { edge, source, target, attributes } of graph.edgeEntries()) {
      batch.push(JSON.stringify({ key: edge, source, target, attributes }));
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length > 0) await flush();
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
