import type { CypherQuery } from './cypher-query';

/**
 * Targets and indicators per metric key. The labels are constants of the model, not
 * values; the metric key index (schema.ts) answers each half without reading the nodes.
 */
const COUNT_TEXT = ['Indicator', 'Target']
  .map(
    (label) =>
      `MATCH (n:${label}) WHERE n.metricKey IS NOT NULL RETURN '${label}' AS label, n.metricKey AS metricKey, count(n) AS count`,
  )
  .join('\nUNION ALL\n');

export function countMetricKeysQuery(): CypherQuery {
  return { text: COUNT_TEXT, parameters: {} };
}
