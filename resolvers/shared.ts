import { BadRequestError, NotFoundError } from '../schema/errors';
import type { NodeLabel } from '../schema/model';
import type { StoredNode } from '../store/graph-store';
import type { RequestContext } from './context';
import { ancestorsOf } from './graph-walk';
import { placeFootprint, withLabel, type PlaceFootprint } from './place-footprint';
import type { ResolverMap } from './types';

export interface SharedValue {
  a: StoredNode;
  b: StoredNode;
  programmes: StoredNode[];
  enterprises: StoredNode[];
  industries: StoredNode[];
  zones: StoredNode[];
  commonAncestor: StoredNode | null;
}

async function place(ctx: RequestContext, id: string): Promise<StoredNode> {
  const node = await ctx.loaders.nodes.load(id);
  if (!node) throw new NotFoundError(`place ${id}`);
  if (node.label !== 'Place') throw new BadRequestError(`shared compares places; ${id} is a ${node.label}`);
  return node;
}

function common(a: PlaceFootprint, b: PlaceFootprint, label: NodeLabel): StoredNode[] {
  const inB = new Set(withLabel(b, label).map((node) => node.id));
  return withLabel(a, label).filter((node) => inB.has(node.id));
}

/** The nearest place on a's chain (a included) that is also on b's chain (b included). */
async function commonAncestor(ctx: RequestContext, a: StoredNode, b: StoredNode): Promise<StoredNode | null> {
  const [upA, upB] = await Promise.all([ancestorsOf(ctx.loaders, a.id), ancestorsOf(ctx.loaders, b.id)]);
  const onB = new Set([b.id, ...upB.map((node) => node.id)]);
  return [a, ...upA].find((node) => onB.has(node.id)) ?? null;
}

async function shared(
  _root: unknown,
  args: { a: string; b: string },
  ctx: RequestContext,
): Promise<SharedValue> {
  const [a, b] = await Promise.all([place(ctx, args.a), place(ctx, args.b)]);
  const [footA, footB, ancestor] = await Promise.all([
    placeFootprint(ctx.loaders, a),
    placeFootprint(ctx.loaders, b),
    commonAncestor(ctx, a, b),
  ]);
  return {
    a,
    b,
    programmes: common(footA, footB, 'Programme'),
    enterprises: common(footA, footB, 'Enterprise'),
    industries: common(footA, footB, 'Industry'),
    zones: common(footA, footB, 'Zone'),
    commonAncestor: ancestor,
  };
}

export const sharedResolvers: ResolverMap = { Query: { shared } };
