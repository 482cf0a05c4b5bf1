import type { GraphStore } from '../store/graph-store';

/**
 * The queries of the API benchmark: five that planners and frontends send all the time,
 * and `{ __typename }`, which measures the server's own floor.
 */
export interface BenchQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface QueryContext {
  townA: string;
  townB: string;
  searchText: string;
  year: number;
}

/** The two first towns by name, a search text from the first, and the corpus's main year. */
export async function queryContext(store: GraphStore): Promise<QueryContext> {
  const towns = await store.findNodes({
    filter: { label: 'Place', properties: { kind: 'TOWN' } },
    sort: [{ field: 'name', direction: 'ASC' }],
    limit: 2,
  });
  const [a, b] = towns.nodes;
  if (!a || !b) throw new Error('the corpus loaded fewer than two towns');
  return { townA: a.id, townB: b.id, searchText: a.name.slice(0, 2), year: 2022 };
}

export function benchQueries(context: QueryContext): BenchQuery[] {
  return [
    { name: 'trivial { __typename }', query: '{ __typename }' },
    {
      name: 'a town with its projects',
      query: /* GraphQL */ `
        query Town($id: ID!) {
          node(id: $id) {
            ... on Place {
              name
              district {
                name
              }
              city {
                name
              }
              projects {
                name
                status
              }
            }
          }
        }
      `,
      variables: { id: context.townA },
    },
    {
      name: 'search',
      query: /* GraphQL */ `
        query Search($text: String!) {
          search(text: $text, first: 10) {
            score
            node {
              id
              ... on Place {
                name
                kind
              }
            }
          }
        }
      `,
      variables: { text: context.searchText },
    },
    {
      name: 'trace between two towns',
      query: /* GraphQL */ `
        query Trace($a: ID!, $b: ID!) {
          trace(from: $a, to: $b, maxHops: 4, first: 3) {
            nodes {
              id
            }
            relationships {
              type
            }
          }
        }
      `,
      variables: { a: context.townA, b: context.townB },
    },
    {
      name: 'a page of projects',
      query: /* GraphQL */ `
        {
          projects(first: 20) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              cursor
              node {
                name
                status
              }
            }
          }
        }
      `,
    },
    {
      name: 'targets of a year',
      query: /* GraphQL */ `
        query Targets($year: Int!) {
          targets(filter: { year: $year }, first: 20) {
            totalCount
            edges {
              node {
                metric
                value
                unit
                year
              }
            }
          }
        }
      `,
      variables: { year: context.year },
    },
  ];
}
