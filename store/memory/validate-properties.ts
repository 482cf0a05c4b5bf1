/**
 * Whether a value is a PropertyValue that every backend can hold: a primitive, null, or an
 * array of only strings or only numbers (Neo4j stores no nested or mixed arrays, and JSON
 * has no NaN or Infinity). Returns the problem, or undefined when the value is fine.
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

/** The first problem among an object's property values, as "key: problem". */
export function propertiesProblem(properties: unknown): string | undefined {
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
    return 'properties must be an object';
  }
  for (const [key, value] of Object.entries(properties)) {
    const problem = propertyValueProblem(value);
    if (problem) return `property "${key}": ${problem}`;
  }
  return undefined;
}
