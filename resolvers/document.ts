import { isNodeLabel, type NodeLabel } from '../schema/model';
import type { StoredNode } from '../store/graph-store';
import { connectionFromList, type PageArgs } from './connection';
import type { RequestContext } from './context';
import { byName, loadPresent } from './graph-walk';
import { stringListProperty, stringProperty } from './properties';
import type { NodeKind } from './generated/resolver-types';
import type { ResolverMap, UnreadArgs } from './types';

/** The first present property of several spellings (records keep quality as flat lists). */
function firstList(node: StoredNode, keys: readonly string[]): string[] {
  for (const key of keys) {
    const list = stringListProperty(node, key);
    if (list.length > 0) return list;
  }
  return [];
}

/** NodeKind enum value (PLACE) → stored label (Place). */
export function labelOfKind(kind: string): NodeLabel {
  const label = kind.charAt(0) + kind.slice(1).toLowerCase();
  if (!isNodeLabel(label)) throw new Error(`invariant violated: NodeKind ${kind} has no label`);
  return label;
}

/** Stored label (Place) → NodeKind enum value (PLACE). */
export function kindOfLabel(label: NodeLabel): NodeKind {
  return label.toUpperCase() as NodeKind;
}

async function entities(
  document: StoredNode,
  args: PageArgs & { kinds?: string[] | null },
  ctx: RequestContext,
): Promise<ReturnType<typeof connectionFromList<StoredNode>>> {
  const edges = await ctx.loaders.edges.load({
    nodeId: document.id,
    direction: 'IN',
    types: ['MENTIONED_IN'],
  });
  let found = await loadPresent(
    ctx.loaders,
    edges.map((edge) => edge.from),
  );
  if (args.kinds && args.kinds.length > 0) {
    const labels = new Set(args.kinds.map(labelOfKind));
    found = found.filter((node) => labels.has(node.label));
  }
  return connectionFromList(byName(found), args, ctx.limits);
}

export const documentResolvers: ResolverMap = {
  Document: {
    title: (document: StoredNode) => stringProperty(document, 'title') ?? document.name,
    publisher: (document: StoredNode) => stringProperty(document, 'publisher'),
    publishedAt: (document: StoredNode) => stringProperty(document, 'publishedAt'),
    source: (document: StoredNode) => stringProperty(document, 'source'),
    place: async (document: StoredNode, _args: UnreadArgs, ctx: RequestContext) => {
      const id = stringProperty(document, 'place');
      const place = id ? await ctx.loaders.nodes.load(id) : null;
      return place?.label === 'Place' ? place : null;
    },
    quality: (document: StoredNode, _args: UnreadArgs) => ({
      flags: firstList(document, ['quality', 'qualityFlags', 'flags']),
      spam: firstList(document, ['spam', 'qualitySpam']),
      restored: firstList(document, ['restored', 'qualityRestored']),
    }),
    entities,
  },
};
