import type { NodeLabel, Properties, RelationshipType } from '../schema/model';
import type { NodeSort } from '../store/graph-store';
import type { RequestContext } from './context';
import { descendantsOf, related } from './graph-walk';

/** Sort fields of the API → property names in the store. */
const SORT_FIELDS: Record<string, string> = {
  NAME: 'name',
  ID: 'id',
  YEAR: 'year',
  VALUE: 'value',
  INVESTMENT: 'investment',
  PUBLISHED_AT: 'publishedAt',
  KIND: 'kind',
  STATUS: 'status',
};

export interface SortArg {
  field: string;
  direction?: 'ASC' | 'DESC' | null;
}

/** Store sort keys; absent: by name. The store ends ties on id, so pages are stable. */
export function toNodeSort(sort: readonly SortArg[] | null | undefined): NodeSort[] | undefined {
  if (!sort || sort.length === 0) return undefined;
  return sort.map((key) => ({ field: SORT_FIELDS[key.field] ?? 'name', direction: key.direction ?? 'ASC' }));
}

/** Equality filters with the absent (null or undefined) ones left out. */
export function presentProperties(
  values: Record<string, string | number | null | undefined>,
): Properties | undefined {
  const entries = Object.entries(values).filter(
    (entry): entry is [string, string | number] => entry[1] != null,
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * Ids of the nodes that a place, or any node under it, links to by one relationship type:
 * the goals, figures, programmes or officials of a place taken as a whole.
 */
export async function idsLinkedUnder(
  ctx: RequestContext,
  options: { placeId: string; type: RelationshipType; direction: 'IN' | 'OUT'; label: NodeLabel },
): Promise<string[]> {
  const under = await descendantsOf(ctx.loaders, options.placeId);
  const sources = [options.placeId, ...under.map((node) => node.id)];
  const lists = await Promise.all(
    sources.map((id) =>
      related(ctx.loaders, id, { direction: options.direction, type: options.type, label: options.label }),
    ),
  );
  return [...new Set(lists.flat().map((node) => node.id))];
}

/** Ids of the nodes one node links to by one type (a programme's goals). */
export async function idsLinkedFrom(
  ctx: RequestContext,
  options: { id: string; type: RelationshipType; direction: 'IN' | 'OUT' },
): Promise<string[]> {
  const found = await related(ctx.loaders, options.id, { direction: options.direction, type: options.type });
  return found.map((node) => node.id);
}

/** Both id restrictions hold: the intersection, or the one given. */
export function intersectIds(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
): string[] | undefined {
  if (!a) return b ? [...b] : undefined;
  if (!b) return [...a];
  const keep = new Set(b);
  return a.filter((id) => keep.has(id));
}
