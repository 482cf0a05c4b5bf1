import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Properties } from '../../../schema/model';
import type { NodeRecord } from '../../../schema/records';
import { BASE_LABEL } from '../queries/cypher-query';
import { ARRAY_DELIMITER, columnType, fieldValue } from './column-types';

/** Empty list properties, which a CSV field cannot carry (an empty field is no property). */
export interface EmptyLists {
  nodes: { id: string; properties: string[] }[];
  relationships: { key: string; type: string; properties: string[] }[];
}

/** A relationship as the import writes it: its key is a property beside the record's. */
export interface ImportRelationship {
  key: string;
  type: string;
  from: string;
  to: string;
  properties: Properties;
}

/** What the files hold, once finished. */
export interface WrittenImportFiles {
  nodes: string[];
  relationships: string[];
  nodeCount: number;
  relationshipCount: number;
  emptyLists: EmptyLists;
  /** Files with a field that spans lines (a document's text): only these need the importer's slow multiline parsing. */
  multilineFiles: string[];
}

interface Group {
  file: string;
  columns: { key: string; type: string }[];
  pending: (string | null)[][];
  /** Whether a field written to the file holds a line break. */
  multiline: boolean;
}

/** Rows a file keeps before they are appended to it: memory holds only these. */
const FLUSH_ROWS = 2000;

/**
 * Writes nodes and relationships one at a time into the CSV files of `neo4j-admin database
 * import full`, in the layout the online load gives (store/neo4j/README.md): labels `Node`
 * and the node's own, `id` as the import id, name, aliases and the record's properties;
 * one relationship per key with its provenance. A CSV column has one type, so each label
 * (or relationship type) and set of typed properties gets a file of its own with its own
 * header row. Rows are appended as they come, a few thousand at a time, so the caller
 * decides what it holds in memory. A node without aliases is written without the property
 * and read as having none (finish-import.ts), so the list of empty lists does not grow with
 * the graph.
 */
export class ImportFileWriter {
  private readonly groups = new Map<string, Group>();
  private readonly files = { nodes: [] as string[], relationships: [] as string[] };
  private readonly emptyLists: EmptyLists = { nodes: [], relationships: [] };
  private nodeCount = 0;
  private relationshipCount = 0;

  constructor(private readonly dir: string) {}

  /** A merged node (each id once). */
  addNode(node: Omit<NodeRecord, 'label'> & { label: string }): void {
    const properties: Properties = { ...node.properties, name: node.name, aliases: node.aliases };
    const group = this.groupOf({ kind: 'nodes', prefix: node.label, properties, fixed: ['id:ID', ':LABEL'] });
    const row = [
      node.id,
      [BASE_LABEL, node.label].join(ARRAY_DELIMITER),
      ...cells(properties, group.columns, node.id),
    ];
    group.multiline ||= spansLines(row);
    group.pending.push(row);
    const empty = emptyListsOf(properties).filter((key) => key !== 'aliases');
    if (empty.length > 0) this.emptyLists.nodes.push({ id: node.id, properties: empty });
    this.nodeCount += 1;
    if (group.pending.length >= FLUSH_ROWS) this.flush(group);
  }

  /** A relationship (each key once). */
  addRelationship(rel: ImportRelationship): void {
    const properties: Properties = { ...rel.properties, key: rel.key };
    const group = this.groupOf({
      kind: 'relationships',
      prefix: rel.type,
      properties,
      fixed: [':START_ID', ':END_ID', ':TYPE'],
    });
    const row = [rel.from, rel.to, rel.type, ...cells(properties, group.columns, rel.key)];
    group.multiline ||= spansLines(row);
    group.pending.push(row);
    const empty = emptyListsOf(rel.properties);
    if (empty.length > 0)
      this.emptyLists.relationships.push({ key: rel.key, type: rel.type, properties: empty });
    this.relationshipCount += 1;
    if (group.pending.length >= FLUSH_ROWS) this.flush(group);
  }

  /** Appends what is pending and says what was written. */
  finish(): WrittenImportFiles {
    for (const group of this.groups.values()) this.flush(group);
    return {
      ...this.files,
      nodeCount: this.nodeCount,
      relationshipCount: this.relationshipCount,
      // In id and key order, whatever order the rows came in.
      emptyLists: {
        nodes: this.emptyLists.nodes.sort((a, b) => compare(a.id, b.id)),
        relationships: this.emptyLists.relationships.sort((a, b) => compare(a.key, b.key)),
      },
      multilineFiles: [...this.groups.values()].filter((group) => group.multiline).map((group) => group.file),
    };
  }

  private groupOf(entry: {
    kind: 'nodes' | 'relationships';
    prefix: string;
    properties: Properties;
    fixed: string[];
  }): Group {
    const columns = Object.keys(entry.properties)
      .sort()
      .flatMap((key) => {
        const type = columnType(entry.properties[key] ?? null);
        return type ? [{ key, type }] : [];
      });
    const signature = `${entry.kind}|${entry.prefix}|${columns.map(({ key, type }) => `${key}:${type}`).join(',')}`;
    let group = this.groups.get(signature);
    if (!group) {
      const names = this.files[entry.kind];
      const file = `${entry.kind}-${entry.prefix.toLowerCase()}-${names.length}.csv`;
      names.push(file);
      const header = [...entry.fixed, ...columns.map(({ key, type }) => `${key}:${type}`)];
      writeFileSync(path.join(this.dir, file), csv([header]));
      group = { file, columns, pending: [], multiline: false };
      this.groups.set(signature, group);
    }
    return group;
  }

  private flush(group: Group): void {
    if (group.pending.length === 0) return;
    appendFileSync(path.join(this.dir, group.file), csv(group.pending));
    group.pending = [];
  }
}

/** An absent value is an empty field (no property); an empty string is quoted ("") so that it stays one. */
function csv(rows: (string | null)[][]): string {
  return stringify(rows, {
    cast: { string: (value) => (value === '' ? { value, quoted_empty: true } : value) },
  });
}

function cells(properties: Properties, columns: Group['columns'], where: string): (string | null)[] {
  return columns.map(({ key }) => {
    const value = properties[key];
    return value === undefined || value === null ? null : fieldValue(value, `${where} ${key}`);
  });
}

function spansLines(row: readonly (string | null)[]): boolean {
  return row.some((cell) => cell !== null && (cell.includes('\n') || cell.includes('\r')));
}

function emptyListsOf(properties: Properties): string[] {
  return Object.keys(properties).filter((key) => {
    const value = properties[key];
    return Array.isArray(value) && value.length === 0;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
