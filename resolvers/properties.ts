import type { StoredNode } from '../store/graph-store';

/**
 * Typed reads of node properties. Stores hold whatever the loaders wrote, so a property of
 * an unexpected type reads as absent rather than breaking the response.
 */
export function stringProperty(node: StoredNode, key: string): string | null {
  const value = node.properties[key];
  return typeof value === 'string' ? value : null;
}

/** A property that holds one of an enum's values; null when absent or not one of them. */
export function enumProperty<T extends string>(
  node: StoredNode,
  key: string,
  values: readonly T[],
): T | null {
  const value = node.properties[key];
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : null;
}

export function numberProperty(node: StoredNode, key: string): number | null {
  const value = node.properties[key];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

export function integerProperty(node: StoredNode, key: string): number | null {
  const value = numberProperty(node, key);
  return value !== null && Number.isInteger(value) ? value : null;
}

export function booleanProperty(node: StoredNode, key: string): boolean | null {
  const value = node.properties[key];
  return typeof value === 'boolean' ? value : null;
}

export function stringListProperty(node: StoredNode, key: string): string[] {
  const value = node.properties[key];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' && value !== '' ? [value] : [];
}
