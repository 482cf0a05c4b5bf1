import { METRICS, type MetricEntry, type MetricKind } from '../loaders/metrics';
import { BadRequestError } from '../schema/errors';
import type { StoredNode } from '../store/graph-store';
import type { RequestContext } from './context';
import { outcomeOf, type OutcomeValue } from './outcome-loader';
import { numberProperty, stringProperty } from './properties';
import { figuresOf, timelineOf } from './timeline';
import type { MetricKind as GraphQLMetricKind } from './generated/resolver-types';
import type { ResolverMap, UnreadArgs } from './types';

type Ctx = RequestContext;

/** Most entries of a scorecard. */
export const MAX_SCORECARD_ENTRIES = 500;
/**
 * `metrics` lists the whole vocabulary: its size is fixed by the data file, not by a
 * request, so one answer is bounded without a cap below it.
 */
export const MAX_METRICS = METRICS.length;

export interface MetricValue extends MetricEntry {
  targetCount: number;
  indicatorCount: number;
}

export interface ScorecardValue {
  place: StoredNode;
  year: number;
  entries: { target: StoredNode; outcome: OutcomeValue }[];
  truncated: boolean;
}

async function metrics(
  _root: unknown,
  args: { kind?: string | null; used?: boolean | null; first?: number | null },
  ctx: Ctx,
): Promise<MetricValue[]> {
  if (args.first != null && args.first < 0) throw new BadRequestError('metrics: first must not be negative');
  const first = Math.min(args.first ?? MAX_METRICS, MAX_METRICS);
  const counts = new Map<string, { targetCount: number; indicatorCount: number }>();
  for (const row of await ctx.store.countMetricKeys()) {
    const slot = counts.get(row.metricKey) ?? { targetCount: 0, indicatorCount: 0 };
    slot[row.label === 'Target' ? 'targetCount' : 'indicatorCount'] += row.count;
    counts.set(row.metricKey, slot);
  }
  const kind = args.kind ? (args.kind.toLowerCase() as MetricKind) : null;
  return METRICS.filter((m) => !kind || m.kind === kind)
    .map((m) => ({ ...m, ...(counts.get(m.key) ?? { targetCount: 0, indicatorCount: 0 }) }))
    .filter((m) => !args.used || m.targetCount + m.indicatorCount > 0)
    .sort((a, b) => b.targetCount + b.indicatorCount - (a.targetCount + a.indicatorCount))
    .slice(0, first);
}

/** Goals with a known metric first, by metric key, then by id. */
function scorecardOrder(a: StoredNode, b: StoredNode): number {
  const ka = stringProperty(a, 'metricKey') ?? '\uffff';
  const kb = stringProperty(b, 'metricKey') ?? '\uffff';
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

async function scorecard(_root: unknown, args: { place: string; year: number }, ctx: Ctx) {
  const place = await ctx.loaders.nodes.load(args.place);
  if (!place) return null;
  if (place.label !== 'Place')
    throw new BadRequestError(`scorecard is of a place; ${args.place} is a ${place.label}`);
  const targets = (await figuresOf(ctx, { id: place.id, type: 'TARGETS' }))
    .filter((t) => numberProperty(t, 'year') === args.year)
    .sort(scorecardOrder);
  const listed = targets.slice(0, MAX_SCORECARD_ENTRIES);
  const entries = await Promise.all(
    listed.map(async (target) => ({ target, outcome: await outcomeOf(target, ctx) })),
  );
  const value: ScorecardValue = {
    place,
    year: args.year,
    entries,
    truncated: targets.length > listed.length,
  };
  return value;
}

const countOf = (status: OutcomeValue['status']) => (card: ScorecardValue) =>
  card.entries.filter((e) => e.outcome.status === status).length;

export const outcomeResolvers: ResolverMap = {
  Query: {
    metrics,
    scorecard,
  },
  Metric: {
    kind: (metric: MetricValue) => metric.kind.toUpperCase() as GraphQLMetricKind,
    synonyms: (metric: MetricValue) => [...metric.synonyms],
  },
  Scorecard: {
    met: countOf('MET'),
    missed: countOf('MISSED'),
    partial: countOf('PARTIAL'),
    pending: countOf('PENDING'),
    unknown: countOf('UNKNOWN'),
  },
  Target: {
    metricKey: (target: StoredNode) => stringProperty(target, 'metricKey'),
    normalisedValue: (target: StoredNode) => numberProperty(target, 'normValue'),
    normalisedValueMax: (target: StoredNode) => numberProperty(target, 'normValueMax'),
    normalisedUnit: (target: StoredNode) => stringProperty(target, 'normUnit'),
    outcome: (target: StoredNode, _args: UnreadArgs, ctx: Ctx) => outcomeOf(target, ctx),
  },
  Indicator: {
    metricKey: (indicator: StoredNode) => stringProperty(indicator, 'metricKey'),
    normalisedValue: (indicator: StoredNode) => numberProperty(indicator, 'normValue'),
    normalisedUnit: (indicator: StoredNode) => stringProperty(indicator, 'normUnit'),
  },
  Place: {
    timeline: (place: StoredNode, args: { metricKey: string }, ctx: Ctx) =>
      timelineOf(place, args.metricKey, ctx),
  },
};
