import type { ManagedTransaction } from 'neo4j-driver';
import { relationshipKey } from '../../schema/ids';
import type { GraphRecords, NodeRecord, RelationshipRecord } from '../../schema/records';
import type { BatchLoadOutcome } from '../graph-store';
import { batches } from './queries/cypher-query';
import { documentsOfSourcesQuery, storedLabelsQuery } from './queries/lookups';
import { runQuery } from './run-query';
import { relinkOutcomesIn } from './outcome-edges';
import { documentRecordOf, referencedIds, validateRecords } from '../validate-records';
import { writeNewRecords, writeRecords } from './write-records';

/** Rows per UNWIND statement in a batch load: large statements, few round trips. */
export const BULK_ROWS_PER_STATEMENT = 10_000;

/**
 * How a batch writes the documents new to the graph: 'create' creates the nodes whose ids
 * are not stored and every edge (their keys contain a document id the graph does not
 * hold), merging only nodes already stored; 'merge' merges every node and edge, as
 * loadDocument does. Both leave the same graph; 'merge' stays for comparison.
 */
export type BulkWrite = 'create' | 'merge';

export interface SegmentRequest {
  batch: readonly GraphRecords[];
  /** Set to the number of documents the run holds once that is known, before any write. */
  planned: { count: number };
  rowsPerStatement?: number;
  /** Default 'create'. */
  write?: BulkWrite;
}

/**
 * Loads the longest run of documents from the start of `batch` that needs no
 * replacement, in this one transaction, with the same outcome per document as
 * consecutive loadDocument calls: a document whose records are invalid fails alone (its
 * rows are never sent), one already stored is 'unchanged', and the rest are written
 * together, nodes label by label and edges type by type in statements of
 * `rowsPerStatement` rows (created or merged as `write` says, see BulkWrite). The run
 * stops before the first document that would replace an earlier one of its source
 * (stored, or earlier in the run): replacement deletes, and goes through the
 * per-document path so that its plan sees the graph as it is.
 *
 * Returns the outcomes of the documents of the run, in order; none means the first
 * document needs replacing. Any error thrown here is a
 * database error: the transaction rolls back, and the caller retries the run document by
 * document so that the bad one fails alone.
 */
export async function loadSegmentIn(
  tx: ManagedTransaction,
  request: SegmentRequest,
): Promise<BatchLoadOutcome[]> {
  const { rowsPerStatement = BULK_ROWS_PER_STATEMENT, write = 'create' } = request;
  const plan = await planSegmentIn(tx, request);
  const { nodes, relationships } = plan;
  // Records in batch order, folded as consecutive per-document merges would fold them.
  if (write === 'create')
    await writeNewRecords(tx, { nodes, relationships, stored: plan.dbElementIds, rowsPerStatement });
  else
    await writeRecords(tx, {
      nodes,
      relationships,
      isStored: () => true,
      createEdges: false,
      rowsPerStatement,
    });
  await relinkOutcomesIn(tx, { touched: { nodes, edges: relationships } });
  return plan.outcomes;
}

/** A document of a run that is written (its outcome 'loaded'). */
export interface LoadedDocument {
  /** Index of its outcome in SegmentPlan.outcomes (and of its records in the batch). */
  position: number;
  records: GraphRecords;
  /** Its Document record first, then its node records. */
  nodes: NodeRecord[];
}

/** What a run writes, decided before any write: see loadSegmentIn. */
export interface SegmentPlan {
  outcomes: BatchLoadOutcome[];
  /** The documents written, in batch order. */
  loaded: LoadedDocument[];
  /** The node records of `loaded`, in order. */
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  /** The stored label of every id the run names that the graph held before it. */
  dbLabels: Map<string, string>;
  /** The element id of each of those. */
  dbElementIds: Map<string, string>;
}

/**
 * The reads and checks of loadSegmentIn, without its writes: the outcome of each document
 * of the run, and the records to write.
 */
export async function planSegmentIn(tx: ManagedTransaction, request: SegmentRequest): Promise<SegmentPlan> {
  const { batch, planned, rowsPerStatement = BULK_ROWS_PER_STATEMENT } = request;
  const documents = batch.map(documentOrError);
  // Both lookups are sent at once: one round trip instead of two before any write.
  const [{ labels: dbLabels, elementIds: dbElementIds }, storedBySource] = await Promise.all([
    storedLabels(tx, batch, documents, rowsPerStatement),
    storedDocumentsBySource(tx, documents),
  ]);

  const outcomes: BatchLoadOutcome[] = [];
  const loaded: LoadedDocument[] = [];
  const newLabels = new Map<string, string>();
  const newSources = new Map<string, string[]>();
  const storedLabel = (id: string): string | undefined => newLabels.get(id) ?? dbLabels.get(id);

  for (const [index, records] of batch.entries()) {
    const document = documents[index] as NodeRecord | Error;
    if (document instanceof Error) {
      outcomes.push({ ok: false, error: document });
      continue;
    }
    if (storedLabel(document.id) !== undefined) {
      outcomes.push(unchangedOutcome(records, document, storedLabel));
      continue;
    }
    const source = document.properties.source;
    if (typeof source === 'string' && source !== '') {
      const earlier = [...(storedBySource.get(source) ?? []), ...(newSources.get(source) ?? [])];
      if (earlier.some((id) => id !== document.id)) break;
    }
    try {
      validateRecords({ records, document, storedLabel });
    } catch (error) {
      outcomes.push({ ok: false, error: asError(error) });
      continue;
    }
    const own = [document, ...records.nodes];
    for (const node of own) newLabels.set(node.id, node.label);
    if (typeof source === 'string' && source !== '') newSources.set(source, [document.id]);
    loaded.push({ position: outcomes.length, records, nodes: own });
    const keys = new Set(records.relationships.map((rel) => relationshipKey(rel)));
    const nodeCount = new Set(own.map((node) => node.id)).size;
    outcomes.push({
      ok: true,
      result: {
        documentId: document.id,
        status: 'loaded',
        replaced: [],
        nodes: nodeCount,
        relationships: keys.size,
      },
    });
  }

  planned.count = outcomes.length;
  return {
    outcomes,
    loaded,
    nodes: loaded.flatMap((doc) => doc.nodes),
    relationships: loaded.flatMap((doc) => doc.records.relationships),
    dbLabels,
    dbElementIds,
  };
}

function documentOrError(records: GraphRecords): NodeRecord | Error {
  try {
    return documentRecordOf(records);
  } catch (error) {
    return asError(error);
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** A document already stored: unchanged, once its records pass the same checks. */
function unchangedOutcome(
  records: GraphRecords,
  document: NodeRecord,
  storedLabel: (id: string) => string | undefined,
): BatchLoadOutcome {
  try {
    validateRecords({ records, document, storedLabel });
  } catch (error) {
    return { ok: false, error: asError(error) };
  }
  return {
    ok: true,
    result: { documentId: document.id, status: 'unchanged', replaced: [], nodes: 0, relationships: 0 },
  };
}

/**
 * The stored label and element id of every id the batch names, in statements of
 * `rowsPerStatement` ids sent at once.
 */
async function storedLabels(
  tx: ManagedTransaction,
  batch: readonly GraphRecords[],
  documents: readonly (NodeRecord | Error)[],
  rowsPerStatement: number,
): Promise<{ labels: Map<string, string>; elementIds: Map<string, string> }> {
  const ids = new Set<string>();
  batch.forEach((records, index) => {
    if (documents[index] instanceof Error) return;
    for (const id of referencedIds(records)) ids.add(id);
  });
  const labels = new Map<string, string>();
  const elementIds = new Map<string, string>();
  const chunks = await Promise.all(
    batches([...ids], rowsPerStatement).map((chunk) => runQuery(tx, storedLabelsQuery(chunk))),
  );
  for (const rows of chunks)
    for (const row of rows) {
      labels.set(row.id as string, row.label as string);
      elementIds.set(row.id as string, row.elementId as string);
    }
  return { labels, elementIds };
}

/** For each source of the batch, the ids of the documents already stored from it. */
async function storedDocumentsBySource(
  tx: ManagedTransaction,
  documents: readonly (NodeRecord | Error)[],
): Promise<Map<string, string[]>> {
  const sources = new Set<string>();
  for (const document of documents) {
    if (document instanceof Error) continue;
    const source = document.properties.source;
    if (typeof source === 'string' && source !== '') sources.add(source);
  }
  const stored = new Map<string, string[]>();
  if (sources.size === 0) return stored;
  for (const row of await runQuery(tx, documentsOfSourcesQuery([...sources]))) {
    const source = row.source as string;
    stored.set(source, [...(stored.get(source) ?? []), row.id as string]);
  }
  return stored;
}
