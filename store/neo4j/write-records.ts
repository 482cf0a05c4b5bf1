import type { ManagedTransaction } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../schema/model';
import type { NodeRecord, RelationshipRecord } from '../../schema/records';
import { batches, type CypherQuery } from './queries/cypher-query';
import {
  createEvidenceRelationshipsQuery,
  createNodesQuery,
  createRelationshipsQuery,
  type LabelledNodeRow,
  type NewEvidenceRow,
  type NewRelationshipRow,
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

/**
 * The statements of a write, in order: nodes (created ones of every label together, then
 * merged ones label by label), then edges. Created edges of every type go together too,
 * the evidence-only ones first: one statement text for each kind of row, whatever the
 * labels and types, so Neo4j plans few statements (see queries/create.ts).
 */
export function writeStatements(write: RecordsWrite): CypherQuery[] {
  const { created, merged } = nodeRows(write.nodes, write.isStored);
  const edges = relationshipRows(write.relationships);
  const size = write.rowsPerStatement;
  const queries: CypherQuery[] = [];
  const newNodes: LabelledNodeRow[] = [];
  for (const label of NODE_LABELS) {
    for (const properties of created.get(label) ?? []) newNodes.push({ label, properties });
  }
  for (const chunk of batches(newNodes, size)) queries.push(createNodesQuery(chunk));
  for (const label of NODE_LABELS) {
    for (const chunk of batches(merged.get(label) ?? [], size)) queries.push(mergeNodesQuery(label, chunk));
  }
  if (!write.createEdges) {
    for (const type of RELATIONSHIP_TYPES) {
      for (const chunk of batches(edges.get(type) ?? [], size))
        queries.push(mergeRelationshipsQuery(type, chunk));
    }
    return queries;
  }
  const evidence: NewEvidenceRow[] = [];
  const other: NewRelationshipRow[] = [];
  for (const type of RELATIONSHIP_TYPES) {
    const rows = newRelationshipRows(type, edges.get(type) ?? []);
    evidence.push(...rows.evidence);
    other.push(...rows.other);
  }
  for (const chunk of batches(evidence, size)) queries.push(createEvidenceRelationshipsQuery(chunk));
  for (const chunk of batches(other, size)) queries.push(createRelationshipsQuery(chunk));
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
