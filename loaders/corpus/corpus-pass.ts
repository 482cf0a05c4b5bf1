import type { GraphRecords, NodeRecord } from '../../schema/records';
import type { DocumentInput } from '../types';
import { changedForms, EMPTY_LEXICON, lexiconForms, lexiconFromNames, type CorpusLexicon } from './lexicon';

/** The normalised text a Document record keeps (empty for records made before it did). */
export function documentText(document: NodeRecord | undefined): string {
  const text = document?.properties.text;
  return typeof text === 'string' ? text : '';
}

/** Whether a text holds any of the forms. */
export function holdsAny(text: string, forms: readonly string[]): boolean {
  return forms.some((form) => text.includes(form));
}

/**
 * Whether a document's records may read differently with these forms: its text holds one
 * that stands for a company the document does not name itself (its own company's short
 * forms are followed by its own rules already).
 */
export function gainsFrom(records: GraphRecords, forms: readonly string[], lexicon: CorpusLexicon): boolean {
  const text = documentText(records.documents[0]);
  const held = forms.filter((form) => text.includes(form));
  if (held.length === 0) return false;
  const own = new Set(records.nodes.map((node) => node.name));
  const byForm = lexiconForms(lexicon);
  // A form no longer in the lexicon changed meaning too: the document must be read again.
  return held.some((form) => !own.has(byForm.get(form)?.name ?? ''));
}

/** The lexicon learnt from documents' records. */
export function lexiconOfRecords(
  batch: Iterable<GraphRecords>,
  start: CorpusLexicon = EMPTY_LEXICON,
): CorpusLexicon {
  const names: { label: NodeRecord['label']; name: string }[] = start.entries.map((e) => ({
    label: e.label,
    name: e.name,
  }));
  for (const records of batch) for (const node of records.nodes) names.push(node);
  return lexiconFromNames(names);
}

export interface CorpusExtraction {
  /** Each document's records, or why it could not be extracted. */
  records: (GraphRecords | Error)[];
  lexicon: CorpusLexicon;
  /** Indexes of the documents extracted a second time because they hold a learnt name. */
  reextracted: number[];
}

/**
 * A set of documents extracted as one corpus, in two passes: every document once, the
 * names learnt from all of them, then again only the documents whose text holds a name
 * learnt. The second pass learns nothing new (a company's full name is found by its own
 * document's rules, never through the lexicon), so two passes reach what any load order
 * would. `towngraph eval` scores a split this way.
 */
export function extractAsCorpus(
  inputs: readonly DocumentInput[],
  extract: (input: DocumentInput, lexicon: CorpusLexicon) => GraphRecords,
): CorpusExtraction {
  const attempt = (input: DocumentInput, lexicon: CorpusLexicon): GraphRecords | Error => {
    try {
      return extract(input, lexicon);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };
  const first = inputs.map((input) => attempt(input, EMPTY_LEXICON));
  const lexicon = lexiconOfRecords(first.filter((r): r is GraphRecords => !(r instanceof Error)));
  const forms = changedForms(EMPTY_LEXICON, lexicon);
  const reextracted: number[] = [];
  const records = first.map((records, index) => {
    if (records instanceof Error || !gainsFrom(records, forms, lexicon)) return records;
    reextracted.push(index);
    return attempt(inputs[index] as DocumentInput, lexicon);
  });
  return { records, lexicon, reextracted };
}
