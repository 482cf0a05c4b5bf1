import { GraphQLError } from 'graphql';

/**
 * Errors meant for users. Each subclass has a stable `extensions.code` and an HTTP status;
 * any other error reaching the server is masked and logged in full.
 */
export class TowngraphError extends GraphQLError {
  readonly code: string;
  readonly status: number;

  constructor(message: string, options: { code: string; status: number; details?: Record<string, unknown> }) {
    super(message, {
      extensions: { code: options.code, http: { status: options.status }, ...options.details },
    });
    this.name = new.target.name;
    this.code = options.code;
    this.status = options.status;
  }
}

/** A document that cannot be read: empty, binary, too large, undecodable. Names the document. */
export class DocumentError extends TowngraphError {
  readonly document: string;
  constructor(document: string, problem: string) {
    super(`${document}: ${problem}`, { code: 'BAD_DOCUMENT', status: 400, details: { document } });
    this.document = document;
  }
}

export class NotFoundError extends TowngraphError {
  constructor(what: string) {
    super(`${what} not found`, { code: 'NOT_FOUND', status: 404 });
  }
}

export class BadRequestError extends TowngraphError {
  constructor(message: string) {
    super(message, { code: 'BAD_REQUEST', status: 400 });
  }
}

export class UnauthenticatedError extends TowngraphError {
  constructor(message = 'a valid bearer token is required') {
    super(message, { code: 'UNAUTHENTICATED', status: 401 });
  }
}

export class MutationsDisabledError extends TowngraphError {
  constructor() {
    super('mutations are disabled: no token is configured (set TOWNGRAPH_TOKEN)', {
      code: 'MUTATIONS_DISABLED',
      status: 403,
    });
  }
}

export class NeedsNeo4jError extends TowngraphError {
  constructor(feature: string) {
    super(`${feature} needs Neo4j: set NEO4J_URI to use it`, { code: 'NEEDS_NEO4J', status: 501 });
  }
}

export class CypherError extends TowngraphError {
  constructor(message: string, code: 'CYPHER_WRITE_REFUSED' | 'CYPHER_INVALID' | 'CYPHER_TIMEOUT') {
    super(message, { code, status: code === 'CYPHER_WRITE_REFUSED' ? 403 : 400 });
  }
}

/** A state that cannot happen unless towngraph itself has a bug. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`invariant violated: ${message}`);
}

/** A request that ran past its deadline (or whose client went away); its work was stopped. */
export class TimeoutError extends TowngraphError {
  constructor(message: string) {
    super(message, { code: 'TIMEOUT', status: 504 });
  }
}

/** A request that would read more of the graph than one request may. */
export class WorkLimitError extends TowngraphError {
  constructor(message: string) {
    super(message, { code: 'WORK_LIMIT', status: 400 });
  }
}
