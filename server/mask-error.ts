import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { TowngraphError } from '../schema/errors';

/**
 * What a client may see of an error. TowngraphErrors (meant for users) pass with their
 * code; errors graphql itself raises about the request (syntax, validation, variables)
 * pass too; anything else is a bug or an outage: logged in full, shown as a bare
 * INTERNAL_SERVER_ERROR.
 */
export function createMaskError(logger: Logger): (error: unknown, message: string) => Error {
  return (error, message) => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original instanceof TowngraphError || error instanceof TowngraphError) return error as Error;
    if (error instanceof GraphQLError && (original === undefined || original instanceof GraphQLError))
      return error;
    logger.error(
      { err: original ?? error, path: error instanceof GraphQLError ? error.path : undefined },
      'unexpected error while answering a GraphQL request',
    );
    return new GraphQLError(message, {
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  };
}
