import DataLoader from 'dataloader';
import { assessOutcome, type OutcomeStatus } from '../loaders/metrics/outcome-status';
import type { StoredNode } from '../store/graph-store';
import { findOutcomeLinks, type OutcomeLink } from '../store/outcome-links';
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
  links: DataLoader<string, OutcomeLink | null>;
  latestDate: Promise<string | null> | null;
}

/** Per request: one cache per RequestLoaders, dropped with the request. */
const caches = new WeakMap<object, OutcomeCache>();

function cacheOf(ctx: RequestContext): OutcomeCache {
  let cache = caches.get(ctx.loaders);
  if (!cache) {
    // Every target of a list is linked in one findOutcomeLinks call (a handful of store calls).
    cache = { links: new DataLoader((ids) => findOutcomeLinks(ctx.store, ids)), latestDate: null };
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

/** The outcome of a target: its indicator (if any) and whether the goal was met. */
export async function outcomeOf(target: StoredNode, ctx: RequestContext): Promise<OutcomeValue> {
  const [link, latest] = await Promise.all([cacheOf(ctx).links.load(target.id), latestDocumentDate(ctx)]);
  const indicator = link ? await ctx.loaders.nodes.load(link.from) : null;
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
  const provenance = link
    ? provenanceOf({ key: '', type: 'REPORTS', from: link.from, to: link.to, properties: link.properties })
    : null;
  return { indicator, status, ratio, provenance };
}
