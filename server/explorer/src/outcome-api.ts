import { requestGraphQL } from './api';
import { PLACE_METRICS_QUERY, SCORECARD_QUERY, TIMELINE_QUERY } from './outcome-queries';
import type { PlaceMetric, ScorecardView, TimelineView } from './outcome-types';

interface FigureRef {
  metricKey: string | null;
  year: number | null;
}

/**
 * The metrics of a place's goals and achieved figures, those with goals first, then the
 * ones spanning most years.
 */
export async function fetchPlaceMetrics(
  id: string,
): Promise<{ metrics: PlaceMetric[]; targetYears: number[] }> {
  const data = await requestGraphQL<{
    node: { targets?: FigureRef[]; indicatorPage?: { edges: { node: FigureRef }[] } } | null;
  }>({ query: PLACE_METRICS_QUERY, variables: { id } });
  const targets = data.node?.targets ?? [];
  const indicators = (data.node?.indicatorPage?.edges ?? []).map((e) => e.node);
  const byKey = new Map<string, { targets: number; years: Set<number> }>();
  const add = (figure: FigureRef, isTarget: boolean): void => {
    if (!figure.metricKey || figure.year === null) return;
    const slot = byKey.get(figure.metricKey) ?? { targets: 0, years: new Set<number>() };
    if (isTarget) slot.targets += 1;
    slot.years.add(figure.year);
    byKey.set(figure.metricKey, slot);
  };
  for (const t of targets) add(t, true);
  for (const i of indicators) add(i, false);
  const metrics = [...byKey]
    .map(([key, slot]) => ({ key, targets: slot.targets, years: [...slot.years].sort((a, b) => a - b) }))
    .sort((a, b) => b.targets - a.targets || b.years.length - a.years.length || (a.key < b.key ? -1 : 1));
  const targetYears = [...new Set(targets.filter((t) => t.metricKey).map((t) => t.year))]
    .filter((y): y is number => y !== null)
    .sort((a, b) => a - b);
  return { metrics, targetYears };
}

export async function fetchTimeline(id: string, metricKey: string): Promise<TimelineView | null> {
  const data = await requestGraphQL<{ node: { timeline?: TimelineView } | null }>({
    query: TIMELINE_QUERY,
    variables: { id, metricKey },
  });
  return data.node?.timeline ?? null;
}

export async function fetchScorecard(id: string, year: number): Promise<ScorecardView | null> {
  const data = await requestGraphQL<{ scorecard: ScorecardView | null }>({
    query: SCORECARD_QUERY,
    variables: { id, year },
  });
  return data.scorecard;
}
