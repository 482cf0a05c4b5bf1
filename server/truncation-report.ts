import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestContext } from '../resolvers';

/**
 * Names the lists cut at their `first` in the response's `extensions.truncated`, so a
 * client can tell a short list from a cut one without asking for counts.
 */
export function useTruncationReport(): Plugin<RequestContext> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          const { truncated } = args.contextValue as RequestContext;
          if (truncated.length === 0 || Symbol.asyncIterator in result) return;
          const single = result as ExecutionResult;
          setResult({ ...single, extensions: { ...single.extensions, truncated: [...truncated] } });
        },
      };
    },
  };
}
