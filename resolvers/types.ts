import type { GraphQLScalarType } from 'graphql';
import type { RequestContext } from './context';

/**
 * A field resolver. Parents and arguments are typed by each resolver; `never` here lets
 * any such resolver stand in a map without casting.
 */
export type FieldResolver = (parent: never, args: never, ctx: RequestContext) => unknown;

/** The resolvers of one GraphQL type. */
export type TypeResolvers = Record<string, FieldResolver>;

/** Resolvers of a group of types, as makeExecutableSchema takes them. */
export type ResolverMap = Record<string, TypeResolvers | GraphQLScalarType>;

/** Arguments of fields that take none. */
export type NoArgs = Record<string, never>;
