import type { StoredNode } from '../store/graph-store';
import type { RequestContext } from './context';
import { entityFields } from './entity';
import { related } from './graph-walk';
import { PROGRAMME_LEVELS } from '../schema/model';
import { enumProperty, stringProperty } from './properties';
import type { ResolverMap, UnreadArgs } from './types';

type Ctx = RequestContext;

export const programmeResolvers: ResolverMap = {
  Programme: {
    ...entityFields,
    level: (programme: StoredNode) => enumProperty(programme, 'level', PROGRAMME_LEVELS),
    places: (programme: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, programme.id, { direction: 'IN', type: 'PARTICIPATES_IN', label: 'Place' }),
    projects: (programme: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, programme.id, { direction: 'IN', type: 'PART_OF', label: 'Project' }),
    parents: (programme: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, programme.id, { direction: 'OUT', type: 'PART_OF', label: 'Programme' }),
    parts: (programme: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, programme.id, { direction: 'IN', type: 'PART_OF', label: 'Programme' }),
    targets: (programme: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, programme.id, { direction: 'OUT', type: 'TARGETS', label: 'Target' }),
  },
  Person: {
    ...entityFields,
    role: async (person: StoredNode, _args: UnreadArgs, ctx: Ctx) => {
      const own = stringProperty(person, 'role');
      if (own) return own;
      // The role may only be on the SERVES_IN edge, where the sentence stated it.
      const edges = await ctx.loaders.edges.load({
        nodeId: person.id,
        direction: 'OUT',
        types: ['SERVES_IN'],
      });
      const role = edges.map((edge) => edge.properties.role).find((value) => typeof value === 'string');
      return typeof role === 'string' ? role : null;
    },
    places: (person: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      related(ctx.loaders, person.id, { direction: 'OUT', type: 'SERVES_IN', label: 'Place' }),
  },
};
