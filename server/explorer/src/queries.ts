/**
 * The GraphQL operations the page sends, using only the public schema (schema/*.graphql);
 * their answers have the shapes of types.ts. Selections are written out inline rather
 * than as named fragments: the server's cost limit (graphql-armor) charges each fragment
 * as one more level of depth, and the card's queries went far over it with fragments.
 */

/** Name a node of any type: entities have a name, documents a title. */
const REF = '__typename id ... on Entity { name } ... on Document { title }';

/** Name a node typed as an entity (or a concrete entity type). */
const ENTITY_REF = '__typename id name';

const PROVENANCE = 'document { id title } documentId sentence start end rule confidence';

export const SEARCH_QUERY = /* GraphQL */ `
  query ExplorerSearch($text: String!, $kinds: [NodeKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) {
      score
      node { ${REF} ... on Entity { aliases } }
    }
  }
`;

/** The fields every entity's card shows: names, relationships and the sentences it comes from. */
export const ENTITY_QUERY = /* GraphQL */ `
  query ExplorerEntity($id: ID!) {
    node(id: $id) {
      ${REF}
      ... on Entity {
        aliases
        provenance { ${PROVENANCE} }
        relationships { id type role from { ${REF} } to { ${REF} } provenance { ${PROVENANCE} } }
      }
    }
  }
`;

const TARGET_ROW = `targets { ${ENTITY_REF} metric value valueMax unit year qualifier }`;

/**
 * What each kind links to and its own properties, asked for in a second query once the
 * kind is known: one query with a fragment per kind costs more than the server's limit,
 * since the cost of every fragment counts whichever kind the node turns out to be.
 */
// Paged links ask for one page (20): the server's cost limit multiplies a selection by its `first`.
const DETAIL_FIELDS: Record<string, string> = {
  Place: `kind code candidates ancestors { ${ENTITY_REF} } projects { ${ENTITY_REF} } zones { ${ENTITY_REF} }
    enterpriseConnection: enterprises(first: 20) { edges { node { ${ENTITY_REF} } } }
    institutionConnection: institutions(first: 20) { edges { node { ${ENTITY_REF} } } }
    programmes { ${ENTITY_REF} } industries { ${ENTITY_REF} } people { ${ENTITY_REF} } ${TARGET_ROW}`,
  Zone: `places { ${ENTITY_REF} } projects { ${ENTITY_REF} } enterprises { ${ENTITY_REF} } industries { ${ENTITY_REF} }`,
  Industry: `places { ${ENTITY_REF} } zones { ${ENTITY_REF} }`,
  Project: `status investment place { ${ENTITY_REF} } zone { ${ENTITY_REF} } enterprises { ${ENTITY_REF} } programmes { ${ENTITY_REF} } ${TARGET_ROW}`,
  Enterprise: `place { ${ENTITY_REF} } zone { ${ENTITY_REF} } projects { ${ENTITY_REF} } partners { ${ENTITY_REF} } indicators { ${ENTITY_REF} }`,
  Institution: `place { ${ENTITY_REF} } partners { ${ENTITY_REF} }`,
  Programme: `level places { ${ENTITY_REF} } projects { ${ENTITY_REF} } parents { ${ENTITY_REF} } parts { ${ENTITY_REF} } ${TARGET_ROW}`,
  Person: `role places { ${ENTITY_REF} }`,
  Target: `metric value valueMax unit year qualifier hard change text subject { ${ENTITY_REF} }`,
  Indicator: `metric value unit year change text subject { ${ENTITY_REF} }`,
};

/** The detail query of one kind, or null for a kind the page has no details for. */
export function detailQuery(kind: string): string | null {
  const fields = DETAIL_FIELDS[kind];
  if (fields === undefined) return null;
  return /* GraphQL */ `
    query Explorer${kind}Details($id: ID!) {
      node(id: $id) { __typename id ... on ${kind} { ${fields} } }
    }
  `;
}

/** Every kind with a detail query (for validating them all against the schema). */
export const DETAIL_KINDS = Object.keys(DETAIL_FIELDS);

export const NEIGHBOURHOOD_QUERY = /* GraphQL */ `
  query ExplorerNeighbourhood($id: ID!, $depth: Int!) {
    neighbourhood(id: $id, depth: $depth) {
      nodes { ${REF} }
      relationships { id type from { id } to { id } }
    }
  }
`;

export const TRACE_QUERY = /* GraphQL */ `
  query ExplorerTrace($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) {
    trace(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      length
      nodes { ${REF} }
      relationships {
        id type from { id } to { id }
        provenance { sentence document { id title } }
      }
    }
  }
`;

// The town picker lists every town: the server lists up to 1000 places in one list.
export const TOWNS_QUERY = /* GraphQL */ `
  query ExplorerTowns {
    towns(first: 1000) {
      id
      name
      district {
        name
      }
    }
  }
`;
