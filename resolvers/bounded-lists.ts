import {
  defaultFieldResolver,
  getNullableType,
  isListType,
  isObjectType,
  responsePathAsArray,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { BadRequestError } from '../schema/errors';
import type { RequestContext, ResolverLimits } from './context';
import { MAX_METRICS } from './outcomes';

/** Fields whose `first` goes to the store itself (it asks for no more than that). */
const SELF_LIMITED = new Set(['Query.search', 'Query.trace']);

/** Lists whose largest `first` is not the page limit. */
const LARGEST_FIRST: Partial<Record<string, (limits: ResolverLimits) => number>> = {
  'Query.towns': (limits) => limits.maxListedPlaces,
  'Stats.places': (limits) => limits.maxListedPlaces,
  // The metric vocabulary is a fixed data file: one answer may hold all of it.
  'Query.metrics': () => MAX_METRICS,
};

/** The `first` a list field allows at most. */
export function largestFirst(coordinate: string, limits: ResolverLimits): number {
  return LARGEST_FIRST[coordinate]?.(limits) ?? limits.maxPageSize;
}

/**
 * How many items a resolver that can stop early should fetch: one past `first`, so that
 * the list bound sees there were more and reports the cut (and never more than the
 * places limit, whatever `first` says: the bound refuses such a `first` anyway).
 */
export function firstPlusOne(args: { first?: number | null }, limits: ResolverLimits): number {
  return Math.min(args.first ?? limits.defaultListSize, limits.maxListedPlaces) + 1;
}

/** Whether a field is a list cut at its `first` by boundLists. */
function isBoundedList(coordinate: string, field: GraphQLField<unknown, unknown>): boolean {
  return (
    !SELF_LIMITED.has(coordinate) &&
    isListType(getNullableType(field.type)) &&
    field.args.some((arg) => arg.name === 'first')
  );
}

/**
 * Cuts every list field that has a `first` argument at `first` (the server's list size
 * when absent), and names each cut list in the request's `truncated`. Resolvers can then
 * return whole lists, and a field added later is bounded by declaring `first` in its SDL.
 */
export function boundLists(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (!isBoundedList(coordinate, field)) continue;
      const inner = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, RequestContext>;
      field.resolve = async (source, args: { first?: number | null }, ctx, info) => {
        const first = args.first ?? ctx.limits.defaultListSize;
        const largest = largestFirst(coordinate, ctx.limits);
        if (!Number.isInteger(first) || first < 0 || first > largest) {
          throw new BadRequestError(`first must be between 0 and ${largest}, got ${first}`);
        }
        const value: unknown = await inner(source, args, ctx, info);
        if (!Array.isArray(value) || value.length <= first) return value;
        ctx.truncated.push(responsePathAsArray(info.path).join('.'));
        return value.slice(0, first);
      };
    }
  }
  return schema;
}
