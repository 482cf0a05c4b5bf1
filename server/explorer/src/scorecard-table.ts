import { h } from './dom';
import { formatFigure, formatRatio, STATUS_LABELS } from './outcome-format';
import type { ScorecardView } from './outcome-types';

/** A year's goals of a place with what became of each: target, achieved, ratio, status. */
export function renderScorecardTable(scorecard: ScorecardView): HTMLElement {
  const head = ['Metric 指标', 'Target 目标', 'Achieved 完成', 'Ratio 完成率', 'Status 状态'];
  const rows = scorecard.entries.map(({ target, outcome }) => {
    const upTo =
      target.normalisedValueMax !== null
        ? `–${formatFigure(target.normalisedValueMax, target.normalisedUnit)}`
        : '';
    return h(
      'tr',
      {
        testId: 'scorecard-row',
        attrs: { 'data-status': outcome.status, 'data-metric-key': target.metricKey ?? '' },
      },
      h('td', {}, target.metric ?? ''),
      h(
        'td',
        { className: 'num' },
        `${target.qualifier ?? ''} ${formatFigure(target.normalisedValue, target.normalisedUnit)}${upTo}`.trim(),
      ),
      h(
        'td',
        { className: 'num' },
        outcome.indicator ? formatFigure(outcome.indicator.normalisedValue, target.normalisedUnit) : '',
      ),
      h('td', { className: 'num' }, formatRatio(outcome.ratio)),
      h(
        'td',
        {},
        h(
          'span',
          { className: `status status-${outcome.status.toLowerCase()}` },
          STATUS_LABELS[outcome.status],
        ),
      ),
    );
  });
  const summary = `${scorecard.met} met · ${scorecard.partial} partly · ${scorecard.missed} missed · ${scorecard.pending} pending · ${scorecard.unknown} unknown`;
  return h(
    'div',
    { testId: 'scorecard', attrs: { 'data-year': String(scorecard.year) } },
    h(
      'p',
      { className: 'hint', testId: 'scorecard-summary' },
      summary + (scorecard.truncated ? ' (first 500 goals)' : ''),
    ),
    h(
      'table',
      { testId: 'scorecard-table' },
      h('thead', {}, h('tr', {}, ...head.map((label) => h('th', { attrs: { scope: 'col' } }, label)))),
      h('tbody', {}, ...rows),
    ),
  );
}
