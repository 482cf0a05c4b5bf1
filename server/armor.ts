import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { QueryLimits } from './config';
import { QueryLimitError, type QueryLimitCode } from './query-limit-error';

/**
 * graphql-armor throws plain "Syntax Error" GraphQLErrors; rethrowing each rejection as a
 * QueryLimitError gives clients a stable code to act on.
 */
function rejectWith(code: QueryLimitCode) {
  return {
    propagateOnRejection: true,
    onReject: [
      (_context: unknown, error: GraphQLError) => {
        throw new QueryLimitError(code, error.message.replace(/^Syntax Error: /, ''));
      },
    ],
  };
}

/** Depth, alias, token and directive limits, and no field suggestions in errors. */
export function useQueryLimits(limits: QueryLimits): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ...rejectWith('QUERY_TOO_DEEP') },
    // Cost is counted by server/cost.ts once variables are known; armor's counts `first: $n` as 1.
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases, ...rejectWith('TOO_MANY_ALIASES') },
    maxTokens: { n: limits.maxTokens, ...rejectWith('TOO_MANY_TOKENS') },
    maxDirectives: { n: limits.maxDirectives, ...rejectWith('TOO_MANY_DIRECTIVES') },
    blockFieldSuggestion: { enabled: true },
  }) as Plugin;
}
