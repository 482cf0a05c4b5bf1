import type { NodeLabel, RelationshipType } from '../../schema/model';
import { relationshipKey } from '../../schema/ids';
import { mergeNode } from '../../schema/merge-node';
import type { NodeRecord, RelationshipRecord } from '../../schema/records';
import {
  EVIDENCE_PROPERTIES,
  type NewEvidenceRow,
  type NewNodeRow,
  type NewRelationshipRow,
} from './queries/create';
import type { NodeRow, RelationshipRow } from './queries/merge';
import { toNeo4jProperties } from './values';

/** The rows of a write, by label: ids to create and ids to merge into stored nodes. */
export interface NodeRows {
  created: Map<NodeLabel, NewNodeRow[]>;
  merged: Map<NodeLabel, NodeRow[]>;
  /** Distinct ids among the records. */
  count: number;
}

/**
 * Groups node records by id, in the order ids first appear. An id the graph does not hold
 * (`isStored` false) becomes one created row: its records folded by the shared rule
 * (schema/merge-node.ts), so the statement sets a finished map. A stored id becomes one
 * merged row carrying each record's name and aliases in order, for the statement to fold
 * onto the stored name under its lock, and the records' properties, later non-null
 * values winning as `n += row.properties` in order would leave them.
 */
export function nodeRows(nodes: readonly NodeRecord[], isStored: (id: string) => boolean): NodeRows {
  const byId = new Map<string, NodeRecord[]>();
  for (const node of nodes) {
    const same = byId.get(node.id);
    if (same) same.push(node);
    else byId.set(node.id, [node]);
  }
  const created = new Map<NodeLabel, NewNodeRow[]>();
  const merged = new Map<NodeLabel, NodeRow[]>();
  for (const [id, records] of byId) {
    const label = (records[0] as NodeRecord).label;
    if (isStored(id)) {
      push(merged, label, {
        id,
        updates: records.map((record) => ({ name: record.name, aliases: [...record.aliases] })),
        properties: Object.assign({}, ...records.map((record) => toNeo4jProperties(record.properties))),
      });
      continue;
    }
    const node = records.reduce<NodeRecord | undefined>(
      (state, record) => mergeNode(state, record),
      undefined,
    )!;
    push(created, label, {
      ...toNeo4jProperties(node.properties),
      id,
      name: node.name,
      aliases: node.aliases,
    });
  }
  return { created, merged, count: byId.size };
}

/**
 * One row per relationshipKey(), by type, at the place the key first appears with the
 * properties of its last record: what merging the records in order leaves.
 */
export function relationshipRows(
  relationships: readonly RelationshipRecord[],
): Map<RelationshipType, RelationshipRow[]> {
  const byKey = new Map<string, { type: RelationshipType; row: RelationshipRow }>();
  for (const rel of relationships) {
    const key = relationshipKey(rel);
    const row = { key, from: rel.from, to: rel.to, properties: toNeo4jProperties(rel.properties) };
    const seen = byKey.get(key);
    if (seen) seen.row = row;
    else byKey.set(key, { type: rel.type, row });
  }
  const byType = new Map<RelationshipType, RelationshipRow[]>();
  for (const { type, row } of byKey.values()) push(byType, type, row);
  return byType;
}

/** A row for CREATE: the key goes into the property map, which the statement sets whole. */
export function newRelationshipRow(type: RelationshipType, row: RelationshipRow): NewRelationshipRow {
  return { type, from: row.from, to: row.to, properties: { ...row.properties, key: row.key } };
}

const EVIDENCE = new Set<string>(EVIDENCE_PROPERTIES);

/**
 * The rows for CREATE, split by form: edges whose properties are the evidence alone as
 * flat rows (each property named by the statement), the others (say a SERVES_IN with a
 * role) as rows whose property map the statement sets whole.
 */
export function newRelationshipRows(
  type: RelationshipType,
  rows: readonly RelationshipRow[],
): {
  evidence: NewEvidenceRow[];
  other: NewRelationshipRow[];
} {
  const evidence: NewEvidenceRow[] = [];
  const other: NewRelationshipRow[] = [];
  for (const row of rows) {
    if (Object.keys(row.properties).every((name) => EVIDENCE.has(name))) {
      const flat: Record<string, unknown> = { type, from: row.from, to: row.to, key: row.key };
      for (const name of EVIDENCE_PROPERTIES) flat[name] = row.properties[name] ?? null;
      evidence.push(flat as NewEvidenceRow);
    } else other.push(newRelationshipRow(type, row));
  }
  return { evidence, other };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
