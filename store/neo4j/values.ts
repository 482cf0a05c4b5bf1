import neo4j, { type Integer } from 'neo4j-driver';
import { isNodeLabel, isRelationshipType, type Properties, type PropertyValue } from '../../schema/model';
import { invariant } from '../../schema/errors';
import type { StoredNode, StoredRelationship } from '../graph-store';

/**
 * Values between JavaScript and Neo4j. The driver sends every JS number as a float;
 * whole numbers are sent as Neo4j integers instead, so that analysts' Cypher sees
 * `year: 2025`, not `2025.0`. Neo4j stores no null property, so null values are left out
 * (the merge rule never lets a null overwrite a value anyway).
 */
export function toNeo4jValue(value: PropertyValue): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'number')) {
    // A Neo4j list property holds one type: integers only when every item is whole.
    const numbers = value as readonly number[];
    return numbers.every((item) => Number.isSafeInteger(item))
      ? numbers.map((item) => neo4j.int(item))
      : [...numbers];
  }
  return Array.isArray(value) ? [...value] : value;
}

export function toNeo4jProperties(properties: Properties): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value !== null) result[key] = toNeo4jValue(value);
  }
  return result;
}

/** A value read back: Neo4j integers become JS numbers. */
export function fromNeo4jValue(value: unknown): PropertyValue {
  if (neo4j.isInt(value)) return (value as Integer).toNumber();
  if (Array.isArray(value)) return value.map((item) => fromNeo4jValue(item)) as string[] | number[];
  return value as PropertyValue;
}

/**
 * The node columns of NODE_COLUMNS as the GraphStore interface returns a node. `read`: the
 * properties the statement projected (besides id and name), when it did not read them
 * all; the node then throws if another property is asked (an absent one would be a wrong
 * answer), and a projected property the node lacks (null in a projection) stays absent.
 */
export function toStoredNode(row: Record<string, unknown>, read?: ReadonlySet<string>): StoredNode {
  const { id, name, aliases, ...rest } = row.node as Record<string, unknown>;
  invariant(typeof id === 'string' && typeof row.label === 'string', 'a stored node has an id and a label');
  invariant(isNodeLabel(row.label), `stored node ${id} has a towngraph label`);
  const properties: Properties = {};
  for (const key of Object.keys(rest).sort()) {
    // Neo4j stores no null: a null here is a projected key the node does not have.
    if (read && rest[key] === null) continue;
    properties[key] = fromNeo4jValue(rest[key]);
  }
  const unread = row.documentIds === null && row.label !== 'Document';
  const documentIds = row.label === 'Document' || unread ? [] : [...(row.documentIds as string[])].sort();
  const node: StoredNode = {
    id,
    label: row.label,
    name: typeof name === 'string' ? name : '',
    aliases: Array.isArray(aliases) ? (aliases as string[]) : [],
    properties: read ? partialProperties(id, properties, read) : properties,
    documentIds,
  };
  if (unread) {
    // Read without its documents (leaveOutNodeDocuments): an empty list would be a wrong answer.
    Object.defineProperty(node, 'documentIds', {
      enumerable: false,
      get(): never {
        invariant(false, `the documents of ${id} were not read in this request`);
      },
    });
  }
  if (read && !read.has('aliases')) {
    Object.defineProperty(node, 'aliases', {
      enumerable: false,
      get(): never {
        invariant(false, `the aliases of ${id} were not read in this request`);
      },
    });
  }
  return node;
}

/** Object.prototype's names and the hooks JSON and promises look up: never a property. */
const NOT_PROPERTIES = new Set(['toJSON', 'then']);

/**
 * A node's properties as far as they were read: asking a property that was not read, or
 * the list of them all, throws instead of answering as if it were absent.
 */
function partialProperties(id: string, properties: Properties, read: ReadonlySet<string>): Properties {
  return new Proxy(properties, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !read.has(key) && !(key in Object.prototype) && !NOT_PROPERTIES.has(key))
        invariant(false, `property ${key} of ${id} was not read in this request`);
      return Reflect.get(target, key, receiver) as unknown;
    },
    ownKeys(): never {
      invariant(false, `only some properties of ${id} were read in this request`);
    },
  });
}

/** The columns of RELATIONSHIP_COLUMNS as a StoredRelationship; `key` is kept apart from properties. */
export function toStoredRelationship(row: Record<string, unknown>): StoredRelationship {
  const { key, type, from, to } = row;
  invariant(
    typeof key === 'string' && typeof type === 'string',
    'a stored relationship has a key and a type',
  );
  invariant(isRelationshipType(type), `stored relationship ${key} has a towngraph type`);
  const stored = row.properties as Record<string, unknown> | null;
  const properties: Properties = {};
  for (const name of Object.keys(stored ?? {}).sort()) {
    // `key` is the edge's identity, returned beside its properties, not among them.
    if (name !== 'key') properties[name] = fromNeo4jValue(stored![name]);
  }
  const relationship: StoredRelationship = { key, type, from: String(from), to: String(to), properties };
  if (stored === null) {
    // Read without its evidence (a request that reads none): an empty map would be a wrong answer.
    Object.defineProperty(relationship, 'properties', {
      enumerable: false,
      get(): never {
        invariant(false, `the evidence of ${key} was not read in this request`);
      },
    });
  }
  return relationship;
}

/** A count or other whole number read back from Cypher. */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return (value as Integer).toNumber();
  if (typeof value === 'number') return value;
  throw new Error(`expected a number from Neo4j, got ${typeof value}`);
}

/**
 * A parameter of analysts' Cypher: whole numbers go as integers (so that LIMIT $n and
 * range() accept them), arrays and maps are converted item by item.
 */
export function toNeo4jParameter(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map((item) => toNeo4jParameter(item));
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toNeo4jParameter(item)]));
  }
  return value;
}
