import { BadRequestError } from '../schema/errors';
import type { CypherResult } from '../store/graph-store';
import { requireToken } from './authorise';
import type { RequestContext } from './context';
import type { ResolverMap } from './types';

interface CypherArgs {
  query: string;
  parameters?: unknown;
  limit?: number | null;
}

/** Analyst Cypher: read-only, bounded in rows and time, behind the mutation token. */
async function cypher(_root: unknown, args: CypherArgs, ctx: RequestContext): Promise<CypherResult> {
  requireToken(ctx.auth);
  const limit = args.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > ctx.limits.cypherMaxRows) {
    throw new BadRequestError(`limit must be between 1 and ${ctx.limits.cypherMaxRows}, got ${limit}`);
  }
  const { parameters } = args;
  if (parameters != null && (typeof parameters !== 'object' || Array.isArray(parameters))) {
    throw new BadRequestError('Cypher parameters must be a JSON object');
  }
  return ctx.store.runReadCypher({
    query: args.query,
    parameters: (parameters ?? {}) as Record<string, unknown>,
    timeoutMs: ctx.limits.cypherTimeoutMs,
    maxRows: limit,
  });
}

export const cypherResolvers: ResolverMap = { Query: { cypher } };
