/** The endpoint the page talks to: the public GraphQL API of the same server. */
export const GRAPHQL_PATH = '/graphql';

/** A failure the page shows to the user: the API's own messages, or what went wrong on the way. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface RequestOptions {
  query: string;
  variables?: Record<string, unknown>;
  signal?: AbortSignal;
}

/** Posts one operation; any GraphQL error fails the whole call, since the page shows nothing partial. */
export async function requestGraphQL<T>(options: RequestOptions): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: options.query, variables: options.variables ?? {} }),
      signal: options.signal,
    });
  } catch (error) {
    throw new ApiError(
      `The API could not be reached: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`The API answered ${response.status} without a GraphQL response`);
  }
  if (body.errors && body.errors.length > 0) {
    const messages = body.errors.map((e) =>
      e.extensions?.code ? `${e.message} (${e.extensions.code})` : e.message,
    );
    throw new ApiError(messages.join('; '));
  }
  if (!response.ok || body.data == null)
    throw new ApiError(`The API answered ${response.status} with no data`);
  return body.data;
}
