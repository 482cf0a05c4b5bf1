import type { GraphRecords } from '../../schema/records';
import type { LoadResult } from '../graph-store';
import { applyRecords, applyRemoval, countRecords } from './apply-records';
import type { GraphState } from './graph-state';
import { runTransaction } from './graph-transaction';
import { outcomeTargetsBeforeRemoval, relinkOutcomes } from './outcome-edges';
import { touchedByRecords } from '../outcome-choice';
import { planRemoval } from './plan-removal';
import type { PreparedWrite } from './prepared-write';
import { documentRecordOf, validateRecords } from '../validate-records';

/**
 * Prepares the load of one document's records: validates everything first (throwing a
 * DocumentError that names the document, with the graph untouched) and plans the
 * replacement of any older document of the same source. A document id already present
 * is 'unchanged': ids are content hashes, so the same id means the same text.
 */
export function prepareLoad(state: GraphState, records: GraphRecords): PreparedWrite<LoadResult> {
  const document = documentRecordOf(records);
  if (state.graph.hasNode(document.id)) {
    validateRecords({ records, document, storedLabel: storedLabelIn(state, new Set()) });
    const result: LoadResult = {
      documentId: document.id,
      status: 'unchanged',
      replaced: [],
      nodes: 0,
      relationships: 0,
    };
    return { result, apply: null };
  }
  const replaced = documentsOfSource(state, document.properties.source);
  const keep = new Set([document.id, ...records.nodes.map((node) => node.id)]);
  const plan = planRemoval(state, { documentIds: replaced, keep });
  validateRecords({ records, document, storedLabel: storedLabelIn(state, plan.nodes) });
  const status = replaced.length > 0 ? 'replaced' : 'loaded';
  return {
    result: { documentId: document.id, status, replaced, ...countRecords(records) },
    apply: () =>
      runTransaction(state, (transaction) => {
        const outcomes = outcomeTargetsBeforeRemoval(state, plan);
        applyRemoval(transaction, plan);
        applyRecords({ state, transaction, records });
        relinkOutcomes({ state, transaction, touched: touchedByRecords(records), before: outcomes });
      }),
  };
}

/** Documents already stored with this source (a file path or URL); none when it is unset. */
function documentsOfSource(state: GraphState, source: unknown): string[] {
  if (typeof source !== 'string' || source === '') return [];
  return [...(state.documentsBySource.get(source) ?? [])].sort();
}

function storedLabelIn(state: GraphState, removed: ReadonlySet<string>): (id: string) => string | undefined {
  return (id) =>
    state.graph.hasNode(id) && !removed.has(id) ? state.graph.getNodeAttribute(id, 'label') : undefined;
}
