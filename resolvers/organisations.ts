import type { StoredNode } from '../store/graph-store';
import type { RequestContext } from './context';
import { entityFields } from './entity';
import { byName, related } from './graph-walk';
import { PROJECT_STATUSES } from '../schema/model';
import { enumProperty, numberProperty } from './properties';
import type { ResolverMap, UnreadArgs } from './types';

type Ctx = RequestContext;

/** The place a node lies in: directly, or through the zone it lies in. */
async function placeOf(node: StoredNode, ctx: Ctx): Promise<StoredNode | null> {
  const containers = await related(ctx.loaders, node.id, { direction: 'OUT', type: 'LOCATED_IN' });
  const place = containers.find((container) => container.label === 'Place');
  if (place) return place;
  const zone = containers.find((container) => container.label === 'Zone');
  if (!zone) return null;
  const zonePlaces = await related(ctx.loaders, zone.id, {
    direction: 'OUT',
    type: 'LOCATED_IN',
    label: 'Place',
  });
  return zonePlaces[0] ?? null;
}

async function zoneOf(node: StoredNode, ctx: Ctx): Promise<StoredNode | null> {
  const zones = await related(ctx.loaders, node.id, { direction: 'OUT', type: 'LOCATED_IN', label: 'Zone' });
  return zones[0] ?? null;
}

/** Partners are linked either way: PARTNERS_WITH is symmetric in meaning. */
async function partners(node: StoredNode, _args: UnreadArgs, ctx: Ctx): Promise<StoredNode[]> {
  const found = await related(ctx.loaders, node.id, { direction: 'BOTH', type: 'PARTNERS_WITH' });
  return byName(found.filter((other) => other.id !== node.id && other.label !== 'Document'));
}

const place = (node: StoredNode, _args: UnreadArgs, ctx: Ctx) => placeOf(node, ctx);
const zone = (node: StoredNode, _args: UnreadArgs, ctx: Ctx) => zoneOf(node, ctx);

export const organisationResolvers: ResolverMap = {
  Project: {
    ...entityFields,
    status: (project: StoredNode) => enumProperty(project, 'status', PROJECT_STATUSES),
    investment: (project: StoredNode) => numberProperty(project, 'investment'),
    place,
    zone,
    enterprise: async (project: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      (
        await related(ctx.loaders, project.id, { direction: 'OUT', type: 'OPERATED_BY', label: 'Enterprise' })
      )[0] ?? null,
    enterprises: (project: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, project.id, { direction: 'OUT', type: 'OPERATED_BY', label: 'Enterprise' }),
    programmes: (project: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, project.id, { direction: 'OUT', type: 'PART_OF', label: 'Programme' }),
    targets: (project: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, project.id, { direction: 'OUT', type: 'TARGETS', label: 'Target' }),
  },
  Enterprise: {
    ...entityFields,
    place,
    zone,
    projects: (enterprise: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, enterprise.id, { direction: 'IN', type: 'OPERATED_BY', label: 'Project' }),
    partners,
    indicators: (enterprise: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, enterprise.id, { direction: 'OUT', type: 'REPORTS', label: 'Indicator' }),
  },
  Institution: { ...entityFields, place, partners },
  Zone: {
    ...entityFields,
    places: (zoneNode: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, zoneNode.id, { direction: 'OUT', type: 'LOCATED_IN', label: 'Place' }),
    projects: (zoneNode: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, zoneNode.id, { direction: 'IN', type: 'LOCATED_IN', label: 'Project' }),
    enterprises: (zoneNode: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, zoneNode.id, { direction: 'IN', type: 'LOCATED_IN', label: 'Enterprise' }),
    industries: (zoneNode: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, zoneNode.id, { direction: 'OUT', type: 'FOCUSES_ON', label: 'Industry' }),
  },
  Industry: {
    ...entityFields,
    places: (industry: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, industry.id, { direction: 'IN', type: 'FOCUSES_ON', label: 'Place' }),
    zones: (industry: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, industry.id, { direction: 'IN', type: 'FOCUSES_ON', label: 'Zone' }),
  },
};
