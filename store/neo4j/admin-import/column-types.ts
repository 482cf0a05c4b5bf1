import type { PropertyValue } from '../../../schema/model';

/**
 * The neo4j-admin import type of a property value, chosen as the online load stores it
 * (store/neo4j/values.ts): whole numbers as integers (long), others as floats (double),
 * lists of one type. Null and empty lists have no column: Neo4j stores neither.
 */
export function columnType(value: PropertyValue): string | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'long' : 'double';
  if (value.length === 0) return undefined;
  if (value.every((item) => typeof item === 'string')) return 'string[]';
  return (value as number[]).every((item) => Number.isSafeInteger(item)) ? 'long[]' : 'double[]';
}

/**
 * The array delimiter of the CSV files: the ASCII unit separator, which no text of a
 * document carries after reading (a value holding it is refused rather than split).
 */
export const ARRAY_DELIMITER = '\u001f';

/** Why a value cannot be one CSV field (a list item holding the delimiter), else undefined. */
export function unwritableValue(value: PropertyValue): string | undefined {
  return Array.isArray(value) &&
    (value as (string | number)[]).some((item) => String(item).includes(ARRAY_DELIMITER))
    ? 'a list item holds the unit separator (U+001F), which the export uses between items'
    : undefined;
}

/** A value as one CSV field. */
export function fieldValue(value: PropertyValue, where: string): string {
  const problem = unwritableValue(value);
  if (problem) throw new Error(`${where}: ${problem}`);
  return Array.isArray(value)
    ? (value as (string | number)[]).map(String).join(ARRAY_DELIMITER)
    : String(value);
}
