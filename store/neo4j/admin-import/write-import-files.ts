import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Properties } from '../../../schema/model';
import type { GraphStore, StoredNode, StoredRelationship } from '../../graph-store';
import { BASE_LABEL } from '../queries/cypher-query';
import { ARRAY_DELIMITER, columnType, fieldValue } from './column-types';

/** What the export wrote: the files neo4j-admin reads and the options it needs. */
export interface ImportManifest {
  format: 'towngraph-neo4j-import';
  version: 1;
  /** File names (inside the directory) of nodes and of relationships, each with its header row. */
  nodes: string[];
  relationships: string[];
  arrayDelimiter: string;
  nodeCount: number;
  relationshipCount: number;
  /**
   * Empty list properties, which a CSV field cannot carry (an empty field is no
   * property): set after the import by finishImport().
   */
  emptyLists: EmptyLists;
}

export interface EmptyLists {
  nodes: { id: string; properties: string[] }[];
  relationships: { key: string; type: string; properties: string[] }[];
}

export const MANIFEST_FILE = 'import.json';

/** Nodes read per page from the store. */
const PAGE = 5000;

interface Group<T> {
  header: string[];
  columns: { key: string; type: string }[];
  rows: T[];
}

/**
 * Writes the whole graph of a store as CSV files for `neo4j-admin database import full`,
 * in the layout the online load gives (store/neo4j/README.md): labels `Node` and the
 * node's own, `id` as the import id, name, aliases and the record's properties; one
 * relationship per stored edge with its `key` and provenance. A CSV column has one type,
 * so the rows are grouped into one file per label (or relationship type) and set of
 * typed properties, each file with its own header row. Also writes import.json, which
 * tools/neo4j/import.ts reads to run the importer.
 */
export async function writeImportFiles(options: { store: GraphStore; dir: string }): Promise<ImportManifest> {
  const { store, dir } = options;
  await mkdir(dir, { recursive: true });
  const nodeGroups = new Map<string, Group<StoredNode>>();
  const relationshipGroups = new Map<string, Group<StoredRelationship>>();
  let nodeCount = 0;
  let relationshipCount = 0;
  const emptyLists: EmptyLists = { nodes: [], relationships: [] };
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.findNodes({
      filter: {},
      sort: [{ field: 'id', direction: 'ASC' }],
      offset,
      limit: PAGE,
    });
    for (const node of page.nodes) {
      const properties = nodeProperties(node);
      addTo(nodeGroups, { prefix: node.label, properties, item: node, fixed: ['id:ID', ':LABEL'] });
      const empty = emptyListsOf(properties);
      if (empty.length > 0) emptyLists.nodes.push({ id: node.id, properties: empty });
      nodeCount += 1;
    }
    const ids = page.nodes.map((node) => node.id);
    const onPage = new Set(ids);
    if (ids.length > 0) {
      for (const rel of await store.getRelationships({ nodeIds: ids, direction: 'OUT' })) {
        if (!onPage.has(rel.from)) continue;
        addTo(relationshipGroups, {
          prefix: rel.type,
          properties: { ...rel.properties, key: rel.key },
          item: rel,
          fixed: [':START_ID', ':END_ID', ':TYPE'],
        });
        relationshipCount += 1;
        const empty = emptyListsOf(rel.properties);
        if (empty.length > 0)
          emptyLists.relationships.push({ key: rel.key, type: rel.type, properties: empty });
      }
    }
    if (page.nodes.length < PAGE) break;
  }
  const nodes = await writeGroups(dir, 'nodes', nodeGroups, (node, columns) => [
    node.id,
    [BASE_LABEL, node.label].join(ARRAY_DELIMITER),
    ...columns.map(({ key }) => cell(nodeProperties(node)[key], `${node.id} ${key}`)),
  ]);
  const relationships = await writeGroups(dir, 'relationships', relationshipGroups, (rel, columns) => [
    rel.from,
    rel.to,
    rel.type,
    ...columns.map(({ key }) => cell({ ...rel.properties, key: rel.key }[key], `${rel.key} ${key}`)),
  ]);
  const manifest: ImportManifest = {
    format: 'towngraph-neo4j-import',
    version: 1,
    nodes,
    relationships,
    arrayDelimiter: ARRAY_DELIMITER,
    nodeCount,
    relationshipCount,
    emptyLists,
  };
  await writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** A node's stored properties: the record's, then name and aliases (id is the import id). */
function nodeProperties(node: StoredNode): Properties {
  return { ...node.properties, name: node.name, aliases: node.aliases };
}

function emptyListsOf(properties: Properties): string[] {
  return Object.keys(properties).filter((key) => {
    const value = properties[key];
    return Array.isArray(value) && value.length === 0;
  });
}

function cell(value: Properties[string] | undefined, where: string): string | null {
  return value === undefined || value === null ? null : fieldValue(value, where);
}

function addTo<T>(
  groups: Map<string, Group<T>>,
  entry: { prefix: string; properties: Properties; item: T; fixed: string[] },
): void {
  const columns = Object.keys(entry.properties)
    .sort()
    .flatMap((key) => {
      const type = columnType(entry.properties[key] ?? null);
      return type ? [{ key, type }] : [];
    });
  const signature = `${entry.prefix}|${columns.map(({ key, type }) => `${key}:${type}`).join(',')}`;
  let group = groups.get(signature);
  if (!group) {
    group = {
      header: [...entry.fixed, ...columns.map(({ key, type }) => `${key}:${type}`)],
      columns,
      rows: [],
    };
    groups.set(signature, group);
  }
  group.rows.push(entry.item);
}

async function writeGroups<T>(
  dir: string,
  kind: string,
  groups: Map<string, Group<T>>,
  row: (item: T, columns: Group<T>['columns']) => (string | null)[],
): Promise<string[]> {
  const files: string[] = [];
  let index = 0;
  for (const [signature, group] of groups) {
    const name = `${kind}-${signature.split('|')[0]!.toLowerCase()}-${index}.csv`;
    index += 1;
    // An absent value is an empty field (no property); an empty string is quoted ("") so
    // that it stays an empty string.
    const text = stringify([group.header, ...group.rows.map((item) => row(item, group.columns))], {
      cast: { string: (value) => (value === '' ? { value, quoted_empty: true } : value) },
    });
    await writeFile(path.join(dir, name), text);
    files.push(name);
  }
  return files;
}
