import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { GraphRecords } from '../../schema/records';
import type { ExtractDocumentOptions } from '../index';
import type { DocumentInput } from '../types';
import { builtWorkerFile } from './worker-file';

export interface ExtractionPoolOptions {
  /** Worker threads. Default: the machine's cores (os.availableParallelism()). */
  threads?: number;
  /** The worker module (compiled JavaScript). Default: dist/loaders/pool/extract-worker.js. */
  workerFile?: string;
}

/** Extraction off the main thread: an HTTP server keeps answering while a large document is read. */
export interface ExtractionPool {
  readonly threads: number;
  extract(input: DocumentInput, options?: ExtractDocumentOptions): Promise<GraphRecords>;
  /**
   * Starts every thread and has each load what extraction needs (gazetteer, dictionaries),
   * so that the first real document does not pay for it. A server calls this after it
   * starts listening.
   */
  warm(): Promise<void>;
  /** Ends the worker threads; tasks still queued are rejected. */
  close(): Promise<void>;
}

/**
 * A pool of worker threads (piscina), one per core by default. Threads start on the first
 * task, so a server that never ingests holds none. Each thread loads the gazetteer once.
 */
export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  let pool: Piscina | null = null;
  const started = () =>
    (pool ??= new Piscina({
      filename: options.workerFile ?? builtWorkerFile(),
      name: 'extractInWorker',
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: 60_000,
    }));
  return {
    threads,
    async extract(input, extractOptions = {}) {
      // A document's bytes that own their whole buffer move to the worker instead of being
      // copied: for a 16 MB upload the copy is what would hold up the main thread.
      const { bytes } = input;
      const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      // piscina infers its transfer-list type from the DOM's MessagePort when DOM types are
      // loaded (they are, for the explorer); node's port takes the plain array.
      const transferList = (owned ? [bytes.buffer] : []) as never;
      return (await started().run({ input, options: extractOptions }, { transferList })) as GraphRecords;
    },
    async warm() {
      const running = started();
      const tiny: DocumentInput = {
        name: 'warm-up.txt',
        bytes: new TextEncoder().encode('常州市武进区嘉泽镇。'),
      };
      // Tasks queue behind busy threads, so `threads` tasks at once start every thread.
      await Promise.all(Array.from({ length: threads }, () => running.run({ input: tiny, options: {} })));
    },
    async close() {
      const running = pool;
      pool = null;
      await running?.destroy();
    },
  };
}
