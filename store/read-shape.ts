/**
 * What the resolvers of one request read of the nodes and edges the store hands them,
 * worked out from the GraphQL operation (resolvers/compiled/field-reads.ts). A store may
 * read no more than this: on Neo4j, whole property maps and edge evidence were most of a
 * read's database hits and of the bytes it sent back.
 */
export interface ReadShape {
  /**
   * Node properties read besides `id` and `name` (which every node keeps: lists are
   * ordered by them); `aliases` among them when read. Null: every property.
   */
  properties: readonly string[] | null;
  /** Whether an edge's properties (its evidence: document, sentence, offsets …) are read. */
  evidence: boolean;
}

/** Reads everything: the shape of any request that is not known to read less. */
export const WHOLE_READS: ReadShape = { properties: null, evidence: true };
