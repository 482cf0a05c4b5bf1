import { BadRequestError } from '../schema/errors';
import type { CypherResult } from '../store/graph-store';
import { remainingMs } from '../store/deadline';
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
  const result = await ctx.store.runReadCypher({
    query: args.query,
    parameters: (parameters ?? {}) as Record<string, unknown>,
    // The request's own deadline ends the transaction too, when it comes first.
    timeoutMs: Math.max(1, Math.min(ctx.limits.cypherTimeoutMs, remainingMs(ctx.signal) ?? Infinity)),
    maxRows: limit,
  });
  return capBytes(result, ctx.limits.cypherMaxBytes);
}

/**
 * Rows up to the byte limit: a row count does not bound an answer, since one row of
 * `collect(n)` can hold the whole graph. A row that does not fit ends the answer there.
 */
export function capBytes(result: CypherResult, maxBytes: number): CypherResult {
  let bytes = 0;
  for (let i = 0; i < result.rows.length; i += 1) {
    bytes += Buffer.byteLength(JSON.stringify(result.rows[i]) ?? 'null', 'utf8') + 1;
    if (bytes > maxBytes) return { ...result, rows: result.rows.slice(0, i), truncated: true };
  }
  return result;
}

export const cypherResolvers: ResolverMap = { Query: { cypher } };
