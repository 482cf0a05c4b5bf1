import type { GraphRecords } from '../schema/records';
import { extractWithContext } from './extract';
import { assignMetrics } from './metrics';
import { readDocument, type ReadOptions } from './read';
import { resolveRecords } from './resolve';
import type { DocumentInput, ReadDocument } from './types';

/**
 * The loaders' public entry point: document → graph records, pure and deterministic.
 * The CLI, the server and the benchmarks import only this module.
 */

export type * from './types';
export type { GraphRecords, NodeRecord, RelationshipRecord } from '../schema/records';
export type { ReadOptions } from './read';
export { readDocument } from './read';
export { extractFacts } from './extract';
export { resolveRecords } from './resolve';
export { loadDocuments, type DocumentOutcome, type LoadDocumentsOptions, type LoadSummary } from './load';
export {
  documentInputFromFile,
  fileSources,
  listDocumentFiles,
  readManifest,
  type ManifestEntry,
} from './inputs';

/** Options of extractDocument: those of the read stage (the largest input accepted). */
export type ExtractDocumentOptions = ReadOptions;

/** Read, extract and resolve one document. Throws DocumentError naming the document when it cannot be read. */
export function extractDocument(
  input: DocumentInput,
  options: ExtractDocumentOptions = {},
): { document: ReadDocument; records: GraphRecords } {
  const document = readDocument(input, options);
  const { facts, context } = extractWithContext(document);
  const records = resolveRecords(document, assignMetrics(facts), {
    primaryPlaceKey: context.places.primary?.key ?? null,
  });
  return { document, records };
}
