import type { GraphRecords } from '../../schema/records';
import type { LoadResult } from '../graph-store';
import { applyRecords, applyRemoval } from './apply-records';
import type { GraphState } from './graph-state';
import { GraphTransaction } from './graph-transaction';
import { planRemoval } from './plan-removal';
import { documentRecordOf, validateRecords } from './validate-records';

export interface WriteOutcome<T> {
  result: T;
  /** Undoes the write; null when nothing was written. */
  transaction: GraphTransaction | null;
}

/**
 * Loads one document's records: validates everything first (throwing a DocumentError
 * that names the document, with the graph untouched), then replaces any older document
 * of the same source and merges the records in. A document id already present is
 * 'unchanged': ids are content hashes, so the same id means the same text.
 */
export function loadDocumentInto(state: GraphState, records: GraphRecords): WriteOutcome<LoadResult> {
  const document = documentRecordOf(records);
  if (state.graph.hasNode(document.id)) {
    validateRecords({ records, document, state, removedNodes: new Set() });
    const result: LoadResult = {
      documentId: document.id,
      status: 'unchanged',
      replaced: [],
      nodes: 0,
      relationships: 0,
    };
    return { result, transaction: null };
  }
  const replaced = documentsOfSource(state, document.properties.source);
  const keep = new Set([document.id, ...records.nodes.map((node) => node.id)]);
  const plan = planRemoval(state, { documentIds: replaced, keep });
  validateRecords({ records, document, state, removedNodes: plan.nodes });
  const transaction = new GraphTransaction(state);
  try {
    applyRemoval(transaction, plan);
    const counts = applyRecords(state, transaction, records);
    const status = replaced.length > 0 ? 'replaced' : 'loaded';
    return { result: { documentId: document.id, status, replaced, ...counts }, transaction };
  } catch (error) {
    transaction.rollback();
    throw error;
  }
}

/** Documents already stored with this source (a file path or URL); none when it is unset. */
function documentsOfSource(state: GraphState, source: unknown): string[] {
  if (typeof source !== 'string' || source === '') return [];
  return [...(state.documentsBySource.get(source) ?? [])].sort();
}
