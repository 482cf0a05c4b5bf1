import type { ManagedTransaction } from 'neo4j-driver';
import { WorkLimitError } from '../../../schema/errors';
import type { StoredNode } from '../../graph-store';
import type { PrefetchRequest, PrefetchResult, PrefetchStep } from '../../prefetch';
import { runQuery } from '../run-query';
import { toStoredNode, toStoredRelationship } from '../values';
import { listCap, prefetchQuery, type PrefetchOptions } from './prefetch-query';

/** What one step's COLLECT returns: per anchor node, its edges with their other ends. */
interface AnchorRow {
  id: string;
  edges: EdgeRow[];
  /** Each other end of the edges once, with the nested steps from it. */
  ends: ReachRow[];
}
interface EdgeRow {
  key: string;
  /** Null when the request reads no evidence. */
  properties: Record<string, unknown> | null;
  /** The id of the edge's other end. */
  end: string;
}
/** What a labelled walk's COLLECT returns: the nodes it reached, each with its nested steps. */
interface ReachRow {
  node: { node: { id: string } };
  nested: StepRows[];
}
type StepRows = AnchorRow[] | ReachRow[];

class ResultBuilder {
  readonly nodes = new Map<string, StoredNode>();
  readonly result: PrefetchResult = { nodes: [], edges: [], reads: 0 };
  constructor(
    private readonly cap: number,
    /** The node properties the statement projected, when not all. */
    private readonly read: ReadonlySet<string> | undefined,
  ) {}

  /** `counted`: false for a node whose read was charged with its edges. */
  addNode(row: Record<string, unknown>, counted = true): void {
    const node = toStoredNode(row, this.read);
    if (!this.nodes.has(node.id)) {
      this.nodes.set(node.id, node);
      this.result.nodes.push(node);
    }
    if (counted) this.result.reads += 1;
  }

  /** Reads a step's answer from node `fromId` alongside the step that asked it. */
  addStep(step: PrefetchStep, fromId: string, rows: StepRows): void {
    if (step.walk.endsOnly === true) return this.addEnds(step, fromId, rows as ReachRow[], step.walk.depth);
    if (step.walk.label !== undefined) return this.addReach(step, fromId, rows as ReachRow[]);
    const anchors = rows as AnchorRow[];
    this.overrun(anchors.length);
    for (const anchor of anchors) {
      this.overrun(anchor.edges.length);
      this.result.edges.push({
        nodeId: anchor.id,
        direction: step.walk.direction,
        type: step.walk.type,
        relationships: anchor.edges.map((edge) => {
          // The step's direction says which end is which: OUT edges start at the anchor.
          const [from, to] = step.walk.direction === 'OUT' ? [anchor.id, edge.end] : [edge.end, anchor.id];
          return toStoredRelationship({
            key: edge.key,
            properties: edge.properties,
            type: step.walk.type,
            from,
            to,
          });
        }),
      });
      // Each edge and the node at its other end, as when every edge brought its node.
      this.result.reads += 2 * anchor.edges.length;
      for (const end of anchor.ends) {
        this.addNode(end.node as unknown as Record<string, unknown>, false);
        step.nested.forEach((inner, index) => this.addStep(inner, end.node.node.id, end.nested[index] ?? []));
      }
    }
  }

  /** A labelled walk: the nodes it reached from `fromId`, then their nested steps. */
  private addReach(step: PrefetchStep, fromId: string, rows: ReachRow[]): void {
    this.overrun(rows.length);
    // A node of another label skipped the step (CASE … ELSE []): it reached nothing to keep.
    if (this.nodes.get(fromId)?.label !== step.onLabel) return;
    (this.result.reached ??= []).push({
      nodeId: fromId,
      walk: step.walk,
      nodeIds: rows.map((row) => row.node.node.id),
    });
    for (const row of rows) {
      this.addNode(row.node as unknown as Record<string, unknown>);
      step.nested.forEach((inner, index) => this.addStep(inner, row.node.node.id, row.nested[index] ?? []));
    }
  }

  /**
   * An endsOnly walk (prefetch-query.ts, `endsExpr`): the distinct other ends of `fromId`'s
   * edges, each with the steps nested in the walk and, while levels remain, the walk's
   * next level from it (the last item of its nested lists).
   */
  private addEnds(step: PrefetchStep, fromId: string, rows: ReachRow[], levels: number): void {
    this.overrun(rows.length);
    // The first level is the step's own: a node of another label skipped it (its answer is
    // empty, not its edges), and is left to the loaders. Deeper levels follow any node.
    if (levels === step.walk.depth && this.nodes.get(fromId)?.label !== step.onLabel) return;
    (this.result.neighbours ??= []).push({
      nodeId: fromId,
      direction: step.walk.direction,
      type: step.walk.type,
      nodeIds: rows.map((row) => row.node.node.id),
    });
    for (const row of rows) {
      const id = row.node.node.id;
      this.addNode(row.node as unknown as Record<string, unknown>);
      step.nested.forEach((inner, index) => this.addStep(inner, id, row.nested[index] ?? []));
      if (levels > 1)
        this.addEnds(step, id, (row.nested[step.nested.length] ?? []) as ReachRow[], levels - 1);
    }
  }

  /** A list at the statement's LIMIT was cut there: the selection asks more than the budget. */
  private overrun(length: number): void {
    if (length >= this.cap) {
      throw new WorkLimitError(
        `the request would read more than ${this.cap - 1} nodes and relationships; ask for less (fewer levels, smaller first, a smaller place)`,
      );
    }
  }
}

/** Runs a prefetch as its one statement and reads the answer back as loader entries. */
export async function prefetchIn(
  tx: ManagedTransaction,
  request: PrefetchRequest,
  options: PrefetchOptions = {},
): Promise<PrefetchResult> {
  const query = prefetchQuery(request, options);
  const rows = await runQuery(tx, query);
  const properties = options.shape?.properties;
  const builder = new ResultBuilder(listCap(request.maxReads), properties ? new Set(properties) : undefined);
  for (const row of rows) {
    builder.addNode(row.root as Record<string, unknown>);
    const rootId = (row.root as { node: { id: string } }).node.id;
    const fetched = row.fetched as StepRows[];
    request.steps.forEach((step, index) => builder.addStep(step, rootId, fetched[index] ?? []));
  }
  return builder.result;
}
