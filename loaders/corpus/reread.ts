import type { GraphRecords } from '../../schema/records';
import type { GraphStore, LoadResult, StoredNode } from '../../store/graph-store';
import type { DocumentInput } from '../types';
import { documentText } from './corpus-pass';
import { changedForms, lexiconForms, type CorpusLexicon } from './lexicon';
import { allNodes, lexiconFromStore } from './store-lexicon';

/** Documents read again after one load, at most: the rest keep their earlier reading. */
export const DEFAULT_MAX_REREAD = 200;

/** What one document's second reading did. */
export type RereadOutcome =
  | { documentId: string; status: LoadResult['status']; result: LoadResult }
  | { documentId: string; status: 'failed'; reason: string };

export interface RereadSummary {
  /** Forms (names and short forms) whose meaning the load changed: learnt, or now ambiguous. */
  learnt: string[];
  /** Stored documents whose text holds one of them for a company they do not name themselves. */
  candidates: number;
  outcomes: RereadOutcome[];
  /** Candidates beyond the bound, left with their earlier reading. */
  skipped: number;
}

export interface RereadOptions {
  store: GraphStore;
  /** The lexicon the load's documents were extracted with. */
  before: CorpusLexicon;
  extract: (input: DocumentInput, lexicon: CorpusLexicon) => Promise<GraphRecords>;
  /** Default DEFAULT_MAX_REREAD. */
  maxDocuments?: number;
}

/**
 * After a load: the names it taught the corpus, and the stored documents that read
 * differently with them, each extracted again from its stored text and loaded through the
 * store's normal path, where it replaces its earlier reading (same source). Only documents
 * whose text holds a changed form are touched, at most `maxDocuments` of them.
 */
export async function rereadAfterLoad(options: RereadOptions): Promise<RereadSummary> {
  const { store } = options;
  const after = await lexiconFromStore(store);
  const learnt = changedForms(options.before, after);
  const summary: RereadSummary = { learnt, candidates: 0, outcomes: [], skipped: 0 };
  if (learnt.length === 0) return summary;
  const limit = options.maxDocuments ?? DEFAULT_MAX_REREAD;
  const byForm = lexiconForms(after);
  const previous = lexiconForms(options.before);
  // Candidates are gathered before any is loaded again: each reload changes the listing.
  const chosen: StoredNode[] = [];
  for await (const document of documentsHolding(store, learnt)) {
    const held = learnt.filter((form) => documentText(document).includes(form));
    const own = await ownCompanies(store, document.id);
    // Its own companies' forms are followed by its own rules: nothing to read again for them.
    const gains = held.some((form) => {
      const name = byForm.get(form)?.name ?? previous.get(form)?.name ?? '';
      return !own.has(name) || !byForm.has(form);
    });
    if (!gains) continue;
    summary.candidates += 1;
    if (chosen.length < limit) chosen.push(document);
    else summary.skipped += 1;
  }
  for (const document of chosen) summary.outcomes.push(await rereadOne(options, document, after));
  return summary;
}

async function rereadOne(
  options: RereadOptions,
  document: StoredNode,
  lexicon: CorpusLexicon,
): Promise<RereadOutcome> {
  try {
    const records = await readAgain({ document, lexicon, extract: options.extract });
    const result = await options.store.loadDocument(records);
    return { documentId: document.id, status: result.status, result };
  } catch (error) {
    return {
      documentId: document.id,
      status: 'failed',
      reason: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * A stored document extracted again from its stored text. What its first reading found in
 * the original bytes (HTML, spam removed, traditional characters converted) is not in the
 * normalised text, so its quality report is carried over.
 */
export async function readAgain(options: {
  document: StoredNode;
  lexicon: CorpusLexicon;
  extract: RereadOptions['extract'];
}): Promise<GraphRecords> {
  const records = await options.extract(storedInput(options.document), options.lexicon);
  const { quality, spam } = options.document.properties;
  return {
    ...records,
    documents: records.documents.map((document) => ({
      ...document,
      properties: { ...document.properties, quality: quality ?? [], spam: spam ?? [] },
    })),
  };
}

function stringProperty(node: StoredNode, key: string): string | undefined {
  const value = node.properties[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A stored document as loader input again: its normalised text and the metadata it was read with. */
export function storedInput(document: StoredNode): DocumentInput {
  const source = stringProperty(document, 'source') ?? document.id;
  return {
    name: source,
    bytes: new TextEncoder().encode(documentText(document)),
    source,
    format: 'text',
    title: stringProperty(document, 'title') ?? document.name,
    publisher: stringProperty(document, 'publisher'),
    publishedAt: stringProperty(document, 'publishedAt'),
    place: stringProperty(document, 'hintPlace'),
    district: stringProperty(document, 'hintDistrict'),
    city: stringProperty(document, 'hintCity'),
  };
}

/** Names of the companies a stored document mentions. */
async function ownCompanies(store: GraphStore, documentId: string): Promise<Set<string>> {
  const names = new Set<string>();
  for await (const node of allNodes(store, { label: 'Enterprise', documentId })) names.add(node.name);
  return names;
}

/** Most documents a text search on Neo4j returns: more than any bound on reading again. */
const MAX_SEARCHED = 10_000;

/**
 * Stored documents whose text holds any of the forms, in id order. Neo4j searches the
 * texts itself, so only the documents found cross the wire; the embedded store's texts are
 * in memory already and are read a page at a time.
 */
async function* documentsHolding(store: GraphStore, forms: readonly string[]): AsyncGenerator<StoredNode> {
  if (store.backend === 'neo4j') {
    const found = await store.runReadCypher({
      query:
        'MATCH (d:Document) WHERE any(form IN $forms WHERE d.text CONTAINS form) RETURN d.id AS id ORDER BY id',
      parameters: { forms },
      timeoutMs: 60_000,
      maxRows: MAX_SEARCHED,
    });
    const ids = found.rows.map((row) => String(row.id));
    for (let at = 0; at < ids.length; at += 100)
      for (const node of await store.getNodes(ids.slice(at, at + 100))) if (node) yield node;
    return;
  }
  for await (const document of allNodes(store, { label: 'Document' }))
    if (forms.some((form) => documentText(document).includes(form))) yield document;
}
