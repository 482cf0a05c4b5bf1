import crypto from 'node:crypto';
import type { NodeLabel } from './model';
import type { RelationshipRecord } from './records';

/**
 * Id rules. An id is derived from what an entity is, never from the order it was found in:
 * - Document: `doc:` + first 16 hex digits of the SHA-256 of its normalised text;
 * - Place with an official code: `place:` + code (320412119 for 嘉泽镇);
 * - Place without a code: `place:` + kind + parent id + name (hashed);
 * - any other entity: label + canonical name (hashed), plus the disambiguating parts the
 *   resolver passes (a Target's subject, metric, value and year).
 */

/**
 * Every record's id goes through here: the one-shot digest (Node 20.12 and later) spares a
 * Hash object per id, which cost more than the digest itself; the same hex either way.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

export function shortHash(...parts: readonly string[]): string {
  return sha256Hex(parts.join('\u0000')).slice(0, 16);
}

export function documentId(normalisedText: string): string {
  return `doc:${shortHash(normalisedText)}`;
}

const PREFIX: Record<NodeLabel, string> = {
  Document: 'doc',
  Place: 'place',
  Zone: 'zone',
  Project: 'project',
  Enterprise: 'enterprise',
  Institution: 'institution',
  Programme: 'programme',
  Person: 'person',
  Target: 'target',
  Indicator: 'indicator',
  Industry: 'industry',
};

export function placeIdFromCode(code: string): string {
  return `place:${code}`;
}

/** Id of any entity from its label and the parts that make it unique. */
export function entityId(label: NodeLabel, ...parts: readonly string[]): string {
  return `${PREFIX[label]}:${shortHash(label, ...parts)}`;
}

/**
 * Identity of a relationship in a store: one edge per (type, from, to, document), and for
 * MENTIONED_IN one per mention (its start offset), so that each edge holds one piece of
 * evidence and deleting a document removes exactly its edges.
 */
export function relationshipKey(rel: RelationshipRecord): string {
  const base = `${rel.type}|${rel.from}|${rel.to}|${rel.properties.documentId}`;
  return rel.type === 'MENTIONED_IN' ? `${base}|${rel.properties.start}` : base;
}
