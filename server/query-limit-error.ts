import { TowngraphError } from '../schema/errors';

/** Stable codes of queries refused for their shape, before any resolver runs. */
export type QueryLimitCode =
  'QUERY_TOO_DEEP' | 'QUERY_TOO_COSTLY' | 'TOO_MANY_ALIASES' | 'TOO_MANY_TOKENS' | 'TOO_MANY_DIRECTIVES';

/** A query refused by a graphql-armor limit. */
export class QueryLimitError extends TowngraphError {
  constructor(code: QueryLimitCode, message: string, details?: Record<string, unknown>) {
    super(message, { code, status: 400, details });
  }
}
