import { h } from './dom';
import { highlightMention } from './highlight';
import { fillPaged } from './paged-list';
import type { ProvenanceView } from './types';

/** Sentences shown per page: enough to judge an entity without flooding the card. */
const FIRST_SHOWN = 6;

export interface ProvenanceListOptions {
  provenance: readonly ProvenanceView[];
  /** The entity's name and aliases, marked in each sentence. */
  names: readonly string[];
}

/** The sentences an entity comes from, its mention marked, each with its document's title. */
export function renderProvenance(options: ProvenanceListOptions): HTMLElement {
  const unique = dedupe(options.provenance);
  const list = h('ol', { className: 'provenance', testId: 'card-provenance' });
  const more = fillPaged({
    list,
    items: unique,
    render: (p) => renderItem(p, options.names),
    pageSize: FIRST_SHOWN,
    noun: 'sentences',
    testId: 'provenance-more',
  });
  return h('section', {}, h('h3', {}, `Sources (${unique.length})`), list, more);
}

function renderItem(p: ProvenanceView, names: readonly string[]): HTMLElement {
  const runs = highlightMention({ sentence: p.sentence, names, start: p.start, end: p.end });
  const title = p.document?.title ?? p.documentId;
  return h(
    'li',
    { testId: 'provenance-item' },
    h(
      'div',
      { className: 'sentence' },
      ...runs.map((run) => (run.mark ? h('mark', {}, run.text) : run.text)),
    ),
    h(
      'div',
      { className: 'source' },
      h('span', { testId: 'provenance-document' }, `《${title}》`),
      ` · ${p.rule} · confidence ${p.confidence.toFixed(2)}`,
    ),
  );
}

/** One entry per sentence and offset: a document loaded twice must not list its sentence twice. */
function dedupe(provenance: readonly ProvenanceView[]): ProvenanceView[] {
  const seen = new Set<string>();
  return provenance.filter((p) => {
    const key = `${p.documentId}|${p.start}|${p.sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
