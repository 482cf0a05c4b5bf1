import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mergeNode } from '../../../schema/merge-node';
import type { NodeRecord } from '../../../schema/records';

/** Records a shard keeps before they are appended to its file. */
const FLUSH_RECORDS = 500;

/**
 * Node records spilled to disk, so that merging them by id needs no more memory than one
 * shard's worth: each record goes, in document order, to the shard file its id hashes to,
 * and `merged()` reads one shard at a time and folds its records by the shared rule
 * (schema/merge-node.ts), as the embedded store does when documents load one after another.
 * Every record of an id lands in the same shard, in the order it was added.
 */
export class NodeShards {
  private readonly pending: string[][];
  private readonly files: string[];

  constructor(options: { dir: string; shards: number }) {
    this.files = Array.from({ length: options.shards }, (_, index) =>
      path.join(options.dir, `nodes-${index}.ndjson`),
    );
    for (const file of this.files) writeFileSync(file, '');
    this.pending = this.files.map(() => []);
  }

  add(node: NodeRecord): void {
    const shard = shardOf(node.id, this.files.length);
    const lines = this.pending[shard]!;
    lines.push(JSON.stringify(node));
    if (lines.length >= FLUSH_RECORDS) this.flush(shard);
  }

  /** Every id once, its records merged in the order they were added; each shard file is removed once read. */
  *merged(): Generator<NodeRecord> {
    for (let shard = 0; shard < this.files.length; shard += 1) {
      this.flush(shard);
      const file = this.files[shard]!;
      const nodes = new Map<string, NodeRecord>();
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line === '') continue;
        const node = JSON.parse(line) as NodeRecord;
        nodes.set(node.id, mergeNode(nodes.get(node.id), node));
      }
      rmSync(file);
      yield* nodes.values();
    }
  }

  private flush(shard: number): void {
    const lines = this.pending[shard]!;
    if (lines.length === 0) return;
    appendFileSync(this.files[shard]!, `${lines.join('\n')}\n`);
    this.pending[shard] = [];
  }
}

/** FNV-1a over the id's UTF-16 code units: cheap, and spreads ids evenly over the shards. */
function shardOf(id: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}
