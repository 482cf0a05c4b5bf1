import { BadRequestError, NotFoundError } from '../schema/errors';
import type { RelationshipType } from '../schema/model';
import type { StoredNode, StoredRelationship } from '../store/graph-store';
import type { RequestContext } from './context';
import { enclosingTowns } from './enclosing-towns';
import { loadPresent } from './graph-walk';
import { compareLinks, type LinkEvidenceValue } from './link-evidence';
import type { RequestLoaders } from './dataloaders';
import { boundedFirst, compareEvidence } from './town-links';

/** A project in another town sharing something with the asked one. */
export interface ProjectLinkValue {
  other: StoredNode;
  towns: StoredNode[];
  evidence: LinkEvidenceValue[];
}

export interface ProjectLinksValue {
  project: StoredNode;
  towns: StoredNode[];
  links: ProjectLinkValue[];
  totalCount: number;
  truncated: boolean;
}

/** A neighbour reached over one edge, with the edge. */
interface Step {
  node: StoredNode;
  relationship: StoredRelationship;
}

async function step(
  loaders: RequestLoaders,
  options: { from: string; direction: 'IN' | 'OUT'; type: RelationshipType },
): Promise<Step[]> {
  const edges = await loaders.edges.load({
    nodeId: options.from,
    direction: options.direction,
    types: [options.type],
  });
  const nodes = new Map(
    (
      await loadPresent(
        loaders,
        edges.map((e) => (e.from === options.from ? e.to : e.from)),
      )
    ).map((n) => [n.id, n]),
  );
  return edges.flatMap((relationship) => {
    const node = nodes.get(relationship.from === options.from ? relationship.to : relationship.from);
    return node ? [{ node, relationship }] : [];
  });
}

/** A shared entity and, for each project holding it, the relationships that say so. */
interface Holding {
  entity: StoredNode;
  own: StoredRelationship[];
  projects: Map<string, { project: StoredNode; relationships: StoredRelationship[] }>;
}

function holding(entity: StoredNode, own: StoredRelationship[], reached: Step[][]): Holding {
  const projects = new Map<string, { project: StoredNode; relationships: StoredRelationship[] }>();
  for (const path of reached) {
    const last = path[path.length - 1];
    if (!last || last.node.label !== 'Project') continue;
    const entry = projects.get(last.node.id) ?? { project: last.node, relationships: [] };
    entry.relationships.push(...path.map((s) => s.relationship));
    projects.set(last.node.id, entry);
  }
  return { entity, own, projects };
}

/**
 * What the project shares, and who else holds it: its enterprises (OPERATED_BY), its
 * programmes (PART_OF), and the industries its zone focuses on (a project names no
 * industry itself; its zone does).
 */
async function holdings(loaders: RequestLoaders, project: StoredNode): Promise<Holding[]> {
  const [enterprises, programmes, zones] = await Promise.all([
    step(loaders, { from: project.id, direction: 'OUT', type: 'OPERATED_BY' }),
    step(loaders, { from: project.id, direction: 'OUT', type: 'PART_OF' }),
    step(loaders, { from: project.id, direction: 'OUT', type: 'LOCATED_IN' }),
  ]);
  const direct = await Promise.all(
    [...enterprises, ...programmes.filter((s) => s.node.label === 'Programme')].map(async (own) => {
      const type = own.relationship.type;
      const back = await step(loaders, { from: own.node.id, direction: 'IN', type });
      return holding(
        own.node,
        [own.relationship],
        back.map((s) => [s]),
      );
    }),
  );
  const viaZones = await Promise.all(
    zones
      .filter((s) => s.node.label === 'Zone')
      .map(async (zone) => {
        const industries = await step(loaders, { from: zone.node.id, direction: 'OUT', type: 'FOCUSES_ON' });
        return Promise.all(
          industries.map(async (industry) => {
            const otherZones = await step(loaders, {
              from: industry.node.id,
              direction: 'IN',
              type: 'FOCUSES_ON',
            });
            const paths = await Promise.all(
              otherZones.map(async (z) =>
                (await step(loaders, { from: z.node.id, direction: 'IN', type: 'LOCATED_IN' })).map((p) => [
                  z,
                  p,
                ]),
              ),
            );
            return holding(industry.node, [zone.relationship, industry.relationship], paths.flat());
          }),
        );
      }),
  );
  return [...direct, ...viaZones.flat()];
}

/** Projects in other towns sharing the project's enterprise, programme or industry. */
export async function projectLinks(
  _root: unknown,
  args: { project: string; first?: number | null },
  ctx: RequestContext,
): Promise<ProjectLinksValue> {
  const first = boundedFirst(args.first, ctx);
  const project = await ctx.loaders.nodes.load(args.project);
  if (!project) throw new NotFoundError(`project ${args.project}`);
  if (project.label !== 'Project')
    throw new BadRequestError(`projectLinks links projects; ${args.project} is a ${project.label}`);
  const [towns, held] = await Promise.all([
    enclosingTowns(ctx.loaders, project),
    holdings(ctx.loaders, project),
  ]);
  const ownTowns = new Set(towns.map((t) => t.id));
  const candidates = new Map<string, StoredNode>();
  for (const h of held) for (const { project: p } of h.projects.values()) candidates.set(p.id, p);
  candidates.delete(project.id);
  const candidateTowns = new Map(
    await Promise.all(
      [...candidates.values()].map(async (p) => [p.id, await enclosingTowns(ctx.loaders, p)] as const),
    ),
  );
  const links = new Map<string, ProjectLinkValue>();
  for (const h of held) {
    for (const { project: other, relationships } of h.projects.values()) {
      const theirTowns = candidateTowns.get(other.id) ?? [];
      // Only projects placed in a town, and in none of this project's towns.
      if (theirTowns.length === 0 || theirTowns.some((t) => ownTowns.has(t.id))) continue;
      const link = links.get(other.id) ?? { other, towns: theirTowns, evidence: [] };
      const existing = link.evidence.find((e) => e.entity.id === h.entity.id);
      if (existing) existing.relationships.push(...relationships);
      else link.evidence.push({ entity: h.entity, relationships: [...h.own, ...relationships] });
      links.set(other.id, link);
    }
  }
  const ranked = [...links.values()].sort(compareLinks);
  for (const link of ranked) link.evidence.sort(compareEvidence);
  return {
    project,
    towns,
    links: ranked.slice(0, first),
    totalCount: ranked.length,
    truncated: ranked.length > first,
  };
}
