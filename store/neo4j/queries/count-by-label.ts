import { NODE_LABELS } from '../../../schema/model';
import type { CypherQuery } from './cypher-query';

/** One count per label, each answered from Neo4j's count store rather than by a scan. */
const COUNT_TEXT = NODE_LABELS.map(
  (label) => `MATCH (n:${label}) RETURN '${label}' AS label, count(n) AS count`,
).join('\nUNION ALL\n');

export function countByLabelQuery(): CypherQuery {
  return { text: COUNT_TEXT, parameters: {} };
}
