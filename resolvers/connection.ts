import { BadRequestError } from '../schema/errors';
import type { NodeFilter, NodeSort, StoredNode } from '../store/graph-store';
import type { RequestContext, ResolverLimits } from './context';

/** Arguments of every connection field. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: T }[];
}

/** Cursors are opaque to clients; inside they are offsets into the ordered listing. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadRequestError(`not a cursor of this API: "${cursor}"`);
  return Number(match[1]);
}

/** The offset and size of the page the arguments ask for, checked against the limits. */
export function pageWindow(args: PageArgs, limits: ResolverLimits): { offset: number; limit: number } {
  const limit = args.first ?? limits.defaultPageSize;
  if (!Number.isInteger(limit) || limit < 0 || limit > limits.maxPageSize) {
    throw new BadRequestError(`first must be between 0 and ${limits.maxPageSize}, got ${limit}`);
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit };
}

export function buildConnection<T>(options: {
  items: T[];
  offset: number;
  totalCount: number;
}): Connection<T> {
  const { items, offset, totalCount } = options;
  const edges = items.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
  return {
    totalCount,
    pageInfo: {
      hasNextPage: offset + items.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    edges,
  };
}

/** A page of a list already in memory (the children, projects or goals of one place). */
export function connectionFromList<T>(items: T[], args: PageArgs, limits: ResolverLimits): Connection<T> {
  const { offset, limit } = pageWindow(args, limits);
  return buildConnection({ items: items.slice(offset, offset + limit), offset, totalCount: items.length });
}

/** A page of a store listing; the page's nodes are primed into the request's node loader. */
export async function connectionFromStore(
  ctx: RequestContext,
  options: { filter: NodeFilter; sort?: NodeSort[]; args: PageArgs },
): Promise<Connection<StoredNode>> {
  const { offset, limit } = pageWindow(options.args, ctx.limits);
  const page = await ctx.store.findNodes({
    filter: options.filter,
    sort: options.sort,
    offset,
    limit,
    signal: ctx.signal,
  });
  for (const node of page.nodes) ctx.loaders.nodes.prime(node.id, node);
  return buildConnection({ items: page.nodes, offset, totalCount: page.totalCount });
}
