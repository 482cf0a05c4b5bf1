/**
 * Type definitions for `@neo4j/graphql` over the database towngraph's Neo4j store writes:
 * every node carries `:Node` plus its own label (store/neo4j/queries/cypher-query.ts), with
 * `id`, `name` and `aliases` as properties, and relationships point from the located,
 * reporting or targeting node to the other end (LOCATED_IN child → parent). Only the
 * labels, properties and relationships the bench's queries read are declared.
 *
 * What the generated schema cannot say by itself is written as `@cypher` fields, as a
 * Neo4j user would: "the district above a town" and "every project under a place" walk
 * LOCATED_IN to any depth (bounded at 8 levels, as towngraph's walk is).
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  extend schema @mutation(operations: [])

  "An administrative division, stored as :Node:Place."
  type Place @node(labels: ["Place", "Node"]) {
    "Global id, e.g. place:320412119."
    id: ID!
    "Official name."
    name: String!
    "Other names the documents use."
    aliases: [String!]!
    "PROVINCE, CITY, DISTRICT, TOWN, VILLAGE or COMMUNITY."
    kind: String
    "The district this place lies in (itself if it is one), nearest first as towngraph walks."
    district: Place
      @cypher(
        statement: """
        MATCH path = (this)-[:LOCATED_IN*0..8]->(d:Place {kind: 'DISTRICT'})
        RETURN d ORDER BY length(path) LIMIT 1
        """
        columnName: "d"
      )
    "The city this place lies in (itself if it is one)."
    city: Place
      @cypher(
        statement: """
        MATCH path = (this)-[:LOCATED_IN*0..8]->(c:Place {kind: 'CITY'})
        RETURN c ORDER BY length(path) LIMIT 1
        """
        columnName: "c"
      )
    "Projects located in this place or anywhere under it, by name then id; at most 50, towngraph's default list size."
    projects: [Project!]!
      @cypher(
        statement: """
        MATCH (this)<-[:LOCATED_IN*1..8]-(p:Project)
        WITH DISTINCT p ORDER BY p.name, p.id LIMIT 50
        RETURN p
        """
        columnName: "p"
      )
    "Places directly above this one."
    parents: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT)
  }

  "A project, stored as :Node:Project."
  type Project @node(labels: ["Project", "Node"]) {
    "Global id of the project."
    id: ID!
    "Canonical name."
    name: String!
    "SIGNED, STARTED, UNDER_CONSTRUCTION, COMPLETED or PLANNED."
    status: String
    "Places and zones the project lies in."
    places: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT)
  }

  "A forward-looking numeric goal, stored as :Node:Target."
  type Target @node(labels: ["Target", "Node"]) {
    "Global id of the goal."
    id: ID!
    "A short label: the metric and its value as written."
    name: String!
    "What is measured."
    metric: String
    "The value in base units (stored as an integer when whole)."
    value: Float
    "Unit of the value."
    unit: String
    "Deadline year."
    year: Int
  }

  "Any named node, for the full-text index over names and aliases that towngraph's store creates."
  type Named
    @node(labels: ["Node"])
    @fulltext(indexes: [{ indexName: "node_names", queryName: "searchNames", fields: ["name"] }]) {
    "Global id."
    id: ID!
    "Name."
    name: String!
    "Level of division, for places only."
    kind: String
  }
`;
