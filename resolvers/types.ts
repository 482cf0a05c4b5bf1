import type { Resolvers } from './generated/resolver-types';

/**
 * Resolvers of a group of types, typed from the SDL by GraphQL Code Generator
 * (resolvers/generated): parents, arguments and results are checked against the schema.
 */
export type ResolverMap = Resolvers;

/** Arguments of fields that take none. */
export type NoArgs = Record<string, never>;

/**
 * Arguments a resolver does not read itself: none, or `first`, which boundLists applies to
 * every list that declares it.
 */
export type UnreadArgs = unknown;
