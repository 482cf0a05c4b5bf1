import { RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../../schema/model';
import { BASE_LABEL, KEEP_PLAN, type CypherQuery } from './cypher-query';

/** The name and aliases one record of a node brings, in the order the records came. */
export interface NameUpdate {
  name: string;
  aliases: string[];
}

/** One node id of a statement, with everything its records (in order) bring to it. */
export interface NodeRow {
  id: string;
  /** Name and aliases of each record of this id, folded in order by the statement. */
  updates: NameUpdate[];
  /** Properties of all its records, the later non-null value winning, numbers typed for Neo4j. */
  properties: Record<string, unknown>;
}

export interface RelationshipRow {
  key: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/** A NodeRow with the own label of its id (validated against NODE_LABELS before it is sent). */
export type LabelledMergeRow = NodeRow & { label: NodeLabel };

/**
 * Merges nodes into any node of the same id by the rule of schema/merge-node.ts: the
 * newer non-empty name wins and the older one becomes an alias; aliases are the union in
 * first-seen order, never repeating the name; the newer properties win (nulls were left
 * out of the rows, so a document that does not know a fact cannot erase it).
 *
 * One row per id, its records' names folded in order inside the statement: with several
 * rows of one id, Neo4j plans an Eager between reading and setting the name, so every
 * row would read the name as it was before the statement and the earlier rows' aliases
 * would be lost. The fold reads the stored name once, under the MERGE's lock. The inner
 * one-item list comprehension names the update's resulting name once (Cypher has no
 * let).
 *
 * One text for every label, the own label set from the row (`SET n:$(row.label)`, Neo4j
 * 5.26), as for the created nodes (queries/create.ts): Neo4j plans each text once per
 * size bucket of its list, so one text per label meant a plan per label and bucket.
 */
const MERGE_NODES = `${KEEP_PLAN}UNWIND $rows AS row
MERGE (n:${BASE_LABEL} {id: row.id})
WITH n, row, reduce(state = [n.name] + coalesce(n.aliases, []), update IN row.updates |
  [name IN [CASE WHEN update.name <> '' THEN update.name ELSE coalesce(state[0], '') END] |
    [name] + reduce(kept = [], alias IN state[1..] + update.aliases +
        CASE WHEN coalesce(state[0], '') IN ['', name] THEN [] ELSE [state[0]] END |
      CASE WHEN alias = name OR alias IN kept THEN kept ELSE kept + alias END)][0]) AS state
SET n:$(row.label), n += row.properties, n.name = state[0], n.aliases = state[1..]`;

/** Merges rows of any labels in one statement. */
export function mergeLabelledNodesQuery(rows: readonly LabelledMergeRow[]): CypherQuery {
  return { text: MERGE_NODES, parameters: { rows: [...rows] } };
}

/** Merges rows of one label. */
export function mergeNodesQuery(label: NodeLabel, rows: readonly NodeRow[]): CypherQuery {
  return mergeLabelledNodesQuery(rows.map((row) => ({ ...row, label })));
}

/**
 * Merges edges by relationshipKey(): one edge per fact and document, whose properties
 * (the evidence) the latest row replaces. A relationship type cannot be a parameter, so
 * each type has its own constant text, chosen by the validated type.
 */
function mergeRelationshipsText(type: RelationshipType): string {
  return `UNWIND $rows AS row
MATCH (a:${BASE_LABEL} {id: row.from}), (b:${BASE_LABEL} {id: row.to})
MERGE (a)-[r:${type} {key: row.key}]->(b)
SET r = row.properties, r.key = row.key`;
}

const MERGE_RELATIONSHIPS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [type, mergeRelationshipsText(type)]),
) as Record<RelationshipType, string>;

export function mergeRelationshipsQuery(
  type: RelationshipType,
  rows: readonly RelationshipRow[],
): CypherQuery {
  return { text: MERGE_RELATIONSHIPS[type], parameters: { rows: [...rows] } };
}
