import { timingSafeEqual } from 'node:crypto';
import { MutationsDisabledError, UnauthenticatedError } from '../schema/errors';
import type { RequestAuth } from './context';

/**
 * Mutations and analyst Cypher need the server's bearer token. Without a configured token
 * they are off altogether, so an unprotected server can never be written to.
 */
export function requireToken(auth: RequestAuth): void {
  if (auth.expectedToken === null || auth.expectedToken === '') throw new MutationsDisabledError();
  if (auth.bearerToken === null)
    throw new UnauthenticatedError('this operation needs Authorization: Bearer <token>');
  const expected = Buffer.from(auth.expectedToken, 'utf8');
  const given = Buffer.from(auth.bearerToken, 'utf8');
  // Constant-time comparison, so response timing does not reveal how much of a guess matched.
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new UnauthenticatedError('the bearer token is not valid');
  }
}

/** The token of an `Authorization: Bearer <token>` header, null when there is none. */
export function bearerTokenOf(header: string | null): string | null {
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}
