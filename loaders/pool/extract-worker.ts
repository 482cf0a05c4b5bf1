import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import type { GraphRecords } from '../../schema/records';
import { extractDocument, type ExtractDocumentOptions } from '../index';
import type { DocumentInput } from '../types';

/**
 * Extraction is background work beside a server's requests: on Linux each thread is a task
 * of its own (/proc/thread-self names it), so this thread alone is lowered to nice 10 and
 * the main thread, which answers requests, wins the cores when both want them.
 */
function lowerThisThreadsPriority(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, 10);
  } catch {
    // Not Linux, or not allowed: the thread keeps the process's priority.
  }
}

lowerThisThreadsPriority();

/** One task of the extraction pool: a document in, its graph records out. */
export interface ExtractionTask {
  input: DocumentInput;
  options: ExtractDocumentOptions;
}

/**
 * Runs in a worker thread. Only the records go back: the read document (its text and
 * sentences) would cost the main thread a second copy of a large input for nothing.
 */
export function extractInWorker(task: ExtractionTask): GraphRecords {
  return extractDocument(task.input, task.options).records;
}
