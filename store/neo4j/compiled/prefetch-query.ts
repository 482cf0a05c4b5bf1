import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import { RELATIONSHIP_TYPES, NODE_LABELS } from '../../../schema/model';
import { invariant } from '../../../schema/errors';
import type { PrefetchRequest, PrefetchStep } from '../../prefetch';
import { BASE_LABEL, projectedProperties, type CypherQuery } from '../queries/cypher-query';
import { WHOLE_READS, type ReadShape } from '../../read-shape';

/** Largest list the statement returns, whatever the read budget (an unbounded one included). */
const MAX_CAP = 1_000_000;

/** The LIMIT of every list of a prefetch: one past the read budget, so that an overrun shows. */
export function listCap(maxReads: number): number {
  return Math.min(maxReads, MAX_CAP) + 1;
}

/** Longest walk a step may ask: the deepest LOCATED_IN chain the resolvers follow. */
export const MAX_WALK_DEPTH = 8;

/**
 * The row shape of a node, as NODE_COLUMNS gives it (toStoredNode reads both): its
 * properties (those the request reads, or all), its own label, and the documents that
 * mention it.
 */
function nodeMap(node: Cypher.Node, context: StepContext): Cypher.Map {
  const label = new Cypher.Variable();
  const document = new Cypher.Node();
  const ownLabels = new Cypher.ListComprehension(label)
    .in(Cypher.labels(node))
    .where(Cypher.neq(label, new Cypher.Literal(BASE_LABEL)))
    .map(label);
  // As NODE_COLUMNS reads them: documents made distinct before their ids are read.
  const documents = new Cypher.Collect(
    new Cypher.Match(
      new Cypher.Pattern(node).related({ type: 'MENTIONED_IN', direction: 'right' }).to(document),
    )
      .with(document)
      .distinct()
      .return(document.property('id')),
  );
  return new Cypher.Map({
    node: new Cypher.MapProjection(node, context.properties ? projectedProperties(context.properties) : '*'),
    label: Cypher.listIndex(ownLabels, 0),
    // null: not read (toStoredNode then makes a node whose documentIds may not be read).
    documentIds: context.documents ? documents : new Cypher.Literal(null),
  });
}

interface StepContext {
  /** LIMIT of every list: one past the request's read budget, so an overrun is seen. */
  cap: Cypher.NamedParam;
  /** Whether each node comes with the ids of the documents that mention it. */
  documents: boolean;
  /** The node properties read besides id and name; null: all. */
  properties: readonly string[] | null;
  /** Whether each edge comes with its properties (its evidence). */
  evidence: boolean;
}

/**
 * One step from `from`: the nodes within depth - 1 hops (the node included), and for each
 * every edge of the walk's type and direction, ordered by key as getRelationships orders
 * them, with the id of its other end, and each other end once with the nested steps from it. Each level
 * is a COLLECT {} subquery, so the whole selection stays one statement. An edge's type
 * and ends are known from the step and the anchor, so only its key, its evidence (when
 * read) and its other end come back.
 *
 * The step's label test (`WHERE from:Place`) sits inside the COLLECT, not in a
 * `CASE WHEN … THEN COLLECT {} ELSE [] END` around it: Neo4j 5 plans a COLLECT inside a
 * CASE as a nested expression, where the variable-length walk is not pruned to distinct
 * nodes (`VarLengthExpand(Pruning,BFS)`) but enumerates every path, and LOCATED_IN holds
 * one edge per document: town → district → city → province was 3 × 31 × 210 paths at
 * 10 000 documents (40 324 database hits for a town, 1 215 with the test inside).
 */
function stepExpr(from: Cypher.Node, step: PrefetchStep, context: StepContext): Cypher.Expr {
  const { type, direction, depth, label } = step.walk;
  invariant(RELATIONSHIP_TYPES.includes(type), `prefetch walks a towngraph type, not ${type}`);
  invariant(NODE_LABELS.includes(step.onLabel), `prefetch steps start at a towngraph label`);
  invariant(Number.isInteger(depth) && depth >= 1 && depth <= MAX_WALK_DEPTH, 'a walk has 1 to 8 levels');
  invariant(label === undefined || NODE_LABELS.includes(label), `a walk keeps a towngraph label`);
  const arrow = direction === 'OUT' ? 'right' : 'left';
  if (step.walk.endsOnly === true) return endsExpr({ from, step, levels: depth, context, first: true });
  if (label !== undefined) {
    // The nodes of one label within depth hops, each once, and the nested steps from each:
    // the walk names the label, so the nodes and edges on the way are neither read nor sent.
    const reached = new Cypher.Node();
    const reach = new Cypher.Collect(
      new Cypher.Match(
        new Cypher.Pattern(from)
          .related({ type, direction: arrow, length: { min: 1, max: depth } })
          .to(reached, { labels: label }),
      )
        .where(from.hasLabel(step.onLabel))
        .with(reached)
        .distinct()
        .limit(context.cap)
        .return(
          new Cypher.Map({
            node: nodeMap(reached, context),
            nested: new Cypher.List(step.nested.map((inner) => stepExpr(reached, inner, context))),
          }),
        ),
    );
    return reach;
  }
  const anchor = new Cypher.Node();
  const rel = new Cypher.Relationship();
  const other = new Cypher.Node();
  // Every edge (the loaders keep complete lists), each as its key, evidence and other end's
  // id; each other end once, with its nested steps. LOCATED_IN holds one edge per document
  // stating it: a city's 210 edges to its province at 10 000 documents name one node,
  // which used to come back, and have its nested steps walked, 210 times.
  const edges = new Cypher.Collect(
    new Cypher.Match(new Cypher.Pattern(anchor).related(rel, { type, direction: arrow }).to(other))
      .return(
        new Cypher.Map({
          key: rel.property('key'),
          properties: context.evidence ? Cypher.properties(rel) : new Cypher.Literal(null),
          end: other.property('id'),
        }),
      )
      .orderBy(rel.property('key'))
      .limit(context.cap),
  );
  const end = new Cypher.Node();
  const ends = new Cypher.Collect(
    new Cypher.Match(new Cypher.Pattern(anchor).related({ type, direction: arrow }).to(end))
      .with(end)
      .distinct()
      .limit(context.cap)
      .return(
        new Cypher.Map({
          node: nodeMap(end, context),
          nested: new Cypher.List(step.nested.map((inner) => stepExpr(end, inner, context))),
        }),
      ),
  );
  const anchors = new Cypher.Collect(
    new Cypher.Match(
      new Cypher.Pattern(from)
        .related({ type, direction: arrow, length: { min: 0, max: depth - 1 } })
        .to(anchor),
    )
      .where(from.hasLabel(step.onLabel))
      .with(anchor)
      .distinct()
      .limit(context.cap)
      .return(new Cypher.Map({ id: anchor.property('id'), edges, ends })),
  );
  return anchors;
}

/**
 * An endsOnly walk (`PrefetchWalk.endsOnly`: the places above a node) as one level per
 * hop: the distinct other ends of `from`'s edges, each with the steps nested in the walk
 * and, while levels remain, the same walk one level further from it. Each level reads
 * the parallel edges of one node once (a city's 210 to its province at 10 000 documents)
 * and sends each other end once; the walk with anchors read them three times over (a
 * breadth-first walk to find the anchors, then their edges with keys and their ends).
 * A node reached by two ways is read once per way: the places above a place form a
 * chain, one parent per level (a zone lying in two places has two).
 */
function endsExpr(options: {
  from: Cypher.Node;
  step: PrefetchStep;
  levels: number;
  context: StepContext;
  /** The walk's first level, where the step's label test applies. */
  first: boolean;
}): Cypher.Expr {
  const { from, step, levels, context, first } = options;
  const end = new Cypher.Node();
  const match = new Cypher.Match(
    new Cypher.Pattern(from)
      .related({ type: step.walk.type, direction: step.walk.direction === 'OUT' ? 'right' : 'left' })
      .to(end),
  );
  const nested = step.nested.map((inner) => stepExpr(end, inner, context));
  if (levels > 1) nested.push(endsExpr({ from: end, step, levels: levels - 1, context, first: false }));
  return new Cypher.Collect(
    (first ? match.where(from.hasLabel(step.onLabel)) : match)
      .with(end)
      .distinct()
      .limit(context.cap)
      .return(new Cypher.Map({ node: nodeMap(end, context), nested: new Cypher.List(nested) })),
  );
}

export interface PrefetchOptions {
  /** Whether nodes come with the ids of their documents (default true). */
  documents?: boolean;
  /** What the request reads of nodes and edges (default: everything). */
  shape?: ReadShape;
}

/** Statement texts by the shape of their steps: a request repeats a few shapes many times. */
const TEXTS = new Map<string, string>();
/** Shapes kept; past it the oldest is dropped (a shape's text is a few kilobytes). */
const MAX_TEXTS = 256;
/**
 * The same texts by the steps array itself, for plans the resolvers keep and hand out
 * again (resolvers/compiled/compile-reads.ts): no need to write the steps out as JSON to
 * find their text. Steps are never changed once planned.
 */
const TEXTS_BY_STEPS = new WeakMap<readonly PrefetchStep[], Map<string, string>>();

/**
 * The whole prefetch as one statement: the root nodes by id, each with the answers of
 * every step of the selection (a list per step, nested as the selection is). The text
 * depends on the steps only (their values are the named parameters $ids and $cap), so it
 * is built with the Cypher builder once per shape of steps and reused: building it took
 * about a third of a millisecond of CPU per request.
 */
export function prefetchQuery(
  request: Pick<PrefetchRequest, 'ids' | 'steps' | 'maxReads'>,
  options: PrefetchOptions = {},
): CypherQuery {
  const parameters = { ids: [...new Set(request.ids)], cap: neo4j.int(listCap(request.maxReads)) };
  const context = {
    documents: options.documents ?? true,
    properties: options.shape?.properties ?? WHOLE_READS.properties,
    evidence: options.shape?.evidence ?? WHOLE_READS.evidence,
  };
  const contextKey = JSON.stringify(context);
  let byContext = TEXTS_BY_STEPS.get(request.steps);
  let text = byContext?.get(contextKey);
  if (text !== undefined) return { text, parameters };
  const shape = `${contextKey}\u0000${JSON.stringify(request.steps)}`;
  text = TEXTS.get(shape);
  if (text === undefined) {
    text = buildText(request.steps, context);
    if (TEXTS.size >= MAX_TEXTS) TEXTS.delete(TEXTS.keys().next().value as string);
    TEXTS.set(shape, text);
  }
  if (!byContext) TEXTS_BY_STEPS.set(request.steps, (byContext = new Map()));
  // A few contexts per plan at most (with or without documents, a few read shapes).
  if (byContext.size < 16) byContext.set(contextKey, text);
  return { text, parameters };
}

function buildText(steps: readonly PrefetchStep[], shape: Omit<StepContext, 'cap'>): string {
  const id = new Cypher.Variable();
  const root = new Cypher.Node();
  const context: StepContext = { cap: new Cypher.NamedParam('cap'), ...shape };
  const statement = Cypher.utils.concat(
    new Cypher.Unwind([new Cypher.NamedParam('ids'), id]),
    new Cypher.Match(new Cypher.Pattern(root, { labels: BASE_LABEL, properties: { id } })),
    new Cypher.Return(
      [nodeMap(root, context), 'root'],
      [new Cypher.List(steps.map((step) => stepExpr(root, step, context))), 'fetched'],
    ),
  );
  return statement.build().cypher;
}
