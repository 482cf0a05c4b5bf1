import { invariant } from '../../../schema/errors';
import { NODE_LABELS, type NodeLabel } from '../../../schema/model';

/**
 * A statement as the store sends it: constant text plus parameters. Every query of the
 * Neo4j backend is built by a pure function returning one of these, so that tests can
 * snapshot the text and parameters without a database (as a TCK does).
 */
export interface CypherQuery {
  text: string;
  parameters: Record<string, unknown>;
}

/**
 * The label every towngraph node carries besides its own (Place, Project, Document …).
 * One uniqueness constraint on :Node(id) then covers all ids, and a lookup by id needs no
 * label; the own label stays for analysts' Cypher (MATCH (p:Place)).
 */
export const BASE_LABEL = 'Node';

/**
 * The ids of the documents node `n` is MENTIONED_IN. A node is mentioned many times in one
 * document, and a hub (a programme, a district) in most documents: the documents are made
 * distinct before their ids are read, and their label is not checked (only documents are
 * MENTIONED_IN targets), which halves the database hits of a hub's list.
 */
const DOCUMENT_IDS = `COLLECT { MATCH (n)-[:MENTIONED_IN]->(document) WITH DISTINCT document RETURN document.id }`;

/** The own label of node `n` (every node has `Node` and one of its own). */
const OWN_LABEL = `[label IN labels(n) WHERE label <> '${BASE_LABEL}'][0]`;

/**
 * The same statement for nodes whose label it matched already: their label is written as
 * a constant rather than read from each node (a database hit per node of a page).
 */
export function withKnownLabel(query: CypherQuery, label: NodeLabel): CypherQuery {
  invariant(NODE_LABELS.includes(label), `a node statement names a towngraph label, not ${label}`);
  return {
    text: query.text.replaceAll(`${OWN_LABEL} AS label`, `'${label}' AS label`),
    parameters: query.parameters,
  };
}

/**
 * Columns describing node `n`: its properties (id, name and aliases among them), its own
 * label, and the ids of the documents it is MENTIONED_IN.
 */
export const NODE_COLUMNS = `n { .* } AS node, ${OWN_LABEL} AS label,
  ${DOCUMENT_IDS} AS documentIds`;

/**
 * The same as NODE_COLUMNS, as one map (toStoredNode reads it), for a statement that
 * returns nodes inside a list.
 */
export const NODE_MAP = `{ node: n { .* }, label: [label IN labels(n) WHERE label <> '${BASE_LABEL}'][0],
  documentIds: ${DOCUMENT_IDS} }`;

/**
 * The same statement without the documents of its nodes: `documentIds` comes back null
 * (toStoredNode then makes a node whose documentIds may not be read).
 */
export function withoutNodeDocuments(query: CypherQuery): CypherQuery {
  return { text: query.text.replaceAll(DOCUMENT_IDS, 'null'), parameters: query.parameters };
}

/** A property name the store writes into query text (from the resolvers' constant table). */
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * The property names a node read projects: id and name (every listing is ordered by
 * them) and the given ones, each checked to be a plain name before it enters query text.
 */
export function projectedProperties(properties: readonly string[]): string[] {
  const names = [...new Set(['id', 'name', ...properties])];
  for (const name of names)
    invariant(PROPERTY_NAME.test(name), `a projected property is a plain name, not ${name}`);
  return names;
}

/**
 * The same statement reading only some properties of its nodes (`n { .* }` becomes
 * `n { .id, .name, … }`): a whole property map cost a database hit per property, and a
 * target or a document has a dozen.
 */
export function withNodeProperties(query: CypherQuery, properties: readonly string[]): CypherQuery {
  const projection = `n { ${projectedProperties(properties)
    .map((name) => `.\`${name}\``)
    .join(', ')} }`;
  return { text: query.text.replaceAll('n { .* }', projection), parameters: query.parameters };
}

/** Columns describing relationship `r`. */
export const RELATIONSHIP_COLUMNS =
  'r.key AS key, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS properties';

/** The largest batch of rows one UNWIND statement carries. */
export const BATCH_SIZE = 1000;

export function batches<T>(rows: readonly T[], size = BATCH_SIZE): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}

/**
 * Prefix of the bulk write statements whose plan is unique-index seeks on `:Node(id)` and
 * writes, whatever the counts: Neo4j keeps the plan it has instead of planning the text
 * again each time the counts have grown past its divergence threshold, which during a
 * load from an empty graph is every `min_replan_interval` (10 s) for every text and
 * power of ten of its list's length.
 */
export const KEEP_PLAN = 'CYPHER replan=skip\n';
