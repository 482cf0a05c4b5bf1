export { assignMetrics } from './assign-metrics';
export { matchMetric, type MetricMatch } from './match-metric';
export { METRICS, METRIC_KINDS, metricByKey, type MetricEntry, type MetricKind } from './vocabulary';
