import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestContext } from '../resolvers';

/**
 * Names the lists cut at their `first` in the response's `extensions.truncated`, so a
 * client can tell a short list from a cut one without asking for counts. They are named
 * in one stable order, paths sorted segment by segment with list indexes as numbers, not
 * in the order their resolvers finished, which depends on the store and its prefetch.
 */
export function useTruncationReport(): Plugin<RequestContext> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          const { truncated } = args.contextValue as RequestContext;
          if (truncated.length === 0 || Symbol.asyncIterator in result) return;
          const single = result as ExecutionResult;
          setResult({
            ...single,
            extensions: { ...single.extensions, truncated: [...truncated].sort(byResponseOrder) },
          });
        },
      };
    },
  };
}

/** Paths compared segment by segment, list indexes as numbers: `a.2.b` before `a.10`. */
function byResponseOrder(left: string, right: string): number {
  const a = left.split('.');
  const b = right.split('.');
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    return numeric ? Number(x) - Number(y) : x < y ? -1 : 1;
  }
  return a.length - b.length;
}
