import type { ManagedTransaction } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../schema/model';
import { relationshipKey } from '../../schema/ids';
import type { GraphRecords, NodeRecord, RelationshipRecord } from '../../schema/records';
import type { LoadResult } from '../graph-store';
import { BATCH_SIZE, batches } from './queries/cypher-query';
import { documentsOfSourceQuery, nodeExistsQuery, storedLabelsQuery } from './queries/lookups';
import {
  mergeNodesQuery,
  mergeRelationshipsQuery,
  type NodeRow,
  type RelationshipRow,
} from './queries/merge';
import { applyRemoval, planRemoval } from './plan-removal';
import { runQuery } from './run-query';
import { outcomeTargetsBeforeRemoval, relinkOutcomesIn } from './outcome-edges';
import { touchedByRecords } from '../outcome-choice';
import { documentRecordOf, referencedIds, validateRecords } from '../validate-records';
import { toNeo4jProperties } from './values';

/**
 * Loads one document's records inside a write transaction: validates them against the
 * graph as it will be (throwing a DocumentError, so the transaction rolls back and the
 * graph stays as it was), replaces older documents of the same source, then merges nodes
 * per label and edges per type in UNWIND batches. A document id already stored is
 * 'unchanged': ids are content hashes, so the same id means the same text.
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
  const nodes = await mergeNodes(tx, [document, ...records.nodes], batchSize);
  const relationships = await mergeRelationships(tx, records.relationships, batchSize);
  await relinkOutcomesIn(tx, { touched: touchedByRecords(records), before: outcomes });
  const status = replaced.length > 0 ? 'replaced' : 'loaded';
  return { documentId: document.id, status, replaced, nodes, relationships };
}

async function storedLabels(tx: ManagedTransaction, records: GraphRecords): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const batch of batches(referencedIds(records))) {
    for (const row of await runQuery(tx, storedLabelsQuery(batch)))
      labels.set(row.id as string, row.label as string);
  }
  return labels;
}

/**
 * Merges nodes label by label, in record order; returns how many distinct ids there were.
 * A batch of documents (load-batch.ts) merges its nodes through this too.
 */
export async function mergeNodes(
  tx: ManagedTransaction,
  nodes: readonly NodeRecord[],
  batchSize: number,
): Promise<number> {
  for (const label of NODE_LABELS) {
    const rows: NodeRow[] = nodes
      .filter((node) => node.label === label)
      .map((node) => ({
        id: node.id,
        name: node.name,
        aliases: node.aliases,
        properties: toNeo4jProperties(node.properties),
      }));
    for (const batch of batches(rows, batchSize)) await runQuery(tx, mergeNodesQuery(label, batch));
  }
  return new Set(nodes.map((node) => node.id)).size;
}

/** Merges edges type by type under relationshipKey(); returns how many distinct keys there were. */
async function mergeRelationships(
  tx: ManagedTransaction,
  relationships: readonly RelationshipRecord[],
  batchSize: number,
): Promise<number> {
  const keys = new Set<string>();
  for (const type of RELATIONSHIP_TYPES) {
    const rows: RelationshipRow[] = relationships
      .filter((rel) => rel.type === type)
      .map((rel) => {
        const key = relationshipKey(rel);
        keys.add(key);
        return { key, from: rel.from, to: rel.to, properties: toNeo4jProperties(rel.properties) };
      });
    for (const batch of batches(rows, batchSize)) await runQuery(tx, mergeRelationshipsQuery(type, batch));
  }
  return keys.size;
}
