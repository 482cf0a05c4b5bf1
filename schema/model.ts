/**
 * The graph model: node labels, relationship types and the enumerations their properties take.
 * Every other part of towngraph takes these names from here.
 */

export const NODE_LABELS = [
  'Document',
  'Place',
  'Zone',
  'Project',
  'Enterprise',
  'Institution',
  'Programme',
  'Person',
  'Target',
  'Indicator',
  'Industry',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Labels of the entities that extraction finds (every label but Document). */
export type EntityLabel = Exclude<NodeLabel, 'Document'>;
export const ENTITY_LABELS = NODE_LABELS.filter((l): l is EntityLabel => l !== 'Document');

export const RELATIONSHIP_TYPES = [
  'LOCATED_IN',
  'TARGETS',
  'REPORTS',
  'OPERATED_BY',
  'PART_OF',
  'PARTICIPATES_IN',
  'PARTNERS_WITH',
  'FOCUSES_ON',
  'SERVES_IN',
  'MENTIONED_IN',
  'OUTCOME_OF',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * Relationships the stores compute from other facts inside each write transaction
 * (store/memory/outcome-edges.ts, store/neo4j/outcome-edges.ts); a document's records
 * cannot carry them.
 */
export const DERIVED_RELATIONSHIP_TYPES = ['OUTCOME_OF'] as const satisfies readonly RelationshipType[];

export const PLACE_KINDS = ['PROVINCE', 'CITY', 'DISTRICT', 'TOWN', 'VILLAGE', 'COMMUNITY'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PROJECT_STATUSES = ['SIGNED', 'STARTED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'PLANNED'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROGRAMME_LEVELS = ['NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT', 'TOWN'] as const;
export type ProgrammeLevel = (typeof PROGRAMME_LEVELS)[number];

/** Property values every backend can hold (Neo4j allows primitives and homogeneous arrays only). */
export type PropertyValue = string | number | boolean | null | readonly string[] | readonly number[];
export type Properties = Record<string, PropertyValue>;

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}
