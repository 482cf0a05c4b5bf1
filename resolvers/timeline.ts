import { metricByKey, type MetricEntry } from '../loaders/metrics';
import type { OutcomeStatus } from '../loaders/metrics/outcome-status';
import type { StoredNode } from '../store/graph-store';
import type { RequestContext } from './context';
import { loadPresent } from './graph-walk';
import { outcomeOf } from './outcome-loader';
import { integerProperty, numberProperty, stringProperty } from './properties';

/** Most figures of a place read for a timeline or a scorecard. */
export const MAX_PLACE_FIGURES = 5000;
/** Most years a timeline returns (the latest ones). */
export const MAX_TIMELINE_YEARS = 100;

export interface TimelinePointValue {
  year: number;
  targetValue: number | null;
  achievedValue: number | null;
  target: StoredNode | null;
  indicator: StoredNode | null;
  status: OutcomeStatus | null;
}

export interface TimelineValue {
  metric: MetricEntry | null;
  points: TimelinePointValue[];
}

/** The figures a node states itself (TARGETS or REPORTS), in id order, at most MAX_PLACE_FIGURES. */
export async function figuresOf(
  ctx: RequestContext,
  owner: { id: string; type: 'TARGETS' | 'REPORTS' },
): Promise<StoredNode[]> {
  const edges = await ctx.loaders.edges.load({ nodeId: owner.id, direction: 'OUT', types: [owner.type] });
  const ids = [...new Set(edges.map((e) => e.to))].sort().slice(0, MAX_PLACE_FIGURES);
  return loadPresent(ctx.loaders, ids);
}

const byId = (a: StoredNode, b: StoredNode): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A place's goals and results for one metric, one point per year. Where a year has several
 * goals (the same goal restated), the first by id stands; its outcome's indicator is the
 * year's result, else the first indicator in the canonical unit.
 */
export async function timelineOf(
  place: StoredNode,
  metricKey: string,
  ctx: RequestContext,
): Promise<TimelineValue> {
  const metric = metricByKey(metricKey);
  const [targets, indicators] = await Promise.all([
    figuresOf(ctx, { id: place.id, type: 'TARGETS' }),
    figuresOf(ctx, { id: place.id, type: 'REPORTS' }),
  ]);
  const years = new Map<number, { targets: StoredNode[]; indicators: StoredNode[] }>();
  const add = (node: StoredNode, side: 'targets' | 'indicators'): void => {
    const year = integerProperty(node, 'year');
    if (year === null || stringProperty(node, 'metricKey') !== metricKey) return;
    const slot = years.get(year) ?? { targets: [], indicators: [] };
    slot[side].push(node);
    years.set(year, slot);
  };
  for (const t of targets) add(t, 'targets');
  for (const i of indicators) add(i, 'indicators');
  const ordered = [...years.keys()].sort((a, b) => a - b).slice(-MAX_TIMELINE_YEARS);
  return {
    metric,
    points: await Promise.all(
      ordered.map(async (year) => {
        const slot = years.get(year) ?? { targets: [], indicators: [] };
        const target = slot.targets.sort(byId)[0] ?? null;
        const outcome = target ? await outcomeOf(target, ctx) : null;
        const inUnit = slot.indicators
          .sort(byId)
          .find((i) => !metric || stringProperty(i, 'normUnit') === metric.unit);
        const indicator = outcome?.indicator ?? inUnit ?? slot.indicators[0] ?? null;
        return {
          year,
          targetValue: target ? numberProperty(target, 'normValue') : null,
          achievedValue: indicator ? numberProperty(indicator, 'normValue') : null,
          target,
          indicator,
          status: outcome?.status ?? null,
        };
      }),
    ),
  };
}
