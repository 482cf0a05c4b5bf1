import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphStore } from '../../graph-store';
import { ARRAY_DELIMITER } from './column-types';
import { ImportFileWriter, type EmptyLists, type WrittenImportFiles } from './import-file-writer';

export type { EmptyLists } from './import-file-writer';

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
   * property): set after the import by finishImport(). `aliases` is not among them: a node
   * imported without it reads as having none.
   */
  emptyLists: EmptyLists;
  /**
   * The files with a field spanning lines; the importer parses only these line by line
   * (the others in parallel chunks). Absent in older exports: then every file is.
   */
  multilineFiles?: string[];
}

export const MANIFEST_FILE = 'import.json';

/** Nodes read per page from the store. */
const PAGE = 5000;

/**
 * Writes the whole graph of a store as CSV files for `neo4j-admin database import full`
 * (layout: import-file-writer.ts), page by page of nodes with their outgoing edges. Also
 * writes import.json, which tools/neo4j/import.ts reads to run the importer.
 */
export async function writeImportFiles(options: { store: GraphStore; dir: string }): Promise<ImportManifest> {
  const { store, dir } = options;
  await mkdir(dir, { recursive: true });
  const writer = new ImportFileWriter(dir);
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.findNodes({
      filter: {},
      sort: [{ field: 'id', direction: 'ASC' }],
      offset,
      limit: PAGE,
    });
    for (const node of page.nodes) writer.addNode(node);
    const ids = page.nodes.map((node) => node.id);
    const onPage = new Set(ids);
    if (ids.length > 0) {
      for (const rel of await store.getRelationships({ nodeIds: ids, direction: 'OUT' })) {
        if (onPage.has(rel.from)) writer.addRelationship(rel);
      }
    }
    if (page.nodes.length < PAGE) break;
  }
  return writeManifest(dir, writer.finish());
}

/** Writes import.json beside the files and returns it. */
export async function writeManifest(dir: string, files: WrittenImportFiles): Promise<ImportManifest> {
  const manifest: ImportManifest = {
    format: 'towngraph-neo4j-import',
    version: 1,
    nodes: files.nodes,
    relationships: files.relationships,
    arrayDelimiter: ARRAY_DELIMITER,
    nodeCount: files.nodeCount,
    relationshipCount: files.relationshipCount,
    emptyLists: files.emptyLists,
    multilineFiles: files.multilineFiles,
  };
  await writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
