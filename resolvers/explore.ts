import { BadRequestError, NotFoundError } from '../schema/errors';
import type { RelationshipType } from '../schema/model';
import type { GraphPath, SearchHit, StoredNode, Subgraph } from '../store/graph-store';
import type { RequestContext } from './context';
import { labelOfKind } from './document';
import type { ResolverMap } from './types';

type Ctx = RequestContext;

/** Longest search text: no name is longer, and each character is compared with every name. */
export const MAX_SEARCH_TEXT = 200;

function checkRange(name: string, value: number, max: number, min = 0): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadRequestError(`${name} must be between ${min} and ${max}, got ${value}`);
  }
}

async function existing(ctx: Ctx, id: string): Promise<StoredNode> {
  const node = await ctx.loaders.nodes.load(id);
  if (!node) throw new NotFoundError(`node ${id}`);
  return node;
}

function prime(ctx: Ctx, nodes: readonly StoredNode[]): void {
  for (const node of nodes) ctx.loaders.nodes.prime(node.id, node);
}

async function search(
  _root: unknown,
  args: { text: string; kinds?: string[] | null; first?: number | null },
  ctx: Ctx,
): Promise<SearchHit[]> {
  const text = args.text.trim();
  if (text === '') throw new BadRequestError('search text must not be empty');
  if (text.length > MAX_SEARCH_TEXT) {
    throw new BadRequestError(
      `search text must be at most ${MAX_SEARCH_TEXT} characters, got ${text.length}`,
    );
  }
  const first = args.first ?? ctx.limits.defaultPageSize;
  checkRange('first', first, ctx.limits.maxPageSize);
  const labels = args.kinds && args.kinds.length > 0 ? args.kinds.map(labelOfKind) : undefined;
  const hits = await ctx.store.search({ text, labels, limit: first, signal: ctx.signal });
  prime(
    ctx,
    hits.map((hit) => hit.node),
  );
  return hits;
}

interface TraceArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  first?: number | null;
  types?: RelationshipType[] | null;
}

async function trace(_root: unknown, args: TraceArgs, ctx: Ctx): Promise<(GraphPath & { length: number })[]> {
  const maxHops = args.maxHops ?? 4;
  const first = args.first ?? 5;
  checkRange('maxHops', maxHops, ctx.limits.maxHops, 1);
  checkRange('first', first, ctx.limits.maxPageSize);
  await Promise.all([existing(ctx, args.from), existing(ctx, args.to)]);
  const paths = await ctx.store.findPaths({
    from: args.from,
    to: args.to,
    maxHops,
    limit: first,
    types: args.types && args.types.length > 0 ? args.types : undefined,
    maxVisited: ctx.limits.maxTraceVisited,
    signal: ctx.signal,
  });
  for (const path of paths) prime(ctx, path.nodes);
  return paths.map((path) => ({ ...path, length: path.relationships.length }));
}

async function neighbourhood(
  _root: unknown,
  args: { id: string; depth?: number | null },
  ctx: Ctx,
): Promise<Subgraph & { centre: StoredNode; depth: number; truncated: boolean }> {
  const depth = args.depth ?? 1;
  checkRange('depth', depth, ctx.limits.maxNeighbourhoodDepth);
  const centre = await existing(ctx, args.id);
  const subgraph = await ctx.store.neighbourhood(args.id, depth, {
    maxNodes: ctx.limits.maxNeighbourhoodNodes,
    signal: ctx.signal,
  });
  prime(ctx, subgraph.nodes);
  // Few nodes can still share many parallel relationships (one per document stating a fact).
  const maxRelationships = ctx.limits.maxNeighbourhoodRelationships;
  const cut = subgraph.relationships.length > maxRelationships;
  return {
    nodes: subgraph.nodes,
    relationships: cut ? subgraph.relationships.slice(0, maxRelationships) : subgraph.relationships,
    truncated: Boolean(subgraph.truncated) || cut,
    centre,
    depth,
  };
}

export const exploreResolvers: ResolverMap = {
  Query: { search, trace, neighbourhood },
};
