import {
  defaultFieldResolver,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  visit,
  type FieldNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type VariableNode,
} from 'graphql';
import { isNodeLabel } from '../../schema/model';
import type { StoredNode } from '../../store/graph-store';
import type { RequestContext } from '../context';
import type { RequestLoaders } from '../dataloaders';
import type { PrefetchStep, PrefetchWalk } from '../../store/prefetch';
import { coveredWalk } from './coverage';
import { readShapeOf } from './field-reads';
import { loadersAnswering, rememberReached } from './reached-below';
import { loadersWithNeighbours, rememberNeighbours } from './walked-ends';
import { readsNodeDocuments } from './node-documents';
import { isWrapper, planSelection } from './plan-selection';

/** Most plans kept per root field node (one per values of the variables its selection reads). */
const MAX_PLANS_PER_FIELD = 64;
/** A longer key (long lists among the variables) is not worth keeping: the plan is made afresh. */
const MAX_PLAN_KEY_LENGTH = 1024;

/** Plans by schema and root field node, then by the values of the variables below it. */
const plans = new WeakMap<GraphQLSchema, WeakMap<FieldNode, Map<string, PrefetchStep[]>>>();
/** Per operation: the variables used anywhere but in the arguments of its root fields. */
const variablesBelowRoots = new WeakMap<OperationDefinitionNode, string[]>();

/**
 * The variables a plan may read: those of nested fields' arguments and of directives,
 * found once per operation. A root field's own arguments (the id of `node(id: $id)`, a
 * search text) never change its selection's plan, so they do not split the plans.
 * Fragments count whole, wherever they are spread: never fewer names than needed.
 */
function planVariables(info: GraphQLResolveInfo): string[] {
  let names = variablesBelowRoots.get(info.operation);
  if (names) return names;
  const found = new Set<string>();
  const look = { [Kind.VARIABLE]: (node: VariableNode) => void found.add(node.name.value) };
  for (const selection of info.operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) {
      visit(selection, look);
      continue;
    }
    for (const directive of selection.directives ?? []) visit(directive, look);
    if (selection.selectionSet) visit(selection.selectionSet, look);
  }
  for (const fragment of Object.values(info.fragments)) visit(fragment, look);
  names = [...found].sort();
  variablesBelowRoots.set(info.operation, names);
  return names;
}

/**
 * planSelection for a root field, kept: a request repeats the few texts its clients send
 * (graphql-yoga's parser cache hands the same field node to each request of a text), and
 * planning walked the whole selection with the schema every time. The plan depends on the
 * schema, the document (the field node stands for it) and the variables below the root
 * field; its steps are shared by the requests and never changed.
 */
function plannedSteps(info: GraphQLResolveInfo): PrefetchStep[] {
  const plan = () =>
    planSelection({
      schema: info.schema,
      fragments: info.fragments,
      variables: info.variableValues,
      type: getNamedType(info.returnType),
      selections: selectionsOf(info),
    });
  const variables = info.variableValues;
  const values = planVariables(info).map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : []));
  const key = `${info.fieldNodes.length}\u0000${JSON.stringify(values)}`;
  if (key.length > MAX_PLAN_KEY_LENGTH) return plan();
  let bySchema = plans.get(info.schema);
  if (!bySchema) plans.set(info.schema, (bySchema = new WeakMap()));
  const field = info.fieldNodes[0]!;
  let byKey = bySchema.get(field);
  if (!byKey) bySchema.set(field, (byKey = new Map()));
  let steps = byKey.get(key);
  if (!steps) {
    steps = plan();
    if (byKey.size >= MAX_PLANS_PER_FIELD) byKey.clear();
    byKey.set(key, steps);
  }
  return steps;
}

/** Root fields that fetch nodes by id: their whole selection compiles into one prefetch. */
const ROOTS: Record<string, (args: Record<string, unknown>) => readonly string[]> = {
  node: (args) => [String(args.id)],
  nodes: (args) => (Array.isArray(args.ids) ? args.ids.map(String) : []),
};

/**
 * Root fields with nothing to prefetch whose store reads still leave out what the
 * operation does not read: a trace's paths run through hubs (a province, a programme)
 * mentioned in thousands of documents, whose ids `trace { nodes { id } }` never reads.
 */
const SHAPED_ONLY = ['trace'];

/**
 * Root fields that list nodes (towns, pages of projects, search …): the store lists them
 * in one statement, then their nested selection, if it walks anywhere, in one more.
 */
function listsNodes(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(field.type);
  if (isWrapper(type)) return true;
  if (isAbstractType(type)) return type.name === 'Node' || type.name === 'Entity';
  return isObjectType(type) && isNodeLabel(type.name);
}

function isStoredNode(value: unknown): value is StoredNode {
  return (
    typeof value === 'object' && value !== null && 'id' in value && 'label' in value && 'documentIds' in value
  );
}

/** The nodes of a listing's answer: a list of nodes or of hits, or a page's edges. */
function nodesIn(value: unknown): StoredNode[] {
  if (isStoredNode(value)) return [value];
  if (Array.isArray(value)) return value.flatMap((item: unknown) => nodesIn(item));
  if (typeof value !== 'object' || value === null) return [];
  if ('edges' in value) return nodesIn(value.edges);
  if ('node' in value) return nodesIn(value.node);
  return [];
}

/**
 * Lets the request's store leave out what no field of the operation reads: node
 * documents, the node properties no resolver asks, edges' evidence.
 */
function shapeNodeReads(ctx: RequestContext, info: GraphQLResolveInfo): void {
  if (ctx.store.leaveOutNodeDocuments && !readsNodeDocuments(info.operation, info.fragments))
    ctx.store.leaveOutNodeDocuments();
  ctx.store.shapeReads?.(readShapeOf(info.operation, info.fragments));
}

function selectionsOf(info: GraphQLResolveInfo): SelectionSetNode[] {
  return info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

/**
 * Reads the root nodes and every walk their selection needs in one store statement, and
 * primes the request's loaders with them. The resolvers below then run as they always do
 * and find their answers cached; what the plan did not cover still goes to the store.
 */
async function prefetchSelection(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  ids: readonly string[],
): Promise<void> {
  const { store, loaders, limits } = ctx;
  if (!store.prefetch || ids.length === 0) return;
  const steps = plannedSteps(info);
  // Nothing below the node itself: the node loader's one statement is the whole request.
  if (steps.length === 0) return;
  const result = await store.prefetch({ ids, steps, maxReads: limits.maxReads, signal: ctx.signal });
  loaders.chargeReads(result.reads);
  const found = new Map<string, StoredNode>();
  for (const node of result.nodes) {
    loaders.nodes.prime(node.id, node);
    found.set(node.id, node);
  }
  for (const id of ids) if (!found.has(id)) loaders.nodes.prime(id, null);
  for (const entry of result.edges) {
    loaders.edges.prime(
      { nodeId: entry.nodeId, direction: entry.direction, types: [entry.type] },
      entry.relationships,
    );
  }
  rememberReached(loaders, result.reached ?? [], found);
  rememberNeighbours(loaders, result.neighbours ?? []);
}

/** The loaders a field's resolver reads through when its walk's answer is not edge lists. */
function loadersFor(loaders: RequestLoaders, nodeId: string, walk: PrefetchWalk): RequestLoaders | null {
  if (walk.endsOnly === true) return loadersWithNeighbours(loaders, walk);
  return loadersAnswering(loaders, nodeId, walk);
}

/**
 * Fields whose walk a labelled prefetch answers (coverage.ts: a place's projects,
 * enterprises …) resolve as before, through loaders that hold the nodes the walk reached
 * (reached-below.ts), so their order, filters and cuts stay the resolvers' own. Likewise
 * the fields of endsOnly walks (the places above a node), through loaders that hold the
 * distinct other ends of each node the walk passed (walked-ends.ts).
 */
function answerLabelledWalks(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !isNodeLabel(type.name)) continue;
    const label = type.name;
    for (const field of Object.values(type.getFields())) {
      const planned = coveredWalk(label, field.name, {});
      if (planned?.label === undefined && planned?.endsOnly !== true) continue;
      const inner = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<
        StoredNode,
        RequestContext
      >;
      const name = field.name;
      field.resolve = (source: StoredNode, args: Record<string, unknown>, ctx, info) => {
        const walk = coveredWalk(label, name, args);
        const loaders = walk ? loadersFor(ctx.loaders, source.id, walk) : null;
        return inner(source, args, loaders ? { ...ctx, loaders } : ctx, info);
      };
    }
  }
}

/**
 * Compiles the reads of `node` and `nodes` on stores that can prefetch (Neo4j): the field
 * and its nested selection become one statement instead of one per level. Listings
 * (towns, pages, search) keep their one statement and add one for their nested walks.
 */
export function compileReads(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const [name, idsOf] of Object.entries(ROOTS)) {
    const field = fields[name];
    if (!field) continue;
    const inner = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, RequestContext>;
    field.resolve = async (source, args: Record<string, unknown>, ctx, info) => {
      shapeNodeReads(ctx, info);
      const ids = idsOf(args);
      // More ids than `nodes` takes: its resolver refuses them, nothing to read ahead.
      if (ids.length <= ctx.limits.maxPageSize) await prefetchSelection(ctx, info, ids);
      return inner(source, args, ctx, info);
    };
  }
  answerLabelledWalks(schema);
  for (const name of SHAPED_ONLY) {
    const field = fields[name];
    if (!field) continue;
    const inner = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, RequestContext>;
    field.resolve = (source, args: Record<string, unknown>, ctx, info) => {
      shapeNodeReads(ctx, info);
      return inner(source, args, ctx, info);
    };
  }
  for (const [name, field] of Object.entries(fields)) {
    if (name in ROOTS || !listsNodes(field)) continue;
    const inner = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, RequestContext>;
    field.resolve = async (source, args: Record<string, unknown>, ctx, info) => {
      shapeNodeReads(ctx, info);
      const value: unknown = await inner(source, args, ctx, info);
      if (!ctx.store.prefetch) return value;
      await prefetchSelection(
        ctx,
        info,
        nodesIn(value).map((node) => node.id),
      );
      return value;
    };
  }
  return schema;
}
