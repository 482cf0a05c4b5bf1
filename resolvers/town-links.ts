import { BadRequestError, NotFoundError } from '../schema/errors';
import type { StoredNode } from '../store/graph-store';
import type { RequestContext } from './context';
import { isTown } from './enclosing-towns';
import { compareLinks, LINKING_LABELS, townTies, type LinkEvidenceValue } from './link-evidence';
import { placeFootprint } from './place-footprint';

/** One town linked to the asked one, with every shared entity behind the link. */
export interface TownLinkValue {
  other: StoredNode;
  evidence: LinkEvidenceValue[];
}

export interface TownLinksValue {
  town: StoredNode;
  links: TownLinkValue[];
  totalCount: number;
  truncated: boolean;
}

/** Checks `first` against the server's page limit; the default keeps answers short. */
export function boundedFirst(first: number | null | undefined, ctx: RequestContext, fallback = 10): number {
  const value = first ?? Math.min(fallback, ctx.limits.maxPageSize);
  if (!Number.isInteger(value) || value < 0 || value > ctx.limits.maxPageSize) {
    throw new BadRequestError(`first must be between 0 and ${ctx.limits.maxPageSize}, got ${value}`);
  }
  return value;
}

/**
 * The other towns that hold an entity the town holds (a programme, enterprise, industry or
 * zone, as `shared` counts them), ranked by how many they share. The work is bounded by
 * the town's own footprint: only the entities it holds are followed outward.
 */
export async function townLinks(
  _root: unknown,
  args: { town: string; first?: number | null },
  ctx: RequestContext,
): Promise<TownLinksValue> {
  const first = boundedFirst(args.first, ctx);
  const town = await ctx.loaders.nodes.load(args.town);
  if (!town) throw new NotFoundError(`town ${args.town}`);
  if (!isTown(town)) throw new BadRequestError(`townLinks links towns; ${args.town} is not a town`);
  const footprint = await placeFootprint(ctx.loaders, town);
  const entities = footprint.nodes.filter((node) => LINKING_LABELS.includes(node.label));
  const tiesPerEntity = await Promise.all(entities.map((entity) => townTies(ctx.loaders, entity)));
  const links = new Map<string, TownLinkValue>();
  entities.forEach((entity, index) => {
    const ties = tiesPerEntity[index] ?? [];
    const own = ties.filter((tie) => tie.townId === town.id).map((tie) => tie.relationship);
    const others = new Map<string, StoredNode>();
    for (const tie of ties) if (tie.townId !== town.id) others.set(tie.townId, tie.town);
    for (const other of others.values()) {
      const theirs = ties.filter((tie) => tie.townId === other.id).map((tie) => tie.relationship);
      const link = links.get(other.id) ?? { other, evidence: [] };
      link.evidence.push({ entity, relationships: [...own, ...theirs] });
      links.set(other.id, link);
    }
  });
  const ranked = [...links.values()].sort(compareLinks);
  for (const link of ranked) link.evidence.sort((a, b) => compareEvidence(a, b));
  return { town, links: ranked.slice(0, first), totalCount: ranked.length, truncated: ranked.length > first };
}

/** Evidence by kind (programme, enterprise, industry, zone), then by name. */
export function compareEvidence(a: LinkEvidenceValue, b: LinkEvidenceValue): number {
  const rank = (e: LinkEvidenceValue) => LINKING_LABELS.indexOf(e.entity.label);
  return rank(a) - rank(b) || (a.entity.name < b.entity.name ? -1 : a.entity.name > b.entity.name ? 1 : 0);
}
