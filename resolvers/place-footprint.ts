import type { NodeLabel } from '../schema/model';
import { throwIfAborted } from '../store/deadline';
import type { StoredNode } from '../store/graph-store';
import type { RequestLoaders } from './dataloaders';
import { byName, descendantsOf, related, type RelatedRequest } from './graph-walk';

/**
 * Everything a place holds, taken as a whole: what is located under it, and what it or
 * anything under it links to (goals, figures, programmes, officials, industries), and its
 * own partners.
 */
export interface PlaceFootprint {
  place: StoredNode;
  nodes: StoredNode[];
}

const LINKS: readonly RelatedRequest[] = [
  { direction: 'OUT', type: 'TARGETS' },
  { direction: 'OUT', type: 'REPORTS' },
  { direction: 'OUT', type: 'PARTICIPATES_IN' },
  { direction: 'IN', type: 'SERVES_IN' },
  { direction: 'OUT', type: 'FOCUSES_ON' },
];

/** Partners count for the place itself only: an enterprise's partners are not the town's. */
const OWN_LINKS: readonly RelatedRequest[] = [{ direction: 'BOTH', type: 'PARTNERS_WITH' }];

export async function placeFootprint(loaders: RequestLoaders, place: StoredNode): Promise<PlaceFootprint> {
  const under = await descendantsOf(loaders, place.id);
  const holders = [place, ...under];
  const linked = await Promise.all([
    ...holders.flatMap((holder) => LINKS.map((link) => related(loaders, holder.id, link))),
    ...OWN_LINKS.map((link) => related(loaders, place.id, link)),
  ]);
  throwIfAborted(loaders.signal);
  const byId = new Map<string, StoredNode>();
  for (const node of [...under, ...linked.flat()]) if (node.id !== place.id) byId.set(node.id, node);
  return { place, nodes: [...byId.values()] };
}

export function withLabel(footprint: PlaceFootprint, label: NodeLabel): StoredNode[] {
  return byName(footprint.nodes.filter((node) => node.label === label));
}
