import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ImportManifest } from '../../store/neo4j/admin-import/write-import-files';

/**
 * Every row of an export for neo4j-admin, nodes by id and relationships by type and key,
 * each as header → field, whatever file and order it was written in. Throws on a repeat.
 */
export async function readExport(
  dir: string,
  manifest: ImportManifest,
): Promise<Record<string, Record<string, string>>> {
  const rows: Record<string, Record<string, string>> = {};
  for (const file of [...manifest.nodes, ...manifest.relationships]) {
    const [header, ...records] = parse(await readFile(path.join(dir, file))) as string[][];
    for (const record of records) {
      const fields = Object.fromEntries(header!.map((name, index) => [name, record[index]!]));
      const id = fields['id:ID'] ?? `${fields[':TYPE']} ${fields['key:string']}`;
      if (id in rows) throw new Error(`${id} is exported twice (${file})`);
      rows[id] = fields;
    }
  }
  return rows;
}
