import type { Properties } from './model';
import type { NodeRecord } from './records';

/**
 * The one rule for a node that several documents mention, used wherever records of several
 * documents meet (the embedded store, `towngraph extract` over several files; Neo4j's
 * merge statement in store/neo4j/queries/merge.ts states the same rule in Cypher, and the
 * contract suite holds the two to it). The node after a document mentions it again: the newer name wins, aliases are the union
 * (first-seen order, never repeating the name), and properties merge with the newer
 * non-null values winning, so that a later document can fill in or update a fact but a
 * document that does not know it cannot erase it.
 */
export function mergeNode(existing: NodeRecord | undefined, incoming: NodeRecord): NodeRecord {
  if (!existing) return copyNode(incoming);
  const name = incoming.name || existing.name;
  const aliases: string[] = [];
  for (const alias of [...existing.aliases, ...incoming.aliases]) {
    if (alias !== name && !aliases.includes(alias)) aliases.push(alias);
  }
  if (existing.name && existing.name !== name && !aliases.includes(existing.name))
    aliases.push(existing.name);
  const properties: Properties = { ...existing.properties };
  for (const [key, value] of Object.entries(incoming.properties)) {
    if (value !== null || !(key in properties)) properties[key] = copyValue(value);
  }
  return { id: existing.id, label: existing.label, name, aliases, properties };
}

function copyNode(node: NodeRecord): NodeRecord {
  const aliases = [...new Set(node.aliases)].filter((alias) => alias !== node.name);
  const properties: Properties = {};
  for (const [key, value] of Object.entries(node.properties)) properties[key] = copyValue(value);
  return { id: node.id, label: node.label, name: node.name, aliases, properties };
}

function copyValue<T>(value: T): T {
  return (Array.isArray(value) ? [...value] : value) as T;
}
