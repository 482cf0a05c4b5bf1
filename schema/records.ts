import type { NodeLabel, Properties, RelationshipType } from './model';

/**
 * Graph records: what the loaders emit for one document and what a store loads in one
 * transaction. This is also the JSON of `towngraph extract --json`.
 */

/**
 * One node. `id` is deterministic (see ids.ts). Document nodes carry their metadata in
 * `properties`: title, publisher, publishedAt, place, source, contentHash, quality (flags).
 */
export interface NodeRecord {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  properties: Properties;
}

/**
 * Evidence for a fact, kept as properties of the relationship that states it.
 * MENTIONED_IN edges (entity → Document) carry exactly these; every other relationship
 * carries them too, so that each fact points back to its sentence.
 */
export interface ProvenanceProperties extends Properties {
  documentId: string;
  sentence: string;
  /** Character offsets of the mention in the document's normalised text. */
  start: number;
  end: number;
  /** Name of the extraction rule, e.g. "project.enumeration". */
  rule: string;
  /** 0..1 */
  confidence: number;
}

export interface RelationshipRecord {
  type: RelationshipType;
  from: string;
  to: string;
  properties: ProvenanceProperties;
}

export interface GraphRecords {
  documents: NodeRecord[];
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
}
