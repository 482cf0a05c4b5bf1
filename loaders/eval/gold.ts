import { PLACE_KINDS } from '../../schema/model';

/**
 * Gold annotations of one document (the format of docs/gold-format.md). Any item may
 * carry `optional: true`: a borderline item that is neither required nor wrong. An
 * optional item must say why in `reason`, because optional items never count as misses
 * and so raise recall: each one has to be argued, not assumed.
 */

export const ENTITY_KINDS = [
  'places',
  'zones',
  'projects',
  'enterprises',
  'institutions',
  'programmes',
  'people',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export const FIGURE_KINDS = ['targets', 'indicators'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];
export const GOLD_KINDS = [...ENTITY_KINDS, ...FIGURE_KINDS, 'relations'] as const;
export type GoldKind = (typeof GOLD_KINDS)[number];

interface Optional {
  optional?: boolean;
  /** Why the item is optional; required when `optional` is true. */
  reason?: string;
}

export interface GoldEntity extends Optional {
  name: string;
  aliases?: string[];
  /** Places only. */
  kind?: string;
  parent?: string | null;
  place?: string | null;
  enterprise?: string | null;
  status?: string | null;
  level?: string | null;
  role?: string | null;
}

export interface GoldFigure extends Optional {
  subject: string;
  metric: string;
  value: number;
  /** The upper end when the text gives a range (5000万—8000万元): value is then the lower end. */
  valueMax?: number;
  unit: string;
  year: number | null;
  qualifier?: string | null;
  text: string;
}

export interface GoldRelation extends Optional {
  type: string;
  from: string;
  to: string;
}

export interface GoldDocument {
  document: string;
  primary_place: string;
  places: GoldEntity[];
  zones: GoldEntity[];
  projects: GoldEntity[];
  enterprises: GoldEntity[];
  institutions: GoldEntity[];
  programmes: GoldEntity[];
  people: GoldEntity[];
  targets: GoldFigure[];
  indicators: GoldFigure[];
  relations: GoldRelation[];
}

/** A gold file that does not have the gold format; names the file and the field. */
export class GoldFormatError extends Error {
  constructor(source: string, problem: string) {
    super(`${source}: ${problem}`);
    this.name = 'GoldFormatError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(data: Record<string, unknown>, key: string, source: string): Record<string, unknown>[] {
  const value = data[key] ?? [];
  if (!Array.isArray(value)) throw new GoldFormatError(source, `"${key}" must be an array`);
  return value.map((item, index) => {
    if (!isRecord(item)) throw new GoldFormatError(source, `${key}[${index}] must be an object`);
    return item;
  });
}

function requireString(item: Record<string, unknown>, field: string, where: string): string {
  const value = item[field];
  if (typeof value !== 'string' || value.trim() === '')
    throw new Error(`${where}.${field} must be a non-empty string`);
  return value;
}

function checkOptional(item: Record<string, unknown>, where: string): void {
  if (item.optional !== undefined && typeof item.optional !== 'boolean')
    throw new Error(`${where}.optional must be true or false`);
  if (item.optional === true) requireString(item, 'reason', where);
}

function checkEntity(item: Record<string, unknown>, where: string, kind: EntityKind): GoldEntity {
  requireString(item, 'name', where);
  checkOptional(item, where);
  if (
    item.aliases !== undefined &&
    !(Array.isArray(item.aliases) && item.aliases.every((a) => typeof a === 'string'))
  ) {
    throw new Error(`${where}.aliases must be an array of strings`);
  }
  if (kind === 'places' && !(PLACE_KINDS as readonly unknown[]).includes(item.kind)) {
    throw new Error(`${where}.kind must be one of ${PLACE_KINDS.join(', ')}`);
  }
  return item as unknown as GoldEntity;
}

function checkFigure(item: Record<string, unknown>, where: string): GoldFigure {
  requireString(item, 'subject', where);
  checkOptional(item, where);
  requireString(item, 'unit', where);
  if (typeof item.value !== 'number' || !Number.isFinite(item.value))
    throw new Error(`${where}.value must be a number`);
  if (item.valueMax !== undefined && (typeof item.valueMax !== 'number' || !Number.isFinite(item.valueMax))) {
    throw new Error(`${where}.valueMax must be a number`);
  }
  if (item.year !== null && item.year !== undefined && !Number.isInteger(item.year)) {
    throw new Error(`${where}.year must be an integer or null`);
  }
  return { ...(item as unknown as GoldFigure), year: (item.year as number | null | undefined) ?? null };
}

/** Parses and checks one gold file's JSON text. */
export function parseGold(text: string, source: string): GoldDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GoldFormatError(source, `not JSON (${(error as Error).message})`);
  }
  if (!isRecord(data)) throw new GoldFormatError(source, 'must be a JSON object');
  try {
    const document = requireString(data, 'document', 'gold');
    const gold: GoldDocument = {
      document,
      primary_place: typeof data.primary_place === 'string' ? data.primary_place : '',
      places: [],
      zones: [],
      projects: [],
      enterprises: [],
      institutions: [],
      programmes: [],
      people: [],
      targets: [],
      indicators: [],
      relations: [],
    };
    for (const kind of ENTITY_KINDS) {
      gold[kind] = list(data, kind, source).map((item, i) => checkEntity(item, `${kind}[${i}]`, kind));
    }
    for (const kind of FIGURE_KINDS) {
      gold[kind] = list(data, kind, source).map((item, i) => checkFigure(item, `${kind}[${i}]`));
    }
    gold.relations = list(data, 'relations', source).map((item, i) => {
      for (const field of ['type', 'from', 'to']) requireString(item, field, `relations[${i}]`);
      checkOptional(item, `relations[${i}]`);
      return item as unknown as GoldRelation;
    });
    return gold;
  } catch (error) {
    if (error instanceof GoldFormatError) throw error;
    throw new GoldFormatError(source, (error as Error).message);
  }
}
