import type { StoredNode } from '../store/graph-store';
import { connectionFromList, type PageArgs } from './connection';
import type { RequestContext } from './context';
import { entityFields } from './entity';
import { ancestorsOf, descendantsWithLabel, related, relatedUnder } from './graph-walk';
import { PLACE_KINDS } from '../schema/model';
import { enumProperty, integerProperty, stringListProperty, stringProperty } from './properties';
import type { ResolverMap, UnreadArgs } from './types';

type Ctx = RequestContext;

async function ofKind(place: StoredNode, ctx: Ctx, kind: string): Promise<StoredNode | null> {
  if (stringProperty(place, 'kind') === kind) return place;
  const chain = await ancestorsOf(ctx.loaders, place.id);
  return chain.find((node) => stringProperty(node, 'kind') === kind) ?? null;
}

async function children(place: StoredNode, ctx: Ctx, kind?: string | null): Promise<StoredNode[]> {
  const below = await related(ctx.loaders, place.id, { direction: 'IN', type: 'LOCATED_IN', label: 'Place' });
  return kind ? below.filter((node) => stringProperty(node, 'kind') === kind) : below;
}

async function projects(place: StoredNode, ctx: Ctx, status?: string | null): Promise<StoredNode[]> {
  const found = await descendantsWithLabel(ctx.loaders, { id: place.id, label: 'Project' });
  return status ? found.filter((node) => stringProperty(node, 'status') === status) : found;
}

interface TargetArgs {
  year?: number | null;
  includeUnder?: boolean | null;
}

async function targets(place: StoredNode, ctx: Ctx, args: TargetArgs): Promise<StoredNode[]> {
  const request = { direction: 'OUT', type: 'TARGETS', label: 'Target' } as const;
  const found = args.includeUnder
    ? await relatedUnder(ctx.loaders, { id: place.id, ...request })
    : await related(ctx.loaders, place.id, request);
  const { year } = args;
  return typeof year === 'number' ? found.filter((node) => integerProperty(node, 'year') === year) : found;
}

export const placeResolvers: ResolverMap = {
  Place: {
    ...entityFields,
    kind: (place: StoredNode) => {
      const kind = enumProperty(place, 'kind', PLACE_KINDS);
      if (!kind) throw new Error(`invariant violated: place ${place.id} has no kind`);
      return kind;
    },
    code: (place: StoredNode) => stringProperty(place, 'code'),
    candidates: (place: StoredNode) => stringListProperty(place, 'candidates'),
    district: (place: StoredNode, _args: UnreadArgs, ctx: Ctx) => ofKind(place, ctx, 'DISTRICT'),
    city: (place: StoredNode, _args: UnreadArgs, ctx: Ctx) => ofKind(place, ctx, 'CITY'),
    parent: async (place: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      (await ancestorsOf(ctx.loaders, place.id))[0] ?? null,
    ancestors: (place: StoredNode, _args: UnreadArgs, ctx: Ctx) => ancestorsOf(ctx.loaders, place.id),
    children: async (place: StoredNode, args: PageArgs & { kind?: string | null }, ctx: Ctx) =>
      connectionFromList(await children(place, ctx, args.kind), args, ctx.limits),
    projects: (place: StoredNode, args: { status?: string | null }, ctx: Ctx) =>
      projects(place, ctx, args.status),
    projectsConnection: async (place: StoredNode, args: PageArgs & { status?: string | null }, ctx: Ctx) =>
      connectionFromList(await projects(place, ctx, args.status), args, ctx.limits),
    enterprises: async (place: StoredNode, args: PageArgs, ctx: Ctx) =>
      connectionFromList(
        await descendantsWithLabel(ctx.loaders, { id: place.id, label: 'Enterprise' }),
        args,
        ctx.limits,
      ),
    institutions: async (place: StoredNode, args: PageArgs, ctx: Ctx) =>
      connectionFromList(
        await descendantsWithLabel(ctx.loaders, { id: place.id, label: 'Institution' }),
        args,
        ctx.limits,
      ),
    zones: (place: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      descendantsWithLabel(ctx.loaders, { id: place.id, label: 'Zone' }),
    programmes: (place: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, place.id, { direction: 'OUT', type: 'PARTICIPATES_IN', label: 'Programme' }),
    targets: (place: StoredNode, args: TargetArgs, ctx: Ctx) => targets(place, ctx, args),
    targetsConnection: async (place: StoredNode, args: PageArgs & TargetArgs, ctx: Ctx) =>
      connectionFromList(await targets(place, ctx, args), args, ctx.limits),
    indicators: async (place: StoredNode, args: PageArgs, ctx: Ctx) =>
      connectionFromList(
        await related(ctx.loaders, place.id, { direction: 'OUT', type: 'REPORTS', label: 'Indicator' }),
        args,
        ctx.limits,
      ),
    people: (place: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, place.id, { direction: 'IN', type: 'SERVES_IN', label: 'Person' }),
    industries: (place: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, place.id, { direction: 'OUT', type: 'FOCUSES_ON', label: 'Industry' }),
  },
};
