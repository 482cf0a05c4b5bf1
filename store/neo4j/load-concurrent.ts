import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphRecords, NodeRecord, RelationshipRecord } from '../../schema/records';
import type { BatchLoadOutcome } from '../graph-store';
import { referencedIds } from '../validate-records';
import { BULK_ROWS_PER_STATEMENT, planSegmentIn, type LoadedDocument, type SegmentPlan } from './load-batch';
import { relinkOutcomesIn } from './outcome-edges';
import { deleteBareNodesQuery, lockNodesQuery } from './queries/create';
import { batches } from './queries/cypher-query';
import { runPipelined, runQuery } from './run-query';
import { writeRecords, writeStatements } from './write-records';

/** Runs work in a write transaction of its own session (retried by the driver on transient errors). */
export type WriteTransaction = <T>(work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>;

export interface ConcurrentSegmentRequest {
  batch: readonly GraphRecords[];
  planned: { count: number };
  /** Transactions writing the documents' own nodes and edges at once (2 or more). */
  writers: number;
  rowsPerStatement?: number;
  write: WriteTransaction;
  /** The error of a document the database refused, naming it. */
  nameError: (records: GraphRecords, error: unknown) => Error;
}

/** One writer's share of a run: consecutive documents, and the records only they name. */
export interface RunSlice {
  documents: LoadedDocument[];
  /** Node records of ids no other slice names and the graph does not hold. */
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
}

export interface SplitRun {
  /**
   * Ids the graph holds or that documents of two slices or more name (places, industries,
   * recurring enterprises), written first, in one transaction, by every record of the run.
   */
  shared: Set<string>;
  /** Node records of the shared ids, in document order. */
  sharedNodes: NodeRecord[];
  slices: RunSlice[];
}

/**
 * Splits the documents a run writes into `writers` consecutive slices of about the same
 * number of records. An id named by one slice alone (its documents, their own entities)
 * is that slice's to create; an id that two slices name, or that the graph already holds,
 * is shared.
 */
export function splitRun(plan: SegmentPlan, writers: number): SplitRun {
  const sizes = plan.loaded.map((doc) => doc.nodes.length + doc.records.relationships.length);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const groups: LoadedDocument[][] = [[]];
  let filled = 0;
  plan.loaded.forEach((doc, index) => {
    const current = groups[groups.length - 1]!;
    if (current.length > 0 && filled >= (total * groups.length) / writers && groups.length < writers)
      groups.push([doc]);
    else current.push(doc);
    filled += sizes[index]!;
  });
  const sliceOf = new Map<string, number>();
  const shared = new Set<string>();
  groups.forEach((documents, slice) => {
    for (const doc of documents)
      for (const id of referencedIds(doc.records)) {
        const seen = sliceOf.get(id);
        if (plan.dbLabels.has(id) || (seen !== undefined && seen !== slice)) shared.add(id);
        else sliceOf.set(id, slice);
      }
  });
  return {
    shared,
    sharedNodes: plan.nodes.filter((node) => shared.has(node.id)),
    slices: groups.map((documents) => ({
      documents,
      nodes: documents.flatMap((doc) => doc.nodes.filter((node) => !shared.has(node.id))),
      relationships: documents.flatMap((doc) => doc.records.relationships),
    })),
  };
}

/**
 * loadSegmentIn with several writers: the same plan (reads and checks) and, in its
 * transaction, the shared nodes (split by splitRun), every record of them folded in
 * document order, so they end as consecutive loads leave them; then each slice's own nodes
 * and all its edges in transactions of their own, at the same time (the driver retries a
 * transaction that deadlocks on a shared node); then OUTCOME_OF, linked again around
 * everything written.
 *
 * A slice the database refuses rolls back alone; its documents are then written one
 * transaction each, merging (a node two of them share is created by the first), so the bad
 * one fails alone with its reason. Of a failed document there remains what deleting it
 * would leave: its contributions to the names, aliases and properties of shared nodes that
 * other documents also name; a shared node that no loaded document names is deleted again.
 *
 * Returns the outcomes, in order, of the documents of the run (none: the first document
 * needs replacing, as loadSegmentIn). Throws when the plan's transaction fails, before any
 * write is committed: the caller then loads the run document by document.
 */
export async function loadSegmentConcurrently(
  request: ConcurrentSegmentRequest,
): Promise<BatchLoadOutcome[]> {
  const rowsPerStatement = request.rowsPerStatement ?? BULK_ROWS_PER_STATEMENT;
  const { plan, split } = await request.write(async (tx) => {
    const plan = await planSegmentIn(tx, {
      batch: request.batch,
      planned: request.planned,
      rowsPerStatement,
    });
    const split = splitRun(plan, request.writers);
    await writeRecords(tx, {
      nodes: split.sharedNodes,
      relationships: [],
      isStored: (id) => plan.dbLabels.has(id),
      createEdges: true,
      rowsPerStatement,
    });
    return { plan, split };
  });
  const outcomes = [...plan.outcomes];
  if (plan.loaded.length === 0) return outcomes;
  const written = await Promise.all(
    split.slices.map((slice) =>
      request
        .write((tx) => writeSliceIn(tx, slice, split.shared, rowsPerStatement))
        .then(
          () => true,
          () => false,
        ),
    ),
  );
  const failed: LoadedDocument[] = [];
  for (const [index, slice] of split.slices.entries()) {
    if (written[index]) continue;
    for (const doc of slice.documents) {
      try {
        await request.write((tx) =>
          writeRecords(tx, {
            nodes: doc.nodes.filter((node) => !split.shared.has(node.id)),
            relationships: doc.records.relationships,
            isStored: () => true,
            createEdges: false,
            rowsPerStatement,
          }),
        );
      } catch (error) {
        outcomes[doc.position] = { ok: false, error: request.nameError(doc.records, error) };
        failed.push(doc);
      }
    }
  }
  const succeeded = plan.loaded.filter((doc) => outcomes[doc.position]?.ok);
  if (failed.length > 0) await deleteBareSharedNodes(request.write, plan, split, succeeded);
  await request.write((tx) =>
    relinkOutcomesIn(tx, {
      touched: {
        nodes: succeeded.flatMap((doc) => doc.nodes),
        edges: succeeded.flatMap((doc) => doc.records.relationships),
      },
    }),
  );
  return outcomes;
}

/**
 * A slice's own nodes and the edges between them first, then the lock of every shared node
 * its other edges link to, taken in id order, then those edges. Two slices that link the
 * same shared nodes wait for each other there, at the end, instead of deadlocking (which
 * the driver would answer by retrying the whole slice after a pause).
 */
async function writeSliceIn(
  tx: ManagedTransaction,
  slice: RunSlice,
  shared: ReadonlySet<string>,
  rowsPerStatement: number,
): Promise<void> {
  const own: RelationshipRecord[] = [];
  const linking: RelationshipRecord[] = [];
  const locked = new Set<string>();
  for (const rel of slice.relationships) {
    const ends = [rel.from, rel.to].filter((id) => shared.has(id));
    if (ends.length === 0) own.push(rel);
    else linking.push(rel);
    for (const id of ends) locked.add(id);
  }
  const write = { isStored: () => false, createEdges: true, rowsPerStatement };
  await runPipelined(tx, [
    ...writeStatements({ ...write, nodes: slice.nodes, relationships: own }),
    ...batches([...locked].sort(), rowsPerStatement).map((ids) => lockNodesQuery(ids)),
    ...writeStatements({ ...write, nodes: [], relationships: linking }),
  ]);
}

/** Shared nodes the run created that only failed documents name, if nothing links them. */
async function deleteBareSharedNodes(
  write: WriteTransaction,
  plan: SegmentPlan,
  split: SplitRun,
  succeeded: readonly LoadedDocument[],
): Promise<void> {
  const named = new Set(succeeded.flatMap((doc) => referencedIds(doc.records)));
  const bare = [...split.shared].filter((id) => !plan.dbLabels.has(id) && !named.has(id));
  if (bare.length === 0) return;
  await write(async (tx) => {
    for (const ids of batches(bare)) await runQuery(tx, deleteBareNodesQuery(ids));
  });
}
