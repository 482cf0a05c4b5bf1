import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { largestFirst } from '../resolvers/bounded-lists';
import type { ServerLimits } from './config';
import { COST_ARGUMENTS, createCostCache } from './cost-cache';
import { QueryLimitError } from './query-limit-error';

type Args = Record<string, unknown>;

/**
 * The arguments the cost may read: only COST_ARGUMENTS, so that the cost cache
 * (server/cost-cache.ts) knows which variables can change it. A cost that reads another
 * argument adds it there.
 */
function costArguments(args: Args): Args {
  const kept: Args = {};
  for (const name of COST_ARGUMENTS) if (name in args) kept[name] = args[name];
  return kept;
}

/** Integer argument, or the fallback when absent (or not a number, which validation refuses anyway). */
function intArg(args: Args, name: string, fallback: number): number {
  const value = args[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/**
 * Fixed costs of the fields that walk the graph, on top of what their selections cost:
 * roughly the store work each does beyond the nodes it returns. A new expensive field
 * adds its entry here.
 */
export const FIELD_COSTS: Record<string, (args: Args, limits: ServerLimits) => number> = {
  'Query.search': () => 50,
  // Arguments past their limits are clamped: the resolver refuses them with a clearer BAD_REQUEST.
  'Query.trace': (args, limits) => 50 * Math.min(intArg(args, 'maxHops', 4), limits.maxHops) ** 2,
  'Query.neighbourhood': (args, limits) =>
    100 * (Math.min(intArg(args, 'depth', 1), limits.maxNeighbourhoodDepth) + 1),
  'Query.shared': () => 2000,
  'Query.stats': () => 10,
  'PlaceStats.counts': () => 20,
  'Query.cypher': () => 1000,
  'Place.projects': () => 5,
  'Place.zones': () => 5,
};

/**
 * Root fields that answer one object whose list holds `first` items: the root field's
 * `first` multiplies what is selected under it, and the list itself counts once.
 */
const PAGED_OBJECTS: Record<string, string> = {
  'Query.townLinks': 'TownLinks.links',
  'Query.projectLinks': 'ProjectLinks.links',
  'Query.compareTowns': 'TownComparison.rows',
};
const PAGED_OBJECT_LISTS = new Set(Object.values(PAGED_OBJECTS));

/** How many items a list without `first` holds at most. */
function fixedListSize(coordinate: string, args: Args, limits: ServerLimits): number {
  if (PAGED_OBJECT_LISTS.has(coordinate)) return 1;
  switch (coordinate) {
    case 'Query.nodes':
      return Array.isArray(args.ids) ? args.ids.length : limits.maxPageSize;
    case 'Place.ancestors':
      return 8;
    case 'Path.nodes':
      return limits.maxHops + 1;
    case 'Path.relationships':
      return limits.maxHops;
    case 'Neighbourhood.nodes':
      return limits.maxNeighbourhoodNodes;
    case 'Neighbourhood.relationships':
      return limits.maxNeighbourhoodRelationships;
    case 'Stats.kinds':
    case 'PlaceStats.counts':
      return 11;
    default:
      return limits.maxPageSize;
  }
}

function isConnection(type: GraphQLNamedType): boolean {
  return type.name.endsWith('Connection');
}

/** How many times a field's selection is answered. */
function multiplier(
  coordinate: string,
  field: GraphQLField<unknown, unknown>,
  args: Args,
  limits: ServerLimits,
) {
  const named = getNamedType(field.type);
  const hasFirst = field.args.some((arg) => arg.name === 'first');
  if (isConnection(named)) return pageSize(args, limits);
  if (coordinate in PAGED_OBJECTS) {
    // Past the page limit the resolver refuses the request (BAD_REQUEST) before any work.
    const first = intArg(args, 'first', limits.defaultListSize);
    return first > limits.maxPageSize ? 1 : first;
  }
  if (!isListType(getNullableType(field.type))) return 1;
  if (!hasFirst) return fixedListSize(coordinate, args, limits);
  // search and trace have SDL defaults, which the args here already hold.
  return Math.min(intArg(args, 'first', limits.defaultListSize), largestFirst(coordinate, limits));
}

/** A connection's page size, clamped like a list's. */
function pageSize(args: Args, limits: ServerLimits): number {
  return Math.min(intArg(args, 'first', limits.defaultPageSize), limits.maxPageSize);
}

/**
 * The cost of one field: an object costs 1, a scalar 0, a list or connection its
 * selection times `first` (variables included, its default when absent), plus the
 * fixed cost of the fields that walk. Items of a connection's `edges` count once, since
 * the connection already multiplied them.
 */
export function costEstimator(limits: ServerLimits) {
  return ({ type, field, args: allArgs, childComplexity }: ComplexityEstimatorArgs): number => {
    if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
    const args = costArguments(allArgs);
    const coordinate = `${type.name}.${field.name}`;
    const fixed = FIELD_COSTS[coordinate]?.(args, limits) ?? 0;
    const own = isLeafType(getNamedType(field.type)) ? 0 : 1;
    if (isConnection(type) && field.name === 'edges') return own + childComplexity;
    const times = multiplier(coordinate, field, args, limits);
    // A connection object is one object whose edges repeat; a list repeats its items.
    if (isConnection(getNamedType(field.type))) return fixed + own + times * childComplexity;
    return fixed + times * (own + childComplexity);
  };
}

/** The cost of one operation of `document`, its variables known. */
function countCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: Record<string, unknown>;
  operationName?: string;
  estimator: ReturnType<typeof costEstimator>;
}): number {
  try {
    return getComplexity({
      schema: options.schema,
      query: options.document,
      variables: options.variables,
      operationName: options.operationName,
      estimators: [options.estimator],
      maxQueryNodes: 20_000,
    });
  } catch (error) {
    if (error instanceof Error && /query nodes/i.test(error.message)) return Infinity;
    throw error;
  }
}

/**
 * Refuses operations costing more than the limit, once their variables are known (so a
 * `first: $n` counts as what $n is), before any resolver runs. A repeated operation is
 * counted once per values of the variables that can change its cost (server/cost-cache.ts).
 */
export function useCostLimit(limits: ServerLimits): Plugin {
  const estimator = costEstimator(limits);
  // One cache per schema: a cost is the schema's as much as the document's.
  const caches = new WeakMap<GraphQLSchema, ReturnType<typeof createCostCache>>();
  const cacheFor = (schema: GraphQLSchema) => {
    let cache = caches.get(schema);
    if (!cache) {
      cache = createCostCache((document, variables, operationName) =>
        countCost({ schema, document, variables, operationName, estimator }),
      );
      caches.set(schema, cache);
    }
    return cache;
  };
  return {
    onExecute({ args }) {
      let cost: number;
      try {
        cost = cacheFor(args.schema)(
          args.document,
          (args.variableValues ?? {}) as Record<string, unknown>,
          args.operationName ?? undefined,
        );
      } catch {
        // Variables that do not fit their types are reported by execution itself.
        return;
      }
      if (cost > limits.maxCost) {
        throw new QueryLimitError(
          'QUERY_TOO_COSTLY',
          `query cost ${Number.isFinite(cost) ? Math.ceil(cost) : 'beyond counting'} exceeds the limit of ${limits.maxCost}`,
          { cost: Number.isFinite(cost) ? Math.ceil(cost) : null, limit: limits.maxCost },
        );
      }
    },
  };
}
