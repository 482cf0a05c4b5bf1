import type { GraphRecords } from '../../schema/records';
import { extractDocument, type ExtractDocumentOptions } from '../index';
import type { DocumentInput } from '../types';

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
