import {
  defaultFieldResolver,
  getNamedType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { RequestContext } from '../context';
import { planSelection } from './plan-selection';

/** Root fields that fetch nodes by id: their whole selection compiles into one prefetch. */
const ROOTS: Record<string, (args: Record<string, unknown>) => readonly string[]> = {
  node: (args) => [String(args.id)],
  nodes: (args) => (Array.isArray(args.ids) ? args.ids.map(String) : []),
};

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
  if (!store.prefetch || ids.length === 0 || ids.length > limits.maxPageSize) return;
  const steps = planSelection({
    schema: info.schema,
    fragments: info.fragments,
    variables: info.variableValues,
    type: getNamedType(info.returnType),
    selections: selectionsOf(info),
  });
  // Nothing below the node itself: the node loader's one statement is the whole request.
  if (steps.length === 0) return;
  const result = await store.prefetch({ ids, steps, maxReads: limits.maxReads, signal: ctx.signal });
  loaders.chargeReads(result.reads);
  const found = new Set<string>();
  for (const node of result.nodes) {
    loaders.nodes.prime(node.id, node);
    found.add(node.id);
  }
  for (const id of ids) if (!found.has(id)) loaders.nodes.prime(id, null);
  for (const entry of result.edges) {
    loaders.edges.prime(
      { nodeId: entry.nodeId, direction: entry.direction, types: [entry.type] },
      entry.relationships,
    );
  }
}

/**
 * Compiles the reads of `node` and `nodes` on stores that can prefetch (Neo4j): the field
 * and its nested selection become one statement instead of one per level.
 */
export function compileReads(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const [name, idsOf] of Object.entries(ROOTS)) {
    const field = fields[name];
    if (!field) continue;
    const inner = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, RequestContext>;
    field.resolve = async (source, args: Record<string, unknown>, ctx, info) => {
      await prefetchSelection(ctx, info, idsOf(args));
      return inner(source, args, ctx, info);
    };
  }
  return schema;
}
