import type { MetricKeyCount } from '../graph-store';
import type { GraphState } from './graph-state';

const FIGURE_LABELS = ['Indicator', 'Target'] as const;

/** Targets and indicators per metric key, from the label index: one pass over the figures. */
export function countMetricKeysIn(state: GraphState): MetricKeyCount[] {
  const counts: MetricKeyCount[] = [];
  for (const label of FIGURE_LABELS) {
    const byKey = new Map<string, number>();
    for (const id of state.nodesByLabel.get(label) ?? []) {
      const key = state.graph.getNodeAttributes(id).properties.metricKey;
      if (typeof key === 'string') byKey.set(key, (byKey.get(key) ?? 0) + 1);
    }
    const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const metricKey of keys) counts.push({ label, metricKey, count: byKey.get(metricKey) ?? 0 });
  }
  return counts;
}
