import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import { BASE_LABEL } from './queries/cypher-query';
import { fromNeo4jValue } from './values';

/** A node in a Cypher result, as plain JSON. */
export interface CypherNode {
  id: string;
  label: string;
  name: string;
  properties: Record<string, unknown>;
}

/** A relationship in a Cypher result; from and to are node ids (towngraph's, not Neo4j's). */
export interface CypherRelationship {
  key: string | null;
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/** Element ids of the relationship ends a result names, to look up their towngraph ids. */
export function relationshipEnds(value: unknown, found = new Set<string>()): Set<string> {
  if (neo4j.isRelationship(value as object)) {
    const rel = value as Relationship;
    found.add(rel.startNodeElementId).add(rel.endNodeElementId);
  } else if (neo4j.isPath(value as object)) {
    for (const segment of (value as Path).segments) relationshipEnds(segment.relationship, found);
  } else if (Array.isArray(value)) {
    for (const item of value) relationshipEnds(item, found);
  } else if (isPlainObject(value)) {
    for (const item of Object.values(value)) relationshipEnds(item, found);
  }
  return found;
}

/**
 * A Cypher value as plain JSON: integers as numbers (as strings past 2^53), nodes as
 * {id, label, name, properties}, relationships with the ids of their ends, paths as
 * {nodes, relationships}, temporal values as ISO strings, points as {srid, x, y, z}.
 */
export function toPlainValue(value: unknown, nodeIds: ReadonlyMap<string, string>): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const integer = value as ReturnType<typeof neo4j.int>;
    return integer.inSafeRange() ? integer.toNumber() : integer.toString();
  }
  if (typeof value !== 'object') return value;
  if (neo4j.isNode(value)) return plainNode(value as Node);
  if (neo4j.isRelationship(value)) return plainRelationship(value as Relationship, nodeIds);
  if (neo4j.isPath(value)) {
    const path = value as Path;
    return {
      nodes: [path.start, ...path.segments.map((segment) => segment.end)].map(plainNode),
      relationships: path.segments.map((segment) => plainRelationship(segment.relationship, nodeIds)),
    };
  }
  if (neo4j.isPoint(value)) {
    const { srid, x, y, z } = value as { srid: unknown; x: number; y: number; z?: number };
    return z === undefined
      ? { srid: toPlainValue(srid, nodeIds), x, y }
      : { srid: toPlainValue(srid, nodeIds), x, y, z };
  }
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map((item) => toPlainValue(item, nodeIds));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) result[key] = toPlainValue(item, nodeIds);
  return result;
}

function plainNode(node: Node): CypherNode {
  const { id, name, ...rest } = node.properties as Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(rest)) properties[key] = fromNeo4jValue(item);
  return {
    id: typeof id === 'string' ? id : node.elementId,
    label: node.labels.find((label) => label !== BASE_LABEL) ?? node.labels[0] ?? '',
    name: typeof name === 'string' ? name : '',
    properties,
  };
}

function plainRelationship(rel: Relationship, nodeIds: ReadonlyMap<string, string>): CypherRelationship {
  const { key, ...rest } = rel.properties as Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(rest)) properties[name] = fromNeo4jValue(item);
  return {
    key: typeof key === 'string' ? key : null,
    type: rel.type,
    from: nodeIds.get(rel.startNodeElementId) ?? rel.startNodeElementId,
    to: nodeIds.get(rel.endNodeElementId) ?? rel.endNodeElementId,
    properties,
  };
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !neo4j.isInt(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}
