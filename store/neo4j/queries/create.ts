import type { NodeLabel, RelationshipType } from '../../../schema/model';
import { BASE_LABEL, KEEP_PLAN, type CypherQuery } from './cypher-query';

/**
 * The whole property map of a node that no stored node has the id of: id, name and
 * aliases beside the record's own properties (which may not use those names), already
 * merged over every record of the id in the batch.
 */
export type NewNodeRow = Record<string, unknown> & { id: string; name: string; aliases: string[] };

/** An edge no stored edge has the key of; `properties` holds `key` beside the evidence. */
export interface NewRelationshipRow {
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, unknown> & { key: string };
}

/** A node to create, with its own label (validated against NODE_LABELS before it is sent). */
export interface LabelledNodeRow {
  label: NodeLabel;
  properties: NewNodeRow;
}

/**
 * Creates nodes whose ids the transaction looked up and did not find: no index seek, no
 * merge of names, one map set as it is. Should another writer create the same id in
 * between, the uniqueness constraint on :Node(id) refuses the commit and the batch is
 * loaded again document by document through the merging path.
 *
 * One text for every label, the own label set from the row (`$(row.label)`, Neo4j 5.26):
 * Neo4j plans a statement once per text and per power of ten of each list parameter's
 * length, and plans it again as the counts grow during a load; with one text per label,
 * planning took about a third of the Bolt worker's CPU in a bulk load (BENCHMARKS.md).
 */
const CREATE_NODES = `${KEEP_PLAN}UNWIND $rows AS row
CREATE (n:${BASE_LABEL}:$(row.label))
SET n = row.properties`;

export function createNodesQuery(rows: readonly LabelledNodeRow[]): CypherQuery {
  return { text: CREATE_NODES, parameters: { rows: [...rows] } };
}

/**
 * The same, returning each created node's id and element id, for the edge statements of
 * the same transaction to find the node by (createLinkedEvidenceRelationshipsQuery).
 */
export function createNodesReturningQuery(rows: readonly LabelledNodeRow[]): CypherQuery {
  return {
    text: `${CREATE_NODES}\nRETURN row.properties.id AS id, elementId(n) AS elementId`,
    parameters: { rows: [...rows] },
  };
}

/** The ends found by seeking `:Node(id)`. */
const ENDS_BY_ID = `MATCH (a:${BASE_LABEL} {id: row.from})
MATCH (b:${BASE_LABEL} {id: row.to})`;

/** The whole property map set at once. */
const SET_MAP = 'SET r = row.properties';

/** An edge statement of one text for every type: its ends found by `ends`, its properties set by `set`. */
function createEdgesText(ends: string, set: string): string {
  return `${KEEP_PLAN}UNWIND $rows AS row
${ends}
CREATE (a)-[r:$(row.type)]->(b)
${set}`;
}

/**
 * Creates the edges of documents new to the graph, of any type (`$(row.type)`, one text as
 * for the nodes above). relationshipKey() contains the document id, so no stored edge can
 * have the key of an edge of a document that is not stored; the per-type uniqueness
 * constraint on `key` still guards it (a violation rolls the batch back, which is then
 * loaded document by document through MERGE).
 */
const CREATE_RELATIONSHIPS = createEdgesText(ENDS_BY_ID, SET_MAP);

/** The evidence every relationship carries (ProvenanceProperties), set one by one. */
export const EVIDENCE_PROPERTIES = ['documentId', 'sentence', 'start', 'end', 'rule', 'confidence'] as const;

/**
 * An edge no stored edge has the key of, whose properties are the evidence alone (every
 * MENTIONED_IN, and most other edges): flat, so the statement names each property.
 */
export type NewEvidenceRow = { type: RelationshipType; from: string; to: string; key: string } & Record<
  (typeof EVIDENCE_PROPERTIES)[number],
  unknown
>;

/**
 * Creates edges whose properties are the evidence alone, of any type, naming each
 * property: `SET r = row.properties` (a map of unknown keys) makes the planner put an
 * Eager before the SET, since the map might write the `id` the index seeks read, so all
 * rows were held in memory before any was set; with the names spelled out there is no
 * conflict and no Eager (about 0.8 of the time of the map form for the same edges,
 * BENCHMARKS.md). A missing value is null, which SET leaves unset.
 */
const SET_EVIDENCE = `SET ${['key', ...EVIDENCE_PROPERTIES].map((name) => `r.${name} = row.${name}`).join(', ')}`;

const CREATE_EVIDENCE_RELATIONSHIPS = createEdgesText(ENDS_BY_ID, SET_EVIDENCE);

/**
 * An edge row whose ends the transaction has created or looked up: `fromElement` and
 * `toElement` are their element ids.
 */
export type LinkedRow<Row> = Row & { fromElement: string; toElement: string };

/**
 * The ends found by element id (a NodeByElementIdSeek, a record read), not by seeking
 * `:Node(id)`: in a statement that writes, Neo4j seeks a unique index with a locking seek
 * that opens a fresh index reader and takes an index-entry lock for every row, about a
 * seventh of the Bolt worker's CPU in a bulk load at 10 000 documents (BENCHMARKS.md).
 * The element ids come from the same transaction (the node statements' results, the
 * lookup of stored ids), and the towngraph id is checked as well: should a stored node have
 * been deleted by another transaction since, and its element id reused, no edge is made,
 * and the caller, which compares the edges created with the rows sent, rolls back.
 */
const LINKED_ENDS = `MATCH (a) WHERE elementId(a) = row.fromElement AND a.id = row.from
MATCH (b) WHERE elementId(b) = row.toElement AND b.id = row.to`;

const CREATE_LINKED_EVIDENCE_RELATIONSHIPS = createEdgesText(LINKED_ENDS, SET_EVIDENCE);

const CREATE_LINKED_RELATIONSHIPS = createEdgesText(LINKED_ENDS, SET_MAP);

export function createLinkedEvidenceRelationshipsQuery(
  rows: readonly LinkedRow<NewEvidenceRow>[],
): CypherQuery {
  return { text: CREATE_LINKED_EVIDENCE_RELATIONSHIPS, parameters: { rows: [...rows] } };
}

export function createLinkedRelationshipsQuery(rows: readonly LinkedRow<NewRelationshipRow>[]): CypherQuery {
  return { text: CREATE_LINKED_RELATIONSHIPS, parameters: { rows: [...rows] } };
}

export function createEvidenceRelationshipsQuery(rows: readonly NewEvidenceRow[]): CypherQuery {
  return { text: CREATE_EVIDENCE_RELATIONSHIPS, parameters: { rows: [...rows] } };
}

export function createRelationshipsQuery(rows: readonly NewRelationshipRow[]): CypherQuery {
  return { text: CREATE_RELATIONSHIPS, parameters: { rows: [...rows] } };
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
