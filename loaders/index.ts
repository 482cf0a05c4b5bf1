import { documentId } from '../schema/ids';
import type { GraphRecords } from '../schema/records';
import type { CorpusLexicon } from './corpus/lexicon';
import { extractWithContext } from './extract';
import { CORPUS_NAME_RULE } from './extract/corpus-names';
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

/** Options of extractDocument: those of the read stage (the largest input accepted) and the corpus's names. */
export interface ExtractDocumentOptions extends ReadOptions {
  /** Names learnt from the documents already loaded (loaders/corpus), recognised in this one too. */
  lexicon?: CorpusLexicon;
}

/** Read, extract and resolve one document. Throws DocumentError naming the document when it cannot be read. */
export function extractDocument(
  input: DocumentInput,
  options: ExtractDocumentOptions = {},
): { document: ReadDocument; records: GraphRecords } {
  const read = readDocument(input, options);
  const { facts, context } = extractWithContext(read, { lexicon: options.lexicon });
  const document = withCorpusIdentity(read, facts.entities);
  const records = resolveRecords(document, assignMetrics(facts, read.text), {
    primaryPlaceKey: context.places.primary?.key ?? null,
  });
  return { document, records };
}

/**
 * A document that reads differently through the corpus's names gets another id: ids are
 * content hashes and a store keeps a document whose id it holds, so only a new id lets the
 * new reading replace the old one (same source → replaced). The names it used go into the
 * hash, so the same text read with the same names keeps one id.
 */
function withCorpusIdentity(
  document: ReadDocument,
  entities: readonly { rule: string; name: string }[],
): ReadDocument {
  const used = [...new Set(entities.filter((e) => e.rule === CORPUS_NAME_RULE).map((e) => e.name))].sort();
  if (used.length === 0) return document;
  return { ...document, id: documentId(`${document.text}\u0000${used.join('\u0000')}`) };
}
