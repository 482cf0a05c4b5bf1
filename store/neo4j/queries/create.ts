import {
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '../../../schema/model';
import { BASE_LABEL, type CypherQuery } from './cypher-query';

/**
 * The whole property map of a node that no stored node has the id of: id, name and
 * aliases beside the record's own properties (which may not use those names), already
 * merged over every record of the id in the batch.
 */
export type NewNodeRow = Record<string, unknown> & { id: string; name: string; aliases: string[] };

/** An edge no stored edge has the key of; `properties` holds `key` beside the evidence. */
export interface NewRelationshipRow {
  from: string;
  to: string;
  properties: Record<string, unknown> & { key: string };
}

/**
 * Creates nodes whose ids the transaction looked up and did not find: no index seek, no
 * merge of names, one map set as it is. Should another writer create the same id in
 * between, the uniqueness constraint on :Node(id) refuses the commit and the batch is
 * loaded again document by document through the merging path.
 */
function createNodesText(label: NodeLabel): string {
  return `UNWIND $rows AS row
CREATE (n:${BASE_LABEL}:${label})
SET n = row`;
}

const CREATE_NODES = Object.fromEntries(
  NODE_LABELS.map((label) => [label, createNodesText(label)]),
) as Record<NodeLabel, string>;

export function createNodesQuery(label: NodeLabel, rows: readonly NewNodeRow[]): CypherQuery {
  return { text: CREATE_NODES[label], parameters: { rows: [...rows] } };
}

/**
 * Creates the edges of documents new to the graph. relationshipKey() contains the
 * document id, so no stored edge can have the key of an edge of a document that is not
 * stored; the per-type uniqueness constraint on `key` still guards it (a violation rolls
 * the batch back, which is then loaded document by document through MERGE).
 */
function createRelationshipsText(type: RelationshipType): string {
  return `UNWIND $rows AS row
MATCH (a:${BASE_LABEL} {id: row.from})
MATCH (b:${BASE_LABEL} {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.properties`;
}

const CREATE_RELATIONSHIPS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [type, createRelationshipsText(type)]),
) as Record<RelationshipType, string>;

/** The evidence every relationship carries (ProvenanceProperties), set one by one. */
export const EVIDENCE_PROPERTIES = ['documentId', 'sentence', 'start', 'end', 'rule', 'confidence'] as const;

/**
 * An edge no stored edge has the key of, whose properties are the evidence alone (every
 * MENTIONED_IN, and most other edges): flat, so the statement names each property.
 */
export type NewEvidenceRow = { from: string; to: string; key: string } & Record<
  (typeof EVIDENCE_PROPERTIES)[number],
  unknown
>;

/**
 * Creates edges whose properties are the evidence alone, naming each property: `SET r =
 * row.properties` (a map of unknown keys) makes the planner put an Eager before the SET,
 * since the map might write the `id` the index seeks read, so all rows were held in memory
 * before any was set; with the names spelled out there is no conflict and no Eager (about
 * 0.8 of the time of the map form for the same edges, BENCHMARKS.md). A missing value is
 * null, which SET leaves unset.
 */
function createEvidenceRelationshipsText(type: RelationshipType): string {
  const sets = ['key', ...EVIDENCE_PROPERTIES].map((name) => `r.${name} = row.${name}`).join(', ');
  return `UNWIND $rows AS row
MATCH (a:${BASE_LABEL} {id: row.from})
MATCH (b:${BASE_LABEL} {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET ${sets}`;
}

const CREATE_EVIDENCE_RELATIONSHIPS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [type, createEvidenceRelationshipsText(type)]),
) as Record<RelationshipType, string>;

export function createEvidenceRelationshipsQuery(
  type: RelationshipType,
  rows: readonly NewEvidenceRow[],
): CypherQuery {
  return { text: CREATE_EVIDENCE_RELATIONSHIPS[type], parameters: { rows: [...rows] } };
}

export function createRelationshipsQuery(
  type: RelationshipType,
  rows: readonly NewRelationshipRow[],
): CypherQuery {
  return { text: CREATE_RELATIONSHIPS[type], parameters: { rows: [...rows] } };
}

/**
 * Deletes nodes of these ids that no edge touches: the shared nodes a concurrent batch
 * created for documents that then failed (store/neo4j/load-concurrent.ts).
 */
export function deleteBareNodesQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (n:${BASE_LABEL} {id: id})
WHERE NOT (n)--()
DELETE n`,
    parameters: { ids: [...ids] },
  };
}

/**
 * Takes the write lock of each node, in the order given, changing nothing: a writer that
 * takes the shared nodes it links to in id order before linking them cannot deadlock with
 * another doing the same (store/neo4j/load-concurrent.ts).
 */
export function lockNodesQuery(ids: readonly string[]): CypherQuery {
  return {
    text: `UNWIND $ids AS id
MATCH (n:${BASE_LABEL} {id: id})
SET n.\`_lock\` = true
REMOVE n.\`_lock\``,
    parameters: { ids: [...ids] },
  };
}
