/**
 * Numbers as Chinese documents write them: 130亿, 2.6万, so that a planner reads the
 * figure the way the source sentence states it.
 */
export function formatQuantity(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${trim(value / 1e8)}亿`;
  if (abs >= 1e4) return `${trim(value / 1e4)}万`;
  return trim(value);
}

function trim(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
}

/** Enum values (UNDER_CONSTRUCTION) as words (under construction). */
export function formatEnum(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}
