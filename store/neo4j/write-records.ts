import type { ManagedTransaction } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../schema/model';
import type { NodeRecord, RelationshipRecord } from '../../schema/records';
import { batches, type CypherQuery } from './queries/cypher-query';
import {
  createEvidenceRelationshipsQuery,
  createLinkedEvidenceRelationshipsQuery,
  createLinkedRelationshipsQuery,
  createNodesQuery,
  createNodesReturningQuery,
  createRelationshipsQuery,
  type LabelledNodeRow,
  type LinkedRow,
  type NewEvidenceRow,
  type NewRelationshipRow,
} from './queries/create';
import { mergeLabelledNodesQuery, mergeRelationshipsQuery, type LabelledMergeRow } from './queries/merge';
import { runPipelined } from './run-query';
import { toNumber } from './values';
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
 * merged ones of every label together), then edges. Created edges of every type go together too,
 * the evidence-only ones first: one statement text for each kind of row, whatever the
 * labels and types, so Neo4j plans few statements (see queries/create.ts).
 */
export function writeStatements(write: RecordsWrite): CypherQuery[] {
  const { newNodes, mergedNodes } = labelledNodeRows(write.nodes, write.isStored);
  const size = write.rowsPerStatement;
  const queries: CypherQuery[] = [
    ...batches(newNodes, size).map((chunk) => createNodesQuery(chunk)),
    ...batches(mergedNodes, size).map((chunk) => mergeLabelledNodesQuery(chunk)),
  ];
  if (!write.createEdges) {
    const edges = relationshipRows(write.relationships);
    for (const type of RELATIONSHIP_TYPES) {
      for (const chunk of batches(edges.get(type) ?? [], size))
        queries.push(mergeRelationshipsQuery(type, chunk));
    }
    return queries;
  }
  const { evidence, other } = newEdgeRows(write.relationships);
  for (const chunk of batches(evidence, size)) queries.push(createEvidenceRelationshipsQuery(chunk));
  for (const chunk of batches(other, size)) queries.push(createRelationshipsQuery(chunk));
  return queries;
}

/** The node rows of a write, every label together: those to create, then those to merge. */
function labelledNodeRows(
  nodes: readonly NodeRecord[],
  isStored: (id: string) => boolean,
): { newNodes: LabelledNodeRow[]; mergedNodes: LabelledMergeRow[] } {
  const { created, merged } = nodeRows(nodes, isStored);
  const newNodes: LabelledNodeRow[] = [];
  const mergedNodes: LabelledMergeRow[] = [];
  for (const label of NODE_LABELS) {
    for (const properties of created.get(label) ?? []) newNodes.push({ label, properties });
    for (const row of merged.get(label) ?? []) mergedNodes.push({ ...row, label });
  }
  return { newNodes, mergedNodes };
}

/** The rows of edges to create, every type together: evidence-only ones, then the others. */
function newEdgeRows(relationships: readonly RelationshipRecord[]): {
  evidence: NewEvidenceRow[];
  other: NewRelationshipRow[];
} {
  const edges = relationshipRows(relationships);
  const evidence: NewEvidenceRow[] = [];
  const other: NewRelationshipRow[] = [];
  for (const type of RELATIONSHIP_TYPES) {
    const rows = newRelationshipRows(type, edges.get(type) ?? []);
    evidence.push(...rows.evidence);
    other.push(...rows.other);
  }
  return { evidence, other };
}

/**
 * Writes node and edge records in one transaction. The statements are sent without
 * waiting for each other's results: Neo4j runs them in order, and the driver encodes the
 * next while the database works on the previous.
 */
export async function writeRecords(tx: ManagedTransaction, write: RecordsWrite): Promise<void> {
  await runPipelined(tx, writeStatements(write));
}

export interface NewRecordsWrite {
  /** Node records in load order, as RecordsWrite.nodes. */
  nodes: readonly NodeRecord[];
  /** Edges of documents the graph does not hold: all are created. */
  relationships: readonly RelationshipRecord[];
  /**
   * The element id of every id the graph holds that the records name, read in this
   * transaction: these nodes are merged, the others created.
   */
  stored: ReadonlyMap<string, string>;
  rowsPerStatement: number;
}

/**
 * writeRecords for documents new to the graph (the bulk path's 'create'), in two
 * pipelined rounds: the nodes, created ones returning their element ids; then the edges,
 * which find both ends by element id rather than by a locking seek of `:Node(id)` each
 * (queries/create.ts, LINKED_ENDS). Throws, so that the transaction rolls back, when an
 * edge statement created fewer edges than it had rows (an end no longer there).
 */
export async function writeNewRecords(tx: ManagedTransaction, write: NewRecordsWrite): Promise<void> {
  const { newNodes, mergedNodes } = labelledNodeRows(write.nodes, (id) => write.stored.has(id));
  const size = write.rowsPerStatement;
  const elementIds = new Map(write.stored);
  const nodeResults = await runPipelined(tx, [
    ...batches(newNodes, size).map((chunk) => createNodesReturningQuery(chunk)),
    ...batches(mergedNodes, size).map((chunk) => mergeLabelledNodesQuery(chunk)),
  ]);
  for (const result of nodeResults)
    for (const record of result.records)
      elementIds.set(record.get('id') as string, record.get('elementId') as string);

  const linked = <Row extends { from: string; to: string }>(row: Row): LinkedRow<Row> => {
    const fromElement = elementIds.get(row.from);
    const toElement = elementIds.get(row.to);
    if (fromElement === undefined || toElement === undefined)
      throw new Error(`an edge names ${row.from} or ${row.to}, neither stored nor created by this load`);
    return { ...row, fromElement, toElement };
  };
  const { evidence, other } = newEdgeRows(write.relationships);
  const queries = [
    ...batches(evidence.map(linked), size).map((chunk) => createLinkedEvidenceRelationshipsQuery(chunk)),
    ...batches(other.map(linked), size).map((chunk) => createLinkedRelationshipsQuery(chunk)),
  ];
  const results = await runPipelined(tx, queries);
  results.forEach((result, index) => {
    const sent = (queries[index]!.parameters.rows as unknown[]).length;
    const made = toNumber(result.summary.counters.updates().relationshipsCreated);
    if (made !== sent)
      throw new Error(`${sent - made} of ${sent} edges found no end node: the graph changed during the load`);
  });
}
