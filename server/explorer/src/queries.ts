/**
 * The GraphQL operations the page sends. Every one uses only the public schema
 * (schema/*.graphql); fragments keep the shapes in step with types.ts.
 */

const REF = /* GraphQL */ `
  fragment Ref on Node {
    __typename
    id
    ... on Entity { name }
    ... on Document { title }
  }
`;

const PROVENANCE = /* GraphQL */ `
  fragment Prov on Provenance {
    document { id title }
    documentId
    sentence
    start
    end
    rule
    confidence
  }
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query ExplorerSearch($text: String!, $kinds: [NodeKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) {
      score
      node { ...Ref ... on Entity { aliases } }
    }
  }
  ${REF}
`;

/** Type-specific fields of the card: what each kind links to, and its own properties. */
export const ENTITY_QUERY = /* GraphQL */ `
  query ExplorerEntity($id: ID!) {
    node(id: $id) {
      ...Ref
      ... on Entity {
        aliases
        provenance { ...Prov }
        relationships { id type role from { ...Ref } to { ...Ref } provenance { ...Prov } }
      }
      ... on Place {
        kind code
        ancestors { ...Ref }
        projects { ...Ref }
        zones { ...Ref }
        enterpriseConnection: enterprises(first: 100) { edges { node { ...Ref } } }
        institutionConnection: institutions(first: 100) { edges { node { ...Ref } } }
        programmes { ...Ref }
        industries { ...Ref }
        people { ...Ref }
        targets { ...Ref metric value valueMax unit year qualifier }
      }
      ... on Zone { places { ...Ref } projects { ...Ref } enterprises { ...Ref } industries { ...Ref } }
      ... on Industry { places { ...Ref } zones { ...Ref } }
      ... on Project {
        status investment
        place { ...Ref } zone { ...Ref } enterprises { ...Ref } programmes { ...Ref }
        targets { ...Ref metric value valueMax unit year qualifier }
      }
      ... on Enterprise { place { ...Ref } zone { ...Ref } projects { ...Ref } partners { ...Ref } indicators { ...Ref } }
      ... on Institution { place { ...Ref } partners { ...Ref } }
      ... on Programme { level places { ...Ref } projects { ...Ref } parents { ...Ref } parts { ...Ref }
        targets { ...Ref metric value valueMax unit year qualifier }
      }
      ... on Person { role places { ...Ref } }
      ... on Target { metric value valueMax unit year qualifier hard change text subject { ...Ref } }
      ... on Indicator { metric value unit year change text subject { ...Ref } }
    }
  }
  ${REF}
  ${PROVENANCE}
`;

export const NEIGHBOURHOOD_QUERY = /* GraphQL */ `
  query ExplorerNeighbourhood($id: ID!, $depth: Int!) {
    neighbourhood(id: $id, depth: $depth) {
      nodes { ...Ref }
      relationships { id type from { id } to { id } }
    }
  }
  ${REF}
`;

export const TRACE_QUERY = /* GraphQL */ `
  query ExplorerTrace($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) {
    trace(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      length
      nodes { ...Ref }
      relationships {
        id type from { id } to { id }
        provenance { sentence document { id title } }
      }
    }
  }
  ${REF}
`;

export const TOWNS_QUERY = /* GraphQL */ `
  query ExplorerTowns {
    towns { id name district { name } }
  }
`;
