/**
 * Operations of the links and comparison panels (schema/links.graphql). Kept apart from
 * queries.ts so that each panel's questions sit in one place; validated against the SDL
 * and the server's limits with the others.
 */

const EVIDENCE = `evidence(first: 10) {
  kind entity { __typename id name } documents { id title }
  relationships(first: 4) { type provenance { sentence document { title } } }
}`;

export const TOWN_LINKS_QUERY = /* GraphQL */ `
  query ExplorerTownLinks($town: ID!, $first: Int!) {
    townLinks(town: $town, first: $first) {
      totalCount
      truncated
      links { town { __typename id name } strength documentCount ${EVIDENCE} }
    }
  }
`;

export const PROJECT_LINKS_QUERY = /* GraphQL */ `
  query ExplorerProjectLinks($project: ID!, $first: Int!) {
    projectLinks(project: $project, first: $first) {
      totalCount
      truncated
      links { project { __typename id name } towns { __typename id name } strength ${EVIDENCE} }
    }
  }
`;

export const COMPARE_TOWNS_QUERY = /* GraphQL */ `
  query ExplorerCompareTowns($under: ID!, $year: Int, $first: Int!) {
    compareTowns(under: $under, year: $year, first: $first) {
      totalCount
      truncated
      year
      place {
        id
        name
      }
      rows {
        town {
          id
          name
        }
        projects
        enterprises
        programmes
        investment
        investedProjects
        targets
        indicators
      }
    }
  }
`;

/** Districts and cities to compare the towns of: the places above the towns. */
export const COMPARE_PLACES_QUERY = /* GraphQL */ `
  query ExplorerComparePlaces {
    towns {
      id
      district {
        id
        name
      }
      city {
        id
        name
      }
    }
  }
`;
