import {
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '../../../schema/model';
import { BASE_LABEL, type CypherQuery } from './cypher-query';

export interface NodeRow {
  id: string;
  name: string;
  aliases: string[];
  /** Properties without nulls, numbers already typed for Neo4j. */
  properties: Record<string, unknown>;
}

export interface RelationshipRow {
  key: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/**
 * Merges nodes into any node of the same id, as the memory store does: the newer
 * non-empty name wins and the older one becomes an alias; aliases are the union in
 * first-seen order, never repeating the name; the newer properties win (nulls were left
 * out of the rows, so a document that does not know a fact cannot erase it). A label
 * cannot be a parameter, so each label has its own constant text.
 */
function mergeNodesText(label: NodeLabel): string {
  return `UNWIND $rows AS row
MERGE (n:${BASE_LABEL} {id: row.id})
WITH n, row, CASE WHEN row.name <> '' THEN row.name ELSE coalesce(n.name, '') END AS name
WITH n, row, name,
  coalesce(n.aliases, []) + row.aliases +
  CASE WHEN n.name IS NULL OR n.name = name THEN [] ELSE [n.name] END AS candidates
SET n:${label}, n += row.properties, n.name = name,
  n.aliases = reduce(kept = [], alias IN candidates |
    CASE WHEN alias = name OR alias IN kept THEN kept ELSE kept + alias END)`;
}

const MERGE_NODES = Object.fromEntries(NODE_LABELS.map((label) => [label, mergeNodesText(label)])) as Record<
  NodeLabel,
  string
>;

export function mergeNodesQuery(label: NodeLabel, rows: readonly NodeRow[]): CypherQuery {
  return { text: MERGE_NODES[label], parameters: { rows: [...rows] } };
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
