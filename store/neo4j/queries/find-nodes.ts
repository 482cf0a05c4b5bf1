import neo4j from 'neo4j-driver';
import { BadRequestError } from '../../../schema/errors';
import { isNodeLabel, isRelationshipType, NODE_LABELS, RELATIONSHIP_TYPES } from '../../../schema/model';
import type { NodeFilter, NodePageRequest, NodeSort } from '../../graph-store';
import { toNeo4jValue } from '../values';
import { BASE_LABEL, NODE_COLUMNS, withKnownLabel, type CypherQuery } from './cypher-query';
import { NAME_ORDER_FILTERS } from './schema';

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
export function orderBy(sort: readonly NodeSort[], leading?: string): Match {
  const parameters: Record<string, unknown> = {};
  // A property with one value among the nodes selected (an equality filter), first so
  // that the order is its composite index's: it does not change the answer's order.
  const items: string[] = leading === undefined ? [] : [`n.\`${leading}\` ${sort[0]?.direction ?? 'ASC'}`];
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

/** The text and the sort keys of a listing read from an index in name order. */
interface Ordered {
  match: Match;
  /** A property every selected node has one value of, sorted on first (a no-op for the answer). */
  leading?: string;
}

/**
 * Listings in name order that an index can serve in that order, so the planner reads the
 * page and stops after it (`PartialTop`), where a sort would read every node selected.
 * `n.name IS NOT NULL` is true of every node (the store writes a name from every record).
 * - One label and nothing else: it lets the planner read the label's name index in order
 *   (schema.ts, `<label>_name`).
 * - One label and equality filters, one of them on a property with a composite
 *   `(property, name)` index (NAME_ORDER_FILTERS: towns, targets of a year …): it lets the
 *   planner seek that index; the index is in order of the property, then the name, so the
 *   sort names the property first (every node selected has the same value there).
 * Other filtered listings keep their own indexes (a rare value would otherwise walk the
 * whole name index).
 */
function inNameOrder(match: Match, filter: NodeFilter, sort: readonly NodeSort[]): Ordered {
  const others = Object.entries(filter).filter(
    ([key, value]) => key !== 'label' && key !== 'properties' && value !== undefined,
  );
  if (filter.label === undefined || others.length > 0 || sort[0]?.field !== 'name') return { match };
  const named = {
    text: `${match.text}\n${match.text.includes('\nWHERE ') ? '  AND' : 'WHERE'} n.name IS NOT NULL`,
    parameters: match.parameters,
  };
  const keys = Object.keys(filter.properties ?? {});
  if (keys.length === 0) return { match: named };
  const leading = NAME_ORDER_FILTERS[filter.label]?.find((key) => keys.includes(key));
  if (leading === undefined) return { match };
  // The hint names the composite index: on a small or freshly loaded graph (index
  // statistics not yet sampled) the planner would otherwise sometimes seek the property's
  // own index and sort, which grows with the nodes of that value.
  const hinted = named.text.replace(
    `MATCH (n:${filter.label})\n`,
    `MATCH (n:${filter.label})\nUSING INDEX n:${filter.label}(\`${leading}\`, name)\n`,
  );
  return { match: { text: hinted, parameters: named.parameters }, leading };
}

/** One page of the nodes a filter selects. */
export function findNodesQuery(request: NodePageRequest): CypherQuery {
  const offset = request.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw new BadRequestError('offset must be a whole number ≥ 0');
  if (request.limit !== undefined && (!Number.isInteger(request.limit) || request.limit < 0)) {
    throw new BadRequestError('limit must be a whole number ≥ 0');
  }
  const sort = request.sort && request.sort.length > 0 ? request.sort : DEFAULT_SORT;
  const { match: filter, leading } = inNameOrder(filterClauses(request.filter), request.filter, sort);
  const order = orderBy(sort, leading);
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
