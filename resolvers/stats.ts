import { NODE_LABELS, type NodeLabel } from '../schema/model';
import type { StoredNode } from '../store/graph-store';
import type { RequestContext } from './context';
import { kindOfLabel } from './document';
import { firstPlusOne } from './bounded-lists';
import { placeFootprint } from './place-footprint';
import type { ResolverMap, UnreadArgs } from './types';

export interface KindCount {
  kind: string;
  count: number;
}

function kindCounts(counts: Partial<Record<NodeLabel, number>>): KindCount[] {
  return NODE_LABELS.map((label) => ({ kind: kindOfLabel(label), count: counts[label] ?? 0 }));
}

/** The root object of `stats`: the label counts are asked of the store once, and only when a field needs them. */
export interface StatsRoot {
  counts(): Promise<Record<NodeLabel, number>>;
}

function stats(_root: unknown, _args: UnreadArgs, ctx: RequestContext): StatsRoot {
  let counts: Promise<Record<NodeLabel, number>> | undefined;
  return { counts: () => (counts ??= ctx.store.countByLabel()) };
}

async function placeStats(
  _stats: unknown,
  args: { kind?: string | null; under?: string | null; first?: number | null },
  ctx: RequestContext,
): Promise<{ place: StoredNode; counts: KindCount[] }[]> {
  const page = await ctx.store.findNodes({
    filter: {
      label: 'Place',
      properties: { kind: args.kind ?? 'TOWN' },
      underPlaceId: args.under ?? undefined,
    },
    sort: [{ field: 'name', direction: 'ASC' }],
    // Each place's footprint is a walk: only the places asked for are walked.
    limit: firstPlusOne(args, ctx.limits),
    signal: ctx.signal,
  });
  for (const node of page.nodes) ctx.loaders.nodes.prime(node.id, node);
  const footprints = await Promise.all(page.nodes.map((place) => placeFootprint(ctx.loaders, place)));
  return footprints.map(({ place, nodes }) => {
    const counts: Partial<Record<NodeLabel, number>> = {};
    for (const node of nodes) counts[node.label] = (counts[node.label] ?? 0) + 1;
    // Documents are not located anywhere; a place's documents are those mentioning it or what it holds.
    const documents = new Set([place, ...nodes].flatMap((node) => node.documentIds));
    counts.Document = documents.size;
    return { place, counts: kindCounts(counts) };
  });
}

export const statsResolvers: ResolverMap = {
  Query: { stats },
  Stats: {
    total: async (_stats: unknown, _args: UnreadArgs, ctx: RequestContext) =>
      Object.values(await ctx.store.countByLabel()).reduce((sum, count) => sum + count, 0),
    kinds: async (_stats: unknown, _args: UnreadArgs, ctx: RequestContext) =>
      kindCounts(await ctx.store.countByLabel()),
    places: placeStats,
  },
};
