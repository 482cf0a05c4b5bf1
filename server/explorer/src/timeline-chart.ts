import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type PointStyle,
} from 'chart.js';
import { h } from './dom';
import { displayScale, scaled } from './outcome-format';
import type { OutcomeStatus, TimelineView } from './outcome-types';

// Only the parts a line chart uses, so the bundle carries no other chart types.
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

const TARGET_COLOUR = '#1e63b5';
/** How an achieved point shows whether that year's goal was met. */
const STATUS_STYLE: Record<OutcomeStatus | 'NONE', { colour: string; point: PointStyle }> = {
  MET: { colour: '#2e7d32', point: 'circle' },
  MISSED: { colour: '#c62828', point: 'crossRot' },
  PARTIAL: { colour: '#ef6c00', point: 'triangle' },
  PENDING: { colour: '#8a8a8a', point: 'circle' },
  UNKNOWN: { colour: '#8a8a8a', point: 'circle' },
  NONE: { colour: '#555555', point: 'circle' },
};

/**
 * A metric's goals and achieved figures by year, drawn into `container` (appended there
 * first: the chart sizes itself to its parent). Achieved points are green where the goal
 * was met, red crosses where it was missed, orange triangles where partly met. The figure
 * records what was drawn in `data-target-points`, `data-achieved-points` and
 * `data-drawn-points` (the points the chart itself laid out), for tests and scripts.
 */
export function renderTimelineChart(options: { container: HTMLElement; timeline: TimelineView }): Chart {
  const { timeline } = options;
  const points = timeline.points;
  const unit = timeline.metric?.unit ?? '';
  const largest = Math.max(
    0,
    ...points.flatMap((p) => [p.targetValue ?? 0, p.achievedValue ?? 0]).map(Math.abs),
  );
  const scale = displayScale(unit, largest);
  const canvas = h('canvas', {
    attrs: { role: 'img', 'aria-label': `${timeline.metric?.label ?? ''} by year` },
  });
  const figure = h(
    'figure',
    { className: 'timeline', testId: 'timeline-chart', attrs: { 'data-metric': timeline.metric?.key ?? '' } },
    h('figcaption', {}, `${timeline.metric?.label ?? ''} (${scale.unit})`),
    h('div', { className: 'timeline-canvas' }, canvas),
  );
  options.container.append(figure);
  const styles = points.map((p) => STATUS_STYLE[p.status ?? 'NONE']);
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels: points.map((p) => String(p.year)),
      datasets: [
        {
          label: 'Target 目标',
          data: points.map((p) => scaled(p.targetValue, scale)),
          borderColor: TARGET_COLOUR,
          backgroundColor: TARGET_COLOUR,
          borderDash: [6, 4],
          pointStyle: 'rectRot',
          pointRadius: 6,
          spanGaps: true,
        },
        {
          label: 'Achieved 完成',
          data: points.map((p) => scaled(p.achievedValue, scale)),
          borderColor: '#555555',
          pointBackgroundColor: styles.map((s) => s.colour),
          pointBorderColor: styles.map((s) => s.colour),
          pointStyle: styles.map((s) => s.point),
          pointRadius: 7,
          pointBorderWidth: 2,
          spanGaps: true,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      // Years stand in the middle of their slot, so a single year is not drawn on the axis.
      scales: { x: { offset: true } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
  const drawn = [0, 1].reduce(
    (n, i) => n + chart.getDatasetMeta(i).data.filter((el) => !(el as PointElement).skip).length,
    0,
  );
  figure.dataset.targetPoints = String(points.filter((p) => p.targetValue !== null).length);
  figure.dataset.achievedPoints = String(points.filter((p) => p.achievedValue !== null).length);
  figure.dataset.drawnPoints = String(drawn);
  figure.dataset.met = String(points.filter((p) => p.status === 'MET' && p.achievedValue !== null).length);
  figure.dataset.missed = String(points.filter((p) => p.status === 'MISSED').length);
  return chart;
}
