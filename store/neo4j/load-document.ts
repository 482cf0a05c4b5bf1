import type { ManagedTransaction } from 'neo4j-driver';
import { relationshipKey } from '../../schema/ids';
import type { GraphRecords } from '../../schema/records';
import type { LoadResult } from '../graph-store';
import { BATCH_SIZE, batches } from './queries/cypher-query';
import { documentsOfSourceQuery, nodeExistsQuery, storedLabelsQuery } from './queries/lookups';
import { applyRemoval, planRemoval } from './plan-removal';
import { runQuery } from './run-query';
import { outcomeTargetsBeforeRemoval, relinkOutcomesIn } from './outcome-edges';
import { touchedByRecords } from '../outcome-choice';
import { documentRecordOf, referencedIds, validateRecords } from '../validate-records';
import { writeRecords } from './write-records';

/**
 * Loads one document's records inside a write transaction: validates them against the
 * graph as it will be (throwing a DocumentError, so the transaction rolls back and the
 * graph stays as it was), replaces older documents of the same source, then merges nodes
 * per label and edges per type in UNWIND batches (write-records.ts). A document id
 * already stored is 'unchanged': ids are content hashes, so the same id means the same
 * text.
 */
export async function loadDocumentIn(
  tx: ManagedTransaction,
  records: GraphRecords,
  batchSize = BATCH_SIZE,
): Promise<LoadResult> {
  const document = documentRecordOf(records);
  const labels = await storedLabels(tx, records);
  if ((await runQuery(tx, nodeExistsQuery(document.id))).length > 0) {
    validateRecords({ records, document, storedLabel: (id) => labels.get(id) });
    return { documentId: document.id, status: 'unchanged', replaced: [], nodes: 0, relationships: 0 };
  }
  const source = document.properties.source;
  const replaced =
    typeof source === 'string' && source !== ''
      ? (await runQuery(tx, documentsOfSourceQuery(source, document.id))).map((row) => row.id as string)
      : [];
  const keep = new Set([document.id, ...records.nodes.map((node) => node.id)]);
  const plan = await planRemoval(tx, { documentIds: replaced, keep });
  validateRecords({
    records,
    document,
    storedLabel: (id) => (plan.nodes.has(id) ? undefined : labels.get(id)),
  });
  const outcomes = await outcomeTargetsBeforeRemoval(tx, { documentIds: replaced, removedNodes: plan.nodes });
  await applyRemoval(tx, plan);
  const nodes = [document, ...records.nodes];
  await writeRecords(tx, {
    nodes,
    relationships: records.relationships,
    isStored: () => true,
    createEdges: false,
    rowsPerStatement: batchSize,
  });
  await relinkOutcomesIn(tx, { touched: touchedByRecords(records), before: outcomes });
  const status = replaced.length > 0 ? 'replaced' : 'loaded';
  return {
    documentId: document.id,
    status,
    replaced,
    nodes: new Set(nodes.map((node) => node.id)).size,
    relationships: new Set(records.relationships.map((rel) => relationshipKey(rel))).size,
  };
}

async function storedLabels(tx: ManagedTransaction, records: GraphRecords): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const batch of batches(referencedIds(records))) {
    for (const row of await runQuery(tx, storedLabelsQuery(batch)))
      labels.set(row.id as string, row.label as string);
  }
  return labels;
}
