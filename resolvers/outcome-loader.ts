import { assessOutcome, type OutcomeStatus } from '../loaders/metrics/outcome-status';
import type { StoredNode, StoredRelationship } from '../store/graph-store';
import type { RequestContext } from './context';
import { numberProperty, stringProperty, integerProperty } from './properties';
import { provenanceOf, type ProvenanceValue } from './relationship';

/** Target.outcome as the resolvers pass it on. */
export interface OutcomeValue {
  indicator: StoredNode | null;
  status: OutcomeStatus;
  ratio: number | null;
  provenance: ProvenanceValue | null;
}

interface OutcomeCache {
  latestDate: Promise<string | null> | null;
}

/** Per request: one cache per RequestLoaders, dropped with the request. */
const caches = new WeakMap<object, OutcomeCache>();

function cacheOf(ctx: RequestContext): OutcomeCache {
  let cache = caches.get(ctx.loaders);
  if (!cache) {
    cache = { latestDate: null };
    caches.set(ctx.loaders, cache);
  }
  return cache;
}

/** The latest publication date of any document in the graph: a year before it is over. */
export function latestDocumentDate(ctx: RequestContext): Promise<string | null> {
  const cache = cacheOf(ctx);
  cache.latestDate ??= ctx.store
    .findNodes({
      filter: { label: 'Document' },
      sort: [{ field: 'publishedAt', direction: 'DESC' }],
      limit: 1,
    })
    .then((page) => {
      const first = page.nodes[0];
      return first ? stringProperty(first, 'publishedAt') : null;
    });
  return cache.latestDate;
}

/**
 * The stored OUTCOME_OF edge into a target (the stores keep at most one; the smallest key
 * stands if ever there were more). The edge loader asks for every target of a list at once.
 */
async function outcomeEdgeOf(target: StoredNode, ctx: RequestContext): Promise<StoredRelationship | null> {
  const edges = await ctx.loaders.edges.load({ nodeId: target.id, direction: 'IN', types: ['OUTCOME_OF'] });
  return [...edges].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))[0] ?? null;
}

/** The outcome of a target: its indicator (if any) and whether the goal was met. */
export async function outcomeOf(target: StoredNode, ctx: RequestContext): Promise<OutcomeValue> {
  const [edge, latest] = await Promise.all([outcomeEdgeOf(target, ctx), latestDocumentDate(ctx)]);
  const indicator = edge ? await ctx.loaders.nodes.load(edge.from) : null;
  const { status, ratio } = assessOutcome({
    target: {
      value: numberProperty(target, 'normValue'),
      unit: stringProperty(target, 'normUnit'),
      qualifier: stringProperty(target, 'qualifier'),
      year: integerProperty(target, 'year'),
    },
    achieved: indicator
      ? { value: numberProperty(indicator, 'normValue'), unit: stringProperty(indicator, 'normUnit') }
      : null,
    latestDocumentDate: latest,
  });
  return { indicator, status, ratio, provenance: edge ? provenanceOf(edge) : null };
}
