import { comparisonName } from '../resolve/canonical-name';

/**
 * Names are compared in the project's comparison form (loaders/resolve/canonical-name.ts),
 * the same rule that decides which mentions are one entity, made blind to typography.
 */
export const canonicalName = comparisonName;

/** The canonical forms of a name and its aliases, empty forms dropped. */
export function nameForms(name: string, aliases: readonly string[] = []): Set<string> {
  return new Set([name, ...aliases].map(canonicalName).filter((form) => form.length > 0));
}

export function sharesForm(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const form of a) if (b.has(form)) return true;
  return false;
}
