import { BadRequestError } from '../schema/errors';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../schema/model';
import type { StoredNode, StoredRelationship } from '../store/graph-store';
import type { RequestContext } from './context';
import { provenanceOf, type ProvenanceValue } from './relationship';
import type { PlaceResolvers } from './generated/resolver-types';
import type { ResolverMap, UnreadArgs } from './types';

/** Every type but MENTIONED_IN: the facts between entities, not their mentions. */
export const FACT_TYPES: readonly RelationshipType[] = RELATIONSHIP_TYPES.filter(
  (type) => type !== 'MENTIONED_IN',
);

interface RelationshipsArgs {
  types?: RelationshipType[] | null;
  direction?: 'OUT' | 'IN' | 'BOTH' | null;
}

async function provenance(
  node: StoredNode,
  _args: UnreadArgs,
  ctx: RequestContext,
): Promise<ProvenanceValue[]> {
  const edges = await ctx.loaders.edges.load({ nodeId: node.id, direction: 'OUT', types: ['MENTIONED_IN'] });
  return edges
    .map(provenanceOf)
    .filter((value): value is ProvenanceValue => value !== null)
    .sort((a, b) =>
      a.documentId === b.documentId ? a.start - b.start : a.documentId < b.documentId ? -1 : 1,
    );
}

async function relationships(
  node: StoredNode,
  args: RelationshipsArgs,
  ctx: RequestContext,
): Promise<StoredRelationship[]> {
  const types = args.types && args.types.length > 0 ? args.types : FACT_TYPES;
  const edges = await ctx.loaders.edges.load({ nodeId: node.id, direction: args.direction ?? 'BOTH', types });
  // Stores list a node's edges in no set order (the embedded one as they were added, which
  // for a target puts its computed OUTCOME_OF after its TARGETS): outgoing first, then by
  // key, on every backend.
  const outgoing = (rel: StoredRelationship) => (rel.from === node.id ? 0 : 1);
  return [...edges].sort((a, b) => outgoing(a) - outgoing(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Fields every entity type has beyond its stored name and aliases. */
export const entityFields = { provenance, relationships } satisfies Pick<
  PlaceResolvers,
  'provenance' | 'relationships'
>;

/** Stored labels are the GraphQL type names. */
const resolveNodeType = (node: StoredNode) => node.label;

const resolveEntityType = (node: StoredNode) => {
  if (node.label === 'Document')
    throw new Error(`invariant violated: document ${node.id} asked as an entity`);
  return node.label;
};

async function node(_root: unknown, args: { id: string }, ctx: RequestContext): Promise<StoredNode | null> {
  return ctx.loaders.nodes.load(args.id);
}

async function nodes(
  _root: unknown,
  args: { ids: string[] },
  ctx: RequestContext,
): Promise<(StoredNode | null)[]> {
  if (args.ids.length > ctx.limits.maxPageSize) {
    throw new BadRequestError(`nodes takes at most ${ctx.limits.maxPageSize} ids, got ${args.ids.length}`);
  }
  const found = await ctx.loaders.nodes.loadMany(args.ids);
  return found.map((item) => (item instanceof Error ? null : item));
}

export const nodeResolvers: ResolverMap = {
  Node: { __resolveType: resolveNodeType },
  Entity: { __resolveType: resolveEntityType },
  Query: { node, nodes },
};
