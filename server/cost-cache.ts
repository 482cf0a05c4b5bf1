import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';

/**
 * The only field arguments the cost estimator reads (server/cost.ts passes it nothing
 * else), so the only variables that can change an operation's cost are the ones used
 * in these arguments, and in directives (`@include(if: $x)` decides whether a
 * selection counts at all).
 */
export const COST_ARGUMENTS: ReadonlySet<string> = new Set(['first', 'maxHops', 'depth', 'ids']);

/** Most costs remembered per document (one per combination of the variables that count). */
const MAX_COSTS_PER_DOCUMENT = 64;
/** A longer key (e.g. a long `ids` list) is not worth remembering: the cost is counted afresh. */
const MAX_KEY_LENGTH = 1024;

function variablesIn(value: ValueNode, into: Set<string>): void {
  switch (value.kind) {
    case Kind.VARIABLE:
      into.add(value.name.value);
      return;
    case Kind.LIST:
      for (const item of value.values) variablesIn(item, into);
      return;
    case Kind.OBJECT:
      for (const field of value.fields) variablesIn(field.value, into);
      return;
    default:
  }
}

/** Names of the variables of a document that can change its cost, sorted. */
export function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? [])
        if (COST_ARGUMENTS.has(argument.name.value)) variablesIn(argument.value, names);
    },
    Directive(directive) {
      for (const argument of directive.arguments ?? []) variablesIn(argument.value, names);
    },
  });
  return [...names].sort();
}

interface DocumentCosts {
  variables: string[];
  costs: Map<string, number>;
}

/**
 * Remembers an operation's cost per parsed document (graphql-yoga's parser cache hands
 * the same DocumentNode to every request with the same text), per operation name and per
 * values of the variables that can change it, so a repeated operation is counted once:
 * counting walks the whole selection with the schema's type information, which cost more
 * CPU than anything else the server adds to a small request. Variables that do not count
 * (an `id`, a search text) do not split the entries; a changed `first: $n` does.
 */
export function createCostCache(
  count: (document: DocumentNode, variables: Record<string, unknown>, operationName?: string) => number,
) {
  const documents = new WeakMap<DocumentNode, DocumentCosts>();
  return (document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number => {
    let entry = documents.get(document);
    if (!entry) {
      entry = { variables: costVariables(document), costs: new Map() };
      documents.set(document, entry);
    }
    // [value] when given, [] when absent (its default applies): null and absent differ.
    const values =
      entry.variables.length === 0
        ? ''
        : JSON.stringify(
            entry.variables.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : [])),
          );
    const key = `${operationName ?? ''}\u0000${values}`;
    const known = entry.costs.get(key);
    if (known !== undefined) return known;
    // Throws for variables that do not fit their types: nothing is remembered then.
    const cost = count(document, variables, operationName);
    if (key.length <= MAX_KEY_LENGTH) {
      if (entry.costs.size >= MAX_COSTS_PER_DOCUMENT) entry.costs.clear();
      entry.costs.set(key, cost);
    }
    return cost;
  };
}
