import neo4j from 'neo4j-driver';
import { BadRequestError } from '../../../schema/errors';
import { isNodeLabel, isRelationshipType, NODE_LABELS, RELATIONSHIP_TYPES } from '../../../schema/model';
import type { NodeFilter, NodePageRequest, NodeSort } from '../../graph-store';
import { toNeo4jValue } from '../values';
import { BASE_LABEL, NODE_COLUMNS, withKnownLabel, type CypherQuery } from './cypher-query';

/** MATCH clauses per label, so that a label never enters query text from a value. */
const MATCH_LABEL = Object.fromEntries(NODE_LABELS.map((label) => [label, `MATCH (n:${label})`]));
/** Outgoing-edge tests per type, for the relatedTo filter. */
const RELATED_TO = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    `EXISTS { MATCH (n)-[:${type}]->(:${BASE_LABEL} {id: $relatedToId}) }`,
  ]),
);

/** A property key safe to write into query text as an identifier. */
const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Listings without a sort are by name (then id, as every listing ends). */
const DEFAULT_SORT: readonly NodeSort[] = [{ field: 'name', direction: 'ASC' }];

interface Match {
  text: string;
  parameters: Record<string, unknown>;
}

/** MATCH and WHERE for a filter; every given filter must hold. */
export function filterClauses(filter: NodeFilter): Match {
  const parameters: Record<string, unknown> = {};
  const conditions: string[] = [];
  let match = `MATCH (n:${BASE_LABEL})`;
  if (filter.label !== undefined) {
    if (!isNodeLabel(filter.label)) throw new BadRequestError(`unknown label ${String(filter.label)}`);
    match = MATCH_LABEL[filter.label]!;
  }
  if (filter.ids !== undefined) {
    conditions.push('n.id IN $ids');
    parameters.ids = [...filter.ids];
  }
  if (filter.nameContains !== undefined) {
    conditions.push(
      '(n.name CONTAINS $nameContains OR any(alias IN n.aliases WHERE alias CONTAINS $nameContains))',
    );
    parameters.nameContains = filter.nameContains;
  }
  if (filter.underPlaceId !== undefined) {
    // The place itself (zero hops) or anything with a LOCATED_IN path up to it.
    conditions.push(`EXISTS { MATCH (n)-[:LOCATED_IN*0..]->(:${BASE_LABEL} {id: $underPlaceId}) }`);
    parameters.underPlaceId = filter.underPlaceId;
  }
  Object.entries(filter.properties ?? {}).forEach(([key, value], index) => {
    // A missing property or a null compares as null in Cypher, which no row passes. A key
    // that is a plain identifier is written into the text, so the planner can seek its
    // range index (target_year, project_status …); `n[$key]` would scan every node.
    if (PLAIN_KEY.test(key)) conditions.push(`n.\`${key}\` = $propertyValue${index}`);
    else {
      conditions.push(`n[$propertyKey${index}] = $propertyValue${index}`);
      parameters[`propertyKey${index}`] = key;
    }
    parameters[`propertyValue${index}`] = value === null ? null : toNeo4jValue(value);
  });
  if (filter.relatedTo !== undefined) {
    const { type, id } = filter.relatedTo;
    if (!isRelationshipType(type)) throw new BadRequestError(`unknown relationship type ${String(type)}`);
    conditions.push(RELATED_TO[type]!);
    parameters.relatedToId = id;
  }
  if (filter.documentId !== undefined) {
    conditions.push(`EXISTS { MATCH (n)-[:MENTIONED_IN]->(:Document {id: $documentId}) }`);
    parameters.documentId = filter.documentId;
  }
  const where = conditions.length > 0 ? `\nWHERE ${conditions.join('\n  AND ')}` : '';
  return { text: `${match}${where}`, parameters };
}

/**
 * ORDER BY for a sort, matching the memory store: a missing value last in either
 * direction (Cypher puts nulls first when descending), kinds ranked numbers < strings <
 * booleans < lists, and ties on id ascending so that pages never overlap or skip.
 */
export function orderBy(sort: readonly NodeSort[]): Match {
  const parameters: Record<string, unknown> = {};
  const items: string[] = [];
  sort.forEach(({ field, direction }, index) => {
    if (direction !== 'ASC' && direction !== 'DESC')
      throw new BadRequestError(`sort direction must be ASC or DESC`);
    const ownField = field === 'name' || field === 'id';
    const value = ownField ? `n.${field}` : `n[$sortField${index}]`;
    if (!ownField) parameters[`sortField${index}`] = field;
    // Every node has an id and a name (the store writes both from every record), so they
    // need no nulls-last key, which would keep the planner from reading a name index in order.
    if (!ownField) items.push(`${value} IS NULL`);
    if (!ownField) {
      items.push(
        `CASE WHEN ${value} IS :: INTEGER | FLOAT THEN 0 WHEN ${value} IS :: STRING THEN 1 WHEN ${value} IS :: BOOLEAN THEN 2 ELSE 3 END ${direction}`,
      );
    }
    items.push(`${value} ${direction}`);
  });
  items.push('n.id ASC');
  return { text: `ORDER BY ${items.join(', ')}`, parameters };
}

/**
 * A listing of one label and nothing else, in name order: `n.name IS NOT NULL` (true of
 * every node) lets the planner read the label's name index in order (schema.ts,
 * `<label>_name`) and stop after the page, where a sort would read every node of the
 * label. Filtered listings keep their own indexes (a rare year would otherwise walk the
 * whole name index).
 */
function inNameOrder(match: Match, filter: NodeFilter, sort: readonly NodeSort[]): Match {
  const labelOnly = Object.entries(filter).every(
    ([key, value]) =>
      key === 'label' ||
      value === undefined ||
      (key === 'properties' && Object.keys(value as object).length === 0),
  );
  if (filter.label === undefined || !labelOnly || sort[0]?.field !== 'name') return match;
  return { text: `${match.text}\nWHERE n.name IS NOT NULL`, parameters: match.parameters };
}

/** One page of the nodes a filter selects. */
export function findNodesQuery(request: NodePageRequest): CypherQuery {
  const offset = request.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw new BadRequestError('offset must be a whole number ≥ 0');
  if (request.limit !== undefined && (!Number.isInteger(request.limit) || request.limit < 0)) {
    throw new BadRequestError('limit must be a whole number ≥ 0');
  }
  const sort = request.sort && request.sort.length > 0 ? request.sort : DEFAULT_SORT;
  const filter = inNameOrder(filterClauses(request.filter), request.filter, sort);
  const order = orderBy(sort);
  const limit = request.limit === undefined ? '' : '\nLIMIT $limit';
  const parameters: Record<string, unknown> = {
    ...filter.parameters,
    ...order.parameters,
    offset: neo4j.int(offset),
  };
  if (request.limit !== undefined) parameters.limit = neo4j.int(request.limit);
  const query = {
    text: `${filter.text}
WITH n
${order.text}
SKIP $offset${limit}
RETURN ${NODE_COLUMNS}`,
    parameters,
  };
  return request.filter.label === undefined ? query : withKnownLabel(query, request.filter.label);
}

/** How many nodes a filter selects. */
export function countNodesQuery(filter: NodeFilter): CypherQuery {
  const clauses = filterClauses(filter);
  return { text: `${clauses.text}\nRETURN count(n) AS count`, parameters: clauses.parameters };
}

/**
 * A page and the total count in one statement (one round trip): one subquery counts
 * (the COUNT of a connection), the other collects the page in order, so the single row
 * carries both even when the page is empty.
 */
export function findPageQuery(request: NodePageRequest): CypherQuery {
  const page = findNodesQuery(request);
  const count = countNodesQuery(request.filter);
  const body = page.text.slice(0, page.text.lastIndexOf('\nRETURN '));
  const query = {
    text: `CALL () {
${count.text.replace('RETURN count(n) AS count', 'RETURN count(n) AS total')}
}
CALL () {
${body}
WITH n, ${NODE_COLUMNS}
RETURN collect({ node: node, label: label, documentIds: documentIds }) AS page
}
RETURN total, page`,
    parameters: page.parameters,
  };
  return request.filter.label === undefined ? query : withKnownLabel(query, request.filter.label);
}
