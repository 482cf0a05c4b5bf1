import type { ManagedTransaction } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../schema/model';
import type { NodeRecord, RelationshipRecord } from '../../schema/records';
import { batches, type CypherQuery } from './queries/cypher-query';
import {
  createEvidenceRelationshipsQuery,
  createNodesQuery,
  createRelationshipsQuery,
} from './queries/create';
import { mergeNodesQuery, mergeRelationshipsQuery } from './queries/merge';
import { runPipelined } from './run-query';
import { newRelationshipRows, nodeRows, relationshipRows } from './write-rows';

export interface RecordsWrite {
  /** Node records in load order (a Document first, then its nodes, document after document). */
  nodes: readonly NodeRecord[];
  relationships: readonly RelationshipRecord[];
  /**
   * Whether the graph holds a node of this id. Ids it does not hold are created rather
   * than merged; `() => true` merges every node.
   */
  isStored: (id: string) => boolean;
  /**
   * Create the edges instead of merging them: only for edges of documents the graph does
   * not hold, whose keys (which contain the document id) cannot be stored yet.
   */
  createEdges: boolean;
  rowsPerStatement: number;
}

/** The statements of a write, in order: nodes label by label, then edges type by type. */
export function writeStatements(write: RecordsWrite): CypherQuery[] {
  const { created, merged } = nodeRows(write.nodes, write.isStored);
  const edges = relationshipRows(write.relationships);
  const size = write.rowsPerStatement;
  const queries: CypherQuery[] = [];
  for (const label of NODE_LABELS) {
    for (const chunk of batches(created.get(label) ?? [], size)) queries.push(createNodesQuery(label, chunk));
    for (const chunk of batches(merged.get(label) ?? [], size)) queries.push(mergeNodesQuery(label, chunk));
  }
  for (const type of RELATIONSHIP_TYPES) {
    const rows = edges.get(type) ?? [];
    if (!write.createEdges) {
      for (const chunk of batches(rows, size)) queries.push(mergeRelationshipsQuery(type, chunk));
      continue;
    }
    const { evidence, other } = newRelationshipRows(rows);
    for (const chunk of batches(evidence, size)) queries.push(createEvidenceRelationshipsQuery(type, chunk));
    for (const chunk of batches(other, size)) queries.push(createRelationshipsQuery(type, chunk));
  }
  return queries;
}

/**
 * Writes node and edge records in one transaction. The statements are sent without
 * waiting for each other's results: Neo4j runs them in order, and the driver encodes the
 * next while the database works on the previous.
 */
export async function writeRecords(tx: ManagedTransaction, write: RecordsWrite): Promise<void> {
  await runPipelined(tx, writeStatements(write));
}
