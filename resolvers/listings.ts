import type { NodeFilter, StoredNode } from '../store/graph-store';
import { connectionFromStore, type PageArgs } from './connection';
import type { RequestContext } from './context';
import {
  idsLinkedFrom,
  idsLinkedUnder,
  intersectIds,
  presentProperties,
  toNodeSort,
  type SortArg,
} from './listing-filters';
import { firstPlusOne } from './bounded-lists';
import type { ResolverMap } from './types';

type Ctx = RequestContext;
type ListArgs<F> = PageArgs & { filter?: F | null; sort?: SortArg[] | null };
type Filter = Record<string, string | number | null | undefined>;

function list<F extends Filter>(build: (filter: F, ctx: Ctx) => Promise<NodeFilter> | NodeFilter) {
  return async (_root: unknown, args: ListArgs<F>, ctx: Ctx) =>
    connectionFromStore(ctx, {
      filter: await build(args.filter ?? ({} as F), ctx),
      sort: toNodeSort(args.sort),
      args,
    });
}

interface PlaceFilter extends Filter {
  place?: string | null;
  kind?: string | null;
  name?: string | null;
  programme?: string | null;
}
interface ProjectFilter extends Filter {
  place?: string | null;
  status?: string | null;
  programme?: string | null;
  enterprise?: string | null;
  name?: string | null;
}
interface FigureFilter extends Filter {
  place?: string | null;
  year?: number | null;
  metric?: string | null;
  programme?: string | null;
}

const located = (label: NodeFilter['label']) =>
  list<{ place?: string | null; name?: string | null }>((f) => ({
    label,
    underPlaceId: f.place ?? undefined,
    nameContains: f.name ?? undefined,
  }));

function figures(label: 'Target' | 'Indicator') {
  const type = label === 'Target' ? 'TARGETS' : 'REPORTS';
  return list<FigureFilter>(async (f, ctx) => {
    const underPlace = f.place
      ? await idsLinkedUnder(ctx, { placeId: f.place, type, direction: 'OUT', label })
      : undefined;
    const ofProgramme = f.programme
      ? await idsLinkedFrom(ctx, { id: f.programme, type, direction: 'OUT' })
      : undefined;
    return {
      label,
      ids: intersectIds(underPlace, ofProgramme),
      properties: presentProperties({ year: f.year, metric: f.metric }),
    };
  });
}

async function towns(
  _root: unknown,
  args: { under?: string | null; first?: number | null },
  ctx: Ctx,
): Promise<StoredNode[]> {
  const page = await ctx.store.findNodes({
    filter: { label: 'Place', properties: { kind: 'TOWN' }, underPlaceId: args.under ?? undefined },
    sort: [{ field: 'name', direction: 'ASC' }],
    // One more than asked, so that the list bound sees the cut and reports it.
    limit: firstPlusOne(args, ctx.limits),
    signal: ctx.signal,
  });
  for (const node of page.nodes) ctx.loaders.nodes.prime(node.id, node);
  return page.nodes;
}

export const listingResolvers: ResolverMap = {
  Query: {
    towns,
    places: list<PlaceFilter>((f) => ({
      label: 'Place',
      underPlaceId: f.place ?? undefined,
      nameContains: f.name ?? undefined,
      properties: presentProperties({ kind: f.kind }),
      relatedTo: f.programme ? { type: 'PARTICIPATES_IN', id: f.programme } : undefined,
    })),
    zones: located('Zone'),
    enterprises: located('Enterprise'),
    institutions: located('Institution'),
    projects: list<ProjectFilter>(async (f, ctx) => ({
      label: 'Project',
      underPlaceId: f.place ?? undefined,
      nameContains: f.name ?? undefined,
      properties: presentProperties({ status: f.status }),
      relatedTo: f.programme ? { type: 'PART_OF', id: f.programme } : undefined,
      ids: f.enterprise
        ? await idsLinkedFrom(ctx, { id: f.enterprise, type: 'OPERATED_BY', direction: 'IN' })
        : undefined,
    })),
    programmes: list<{ place?: string | null; level?: string | null; name?: string | null }>(
      async (f, ctx) => ({
        label: 'Programme',
        nameContains: f.name ?? undefined,
        properties: presentProperties({ level: f.level }),
        ids: f.place
          ? await idsLinkedUnder(ctx, {
              placeId: f.place,
              type: 'PARTICIPATES_IN',
              direction: 'OUT',
              label: 'Programme',
            })
          : undefined,
      }),
    ),
    people: list<{ place?: string | null; name?: string | null }>(async (f, ctx) => ({
      label: 'Person',
      nameContains: f.name ?? undefined,
      ids: f.place
        ? await idsLinkedUnder(ctx, { placeId: f.place, type: 'SERVES_IN', direction: 'IN', label: 'Person' })
        : undefined,
    })),
    targets: figures('Target'),
    indicators: figures('Indicator'),
    documents: list<{ publisher?: string | null; mentions?: string | null }>(async (f, ctx) => {
      const mentioned = f.mentions ? await ctx.loaders.nodes.load(f.mentions) : undefined;
      return {
        label: 'Document',
        properties: presentProperties({ publisher: f.publisher }),
        ids: f.mentions ? (mentioned?.documentIds ?? []) : undefined,
      };
    }),
  },
};
