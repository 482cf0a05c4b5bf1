import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * graphql-js reports variables that do not fit their types without a code; every error
 * a client sees carries one, so such request errors get BAD_REQUEST. Only errors without
 * a path: one with a path came from a field, and is masked or coded where it arose.
 */
export function useRequestErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const single = result as ExecutionResult;
          const uncoded = (error: GraphQLError) => error.extensions?.code === undefined && !error.path;
          if (!single.errors?.some(uncoded)) return;
          setResult({
            ...single,
            errors: single.errors.map((error) =>
              uncoded(error)
                ? new GraphQLError(error.message, {
                    nodes: error.nodes,
                    path: error.path,
                    originalError: error.originalError,
                    extensions: { ...error.extensions, code: 'BAD_REQUEST' },
                  })
                : error,
            ),
          });
        },
      };
    },
  };
}
