import { BadRequestError, NotFoundError } from '../schema/errors';
import type { StoredNode } from '../store/graph-store';
import type { RequestContext } from './context';
import { descendantsOf, related } from './graph-walk';
import { integerProperty, numberProperty } from './properties';
import { boundedFirst } from './town-links';

/** One town's row of the comparison: the counts a planner sets side by side. */
export interface TownFiguresValue {
  town: StoredNode;
  projects: number;
  enterprises: number;
  programmes: number;
  investment: number | null;
  investedProjects: number;
  targets: number;
  indicators: number;
}

export interface TownComparisonValue {
  place: StoredNode;
  year: number | null;
  rows: TownFiguresValue[];
  totalCount: number;
  truncated: boolean;
}

function inYear(nodes: readonly StoredNode[], year: number | null): StoredNode[] {
  return year === null ? [...nodes] : nodes.filter((node) => integerProperty(node, 'year') === year);
}

/**
 * The figures of one town, counted as the Place fields count them: projects and
 * enterprises located anywhere under it, the programmes it takes part in, and the goals
 * and figures set by it or by what lies under it (its villages, zones, projects).
 */
async function townFigures(
  ctx: RequestContext,
  town: StoredNode,
  year: number | null,
): Promise<TownFiguresValue> {
  const under = await descendantsOf(ctx.loaders, town.id);
  const holders = [town, ...under];
  const [programmes, targetLists, indicatorLists] = await Promise.all([
    related(ctx.loaders, town.id, { direction: 'OUT', type: 'PARTICIPATES_IN', label: 'Programme' }),
    Promise.all(
      holders.map((h) => related(ctx.loaders, h.id, { direction: 'OUT', type: 'TARGETS', label: 'Target' })),
    ),
    Promise.all(
      holders.map((h) =>
        related(ctx.loaders, h.id, { direction: 'OUT', type: 'REPORTS', label: 'Indicator' }),
      ),
    ),
  ]);
  const distinct = (lists: StoredNode[][]) => [...new Map(lists.flat().map((n) => [n.id, n])).values()];
  const projects = under.filter((node) => node.label === 'Project');
  const stated = projects.map((p) => numberProperty(p, 'investment')).filter((v): v is number => v !== null);
  return {
    town,
    projects: projects.length,
    enterprises: under.filter((node) => node.label === 'Enterprise').length,
    programmes: programmes.length,
    investment: stated.length > 0 ? stated.reduce((sum, v) => sum + v, 0) : null,
    investedProjects: stated.length,
    targets: inYear(distinct(targetLists), year).length,
    indicators: inYear(distinct(indicatorLists), year).length,
  };
}

/** The towns under a district or city, each with its figures, ordered by name. */
export async function compareTowns(
  _root: unknown,
  args: { under: string; year?: number | null; first?: number | null },
  ctx: RequestContext,
): Promise<TownComparisonValue> {
  const first = boundedFirst(args.first, ctx, 50);
  const place = await ctx.loaders.nodes.load(args.under);
  if (!place) throw new NotFoundError(`place ${args.under}`);
  if (place.label !== 'Place')
    throw new BadRequestError(`compareTowns needs a place; ${args.under} is a ${place.label}`);
  const year = args.year ?? null;
  const page = await ctx.store.findNodes({
    filter: { label: 'Place', properties: { kind: 'TOWN' }, underPlaceId: place.id },
    sort: [{ field: 'name', direction: 'ASC' }],
    limit: first,
  });
  for (const node of page.nodes) ctx.loaders.nodes.prime(node.id, node);
  const rows = await Promise.all(page.nodes.map((town) => townFigures(ctx, town, year)));
  return { place, year, rows, totalCount: page.totalCount, truncated: page.totalCount > rows.length };
}
