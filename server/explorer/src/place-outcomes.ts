import { h, show } from './dom';
import { fetchPlaceMetrics, fetchScorecard, fetchTimeline } from './outcome-api';
import type { ScorecardView } from './outcome-types';
import { renderScorecardTable } from './scorecard-table';
import { renderTimelineChart } from './timeline-chart';

/** Most timeline charts on one card: the metrics with most goals. */
const MAX_CHARTS = 4;

/**
 * The goals-against-outcomes section of a place's card: a timeline chart per metric
 * (goals and achieved figures by year) and the scorecard of a year, chosen in a select.
 * Returned at once and filled as the answers come; `data-state` says where it stands.
 */
export function placeOutcomesSection(placeId: string): HTMLElement {
  const section = h('section', { className: 'outcomes', testId: 'place-outcomes' });
  show(
    section,
    'loading',
    h('h3', {}, 'Goals and outcomes 目标与完成'),
    h('p', { className: 'hint' }, 'Loading…'),
  );
  fill(section, placeId).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    show(
      section,
      'error',
      h('h3', {}, 'Goals and outcomes 目标与完成'),
      h('p', { className: 'hint' }, message),
    );
  });
  return section;
}

async function fill(section: HTMLElement, placeId: string): Promise<void> {
  const { metrics, targetYears } = await fetchPlaceMetrics(placeId);
  const charted = metrics.filter((m) => m.targets > 0 || m.years.length > 1).slice(0, MAX_CHARTS);
  if (charted.length === 0 && targetYears.length === 0) {
    show(
      section,
      'empty',
      h('h3', {}, 'Goals and outcomes 目标与完成'),
      h('p', { className: 'hint', testId: 'no-outcomes' }, 'No goals or figures with a known metric.'),
    );
    return;
  }
  const charts = h('div', { className: 'timelines', testId: 'timelines' });
  const scorecardSlot = h('div', { testId: 'scorecard-slot' });
  const yearSelect = h('select', { testId: 'scorecard-year', attrs: { 'aria-label': 'Scorecard year' } });
  for (const year of targetYears)
    yearSelect.append(h('option', { attrs: { value: String(year) } }, String(year)));
  show(
    section,
    'loading',
    h('h3', {}, 'Goals and outcomes 目标与完成'),
    charts,
    targetYears.length > 0
      ? h('div', { className: 'panel-head' }, h('h4', {}, 'Scorecard 计分卡'), yearSelect)
      : null,
    scorecardSlot,
  );
  const timelines = await Promise.all(charted.map((m) => fetchTimeline(placeId, m.key)));
  for (const timeline of timelines)
    if (timeline && timeline.points.length > 0) renderTimelineChart({ container: charts, timeline });
  charts.dataset.count = String(charts.childElementCount);
  const showYear = async (year: number): Promise<ScorecardView | null> => {
    const card = await fetchScorecard(placeId, year);
    scorecardSlot.replaceChildren(
      card ? renderScorecardTable(card) : h('p', { className: 'hint' }, `No scorecard for ${year}.`),
    );
    yearSelect.value = String(year);
    return card;
  };
  yearSelect.addEventListener('change', () => void showYear(Number(yearSelect.value)));
  // The latest year whose goals are not all still pending, else the latest.
  for (const year of [...targetYears].reverse()) {
    const card = await showYear(year);
    if (!card || card.entries.some((e) => e.outcome.status !== 'PENDING') || year === targetYears[0]) break;
  }
  section.dataset.state = 'ready';
}
