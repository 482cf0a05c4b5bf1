import type { BenchQuery, QueryContext } from '../api-queries';

/**
 * The bench's queries in the closest shape `@neo4j/graphql`'s generated schema allows,
 * under the same names as towngraph's (bench/api-queries.ts):
 * - a node by id is a filtered list (`places(where: { id: { eq } })`), as the library
 *   has no Relay `node` field without `@relayId`, which would change the ids;
 * - listings are `…Connection` fields sorted by name then id, towngraph's default order;
 * - search is the full-text query `@fulltext` generates over the same index
 *   (towngraph's store sends the text as a quoted phrase; so does this);
 * - trace has no counterpart: the generated schema has no path query, and a `@cypher`
 *   field would only run towngraph's own statement.
 */
export function peerQueries(context: QueryContext): BenchQuery[] {
  return [
    { name: 'trivial { __typename }', query: '{ __typename }' },
    {
      name: 'a town with its projects',
      query: /* GraphQL */ `
        query Town($id: ID!) {
          places(where: { id: { eq: $id } }) {
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
      `,
      variables: { id: context.townA },
    },
    {
      name: 'search',
      query: /* GraphQL */ `
        query Search($phrase: String!) {
          searchNames(phrase: $phrase, first: 10, sort: [{ score: DESC }]) {
            edges {
              score
              node {
                id
                name
                kind
              }
            }
          }
        }
      `,
      variables: { phrase: `"${context.searchText}"` },
    },
    {
      name: 'a page of projects',
      query: /* GraphQL */ `
        {
          projectsConnection(first: 20, sort: [{ name: ASC }, { id: ASC }]) {
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
          targetsConnection(where: { year: { eq: $year } }, first: 20, sort: [{ name: ASC }, { id: ASC }]) {
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
