import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * graphql-js reports variables that do not fit their types without a code; every error
 * a client sees carries one, so such request errors get BAD_REQUEST.
 */
export function useRequestErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const single = result as ExecutionResult;
          if (!single.errors?.some((error) => error.extensions?.code === undefined)) return;
          setResult({
            ...single,
            errors: single.errors.map((error) =>
              error.extensions?.code === undefined
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
