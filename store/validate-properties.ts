/**
 * Whether a value is one Neo4j can store as a property: a primitive, null, or an array of
 * only strings or only numbers (no nested maps, no mixed lists), and a finite number.
 */
export function propertyValueProblem(value: unknown): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number')
    return Number.isFinite(value) ? undefined : `${value} is not a finite number`;
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string')) return undefined;
    if (value.every((item) => typeof item === 'number' && Number.isFinite(item))) return undefined;
    return 'an array must hold only strings or only finite numbers';
  }
  return `a ${typeof value} cannot be stored as a property`;
}

/**
 * The first problem of a properties object. `reserved` names the keys the store keeps
 * for itself on the same node or edge (properties are flattened onto it).
 */
export function propertiesProblem(properties: unknown, reserved: readonly string[]): string | undefined {
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
    return 'properties must be an object';
  }
  for (const [key, value] of Object.entries(properties)) {
    if (reserved.includes(key)) return `property "${key}" is reserved by the store`;
    const problem = propertyValueProblem(value);
    if (problem) return `property "${key}": ${problem}`;
  }
  return undefined;
}

/** Node properties sit beside the record's own fields. */
export const RESERVED_NODE_PROPERTIES = ['id', 'name', 'aliases'] as const;
/** Relationship properties sit beside the relationship key. */
export const RESERVED_RELATIONSHIP_PROPERTIES = ['key'] as const;
