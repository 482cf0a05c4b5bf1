import type { NodeLabel, RelationshipType } from '../schema/model';
import type { StoredNode, StoredRelationship } from '../store/graph-store';
import { enclosingTowns } from './enclosing-towns';
import { loadPresent } from './graph-walk';
import type { RequestLoaders } from './dataloaders';

/** Kinds of entity that link two towns when both hold one. */
export const LINKING_LABELS: readonly NodeLabel[] = ['Programme', 'Enterprise', 'Industry', 'Zone'];

/** One shared entity behind a link, with the relationships that tie it to either side. */
export interface LinkEvidenceValue {
  entity: StoredNode;
  /** The facts tying the entity to each side, as the documents state them. */
  relationships: StoredRelationship[];
}

/** A relationship tying an entity to a town, through whatever the town holds. */
export interface TownTie {
  townId: string;
  town: StoredNode;
  relationship: StoredRelationship;
}

/**
 * How an entity is tied to places, mirroring what `shared` counts: a place (or anything
 * under it) takes part in a programme or focuses on an industry; an enterprise or zone is
 * located in it; an enterprise partners with the town itself.
 */
const TIES: Partial<
  Record<NodeLabel, readonly { direction: 'IN' | 'OUT' | 'BOTH'; type: RelationshipType }[]>
> = {
  Programme: [{ direction: 'IN', type: 'PARTICIPATES_IN' }],
  Industry: [{ direction: 'IN', type: 'FOCUSES_ON' }],
  Enterprise: [
    { direction: 'OUT', type: 'LOCATED_IN' },
    { direction: 'BOTH', type: 'PARTNERS_WITH' },
  ],
  Zone: [{ direction: 'OUT', type: 'LOCATED_IN' }],
};

/** Every town an entity is tied to, each tie with the relationship that states it. */
export async function townTies(loaders: RequestLoaders, entity: StoredNode): Promise<TownTie[]> {
  const requests = TIES[entity.label] ?? [];
  const lists = await Promise.all(
    requests.map((request) =>
      loaders.edges.load({ nodeId: entity.id, direction: request.direction, types: [request.type] }),
    ),
  );
  const edges = lists.flat();
  const holderIds = edges.map((edge) => (edge.from === entity.id ? edge.to : edge.from));
  const holders = new Map((await loadPresent(loaders, holderIds)).map((node) => [node.id, node]));
  const ties = await Promise.all(
    edges.map(async (relationship) => {
      const holder = holders.get(relationship.from === entity.id ? relationship.to : relationship.from);
      if (!holder) return [];
      // A partnership links the town itself only: an enterprise's partners are not its town's.
      if (relationship.type === 'PARTNERS_WITH' && holder.label !== 'Place') return [];
      const towns = await enclosingTowns(loaders, holder);
      return towns.map((town) => ({ townId: town.id, town, relationship }));
    }),
  );
  return ties.flat();
}

/** Distinct document ids of some relationships, in order of first appearance. */
export function documentIdsOf(relationships: readonly StoredRelationship[]): string[] {
  const ids = relationships.flatMap((rel) =>
    typeof rel.properties.documentId === 'string' ? [rel.properties.documentId] : [],
  );
  return [...new Set(ids)];
}

/** Orders links: most shared entities first, then most documents, then by name and id. */
export function compareLinks(
  a: { other: StoredNode; evidence: readonly LinkEvidenceValue[] },
  b: { other: StoredNode; evidence: readonly LinkEvidenceValue[] },
): number {
  const docs = (link: { evidence: readonly LinkEvidenceValue[] }) =>
    new Set(link.evidence.flatMap((e) => documentIdsOf(e.relationships))).size;
  return (
    b.evidence.length - a.evidence.length ||
    docs(b) - docs(a) ||
    (a.other.name < b.other.name ? -1 : a.other.name > b.other.name ? 1 : 0) ||
    (a.other.id < b.other.id ? -1 : 1)
  );
}
