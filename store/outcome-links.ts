import type { Properties } from '../schema/model';
import type { GraphStore, StoredNode, StoredRelationship } from './graph-store';

/**
 * OUTCOME_OF: the achieved figure (Indicator) that answers a goal (Target). A target of
 * subject S, metric M and year Y is answered by an indicator that S reports with the same
 * M and Y, in any document. The link is derived when asked, from the TARGETS and REPORTS
 * edges and the figures' `metricKey` and `year`, through the GraphStore interface alone:
 * both backends give the same answer, and adding, replacing or deleting a document
 * changes the answer with nothing to keep in step.
 */
export interface OutcomeLink {
  type: 'OUTCOME_OF';
  /** The indicator. */
  from: string;
  /** The target. */
  to: string;
  /** The evidence: the REPORTS edge that states the indicator (document, sentence, offsets), and the rule. */
  properties: Properties;
}

/** Most figures of one subject looked at; a subject past it is matched on its first figures by id. */
export const MAX_FIGURES_PER_LOOKUP = 20_000;
export const OUTCOME_RULE = 'outcome.same-subject-metric-year';

function figureKey(node: StoredNode): string | null {
  const { metricKey, year } = node.properties;
  return typeof metricKey === 'string' && typeof year === 'number' ? `${metricKey}|${year}` : null;
}

/**
 * The outcome of each target asked (null where none), in the order asked. Among several
 * indicators of the same subject, metric and year, the one in the canonical unit of the
 * target wins, then the one from the latest document (a year-end figure over a half-year
 * one), then the most confident statement, then the smallest id.
 */
export async function findOutcomeLinks(
  store: GraphStore,
  targetIds: readonly string[],
): Promise<(OutcomeLink | null)[]> {
  const targets = (await store.getNodes(targetIds)).map((t) => (t?.label === 'Target' ? t : null));
  const wanted = targets.filter((t): t is StoredNode => t !== null && figureKey(t) !== null);
  if (wanted.length === 0) return targetIds.map(() => null);
  const setBy = await store.getRelationships({
    nodeIds: wanted.map((t) => t.id),
    direction: 'IN',
    types: ['TARGETS'],
  });
  const subjects = [...new Set(setBy.map((e) => e.from))].sort();
  const reports = (await store.getRelationships({ nodeIds: subjects, direction: 'OUT', types: ['REPORTS'] }))
    .sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0))
    .slice(0, MAX_FIGURES_PER_LOOKUP);
  const indicatorIds = [...new Set(reports.map((e) => e.to))];
  const indicators = new Map<string, StoredNode>();
  for (const node of await store.getNodes(indicatorIds))
    if (node?.label === 'Indicator' && figureKey(node) !== null) indicators.set(node.id, node);
  const documentIds = [...new Set(reports.map((e) => String(e.properties.documentId)))];
  const published = new Map<string, string>();
  for (const doc of await store.getNodes(documentIds))
    if (doc) published.set(doc.id, String(doc.properties.publishedAt ?? ''));
  const candidates = new Map<string, { indicator: StoredNode; edge: StoredRelationship }[]>();
  for (const edge of reports) {
    const indicator = indicators.get(edge.to);
    if (!indicator) continue;
    const key = `${edge.from}|${figureKey(indicator)}`;
    candidates.set(key, [...(candidates.get(key) ?? []), { indicator, edge }]);
  }
  return targets.map((target) => {
    if (!target || figureKey(target) === null) return null;
    const own = setBy.filter((e) => e.to === target.id).map((e) => e.from);
    const found = own.flatMap((s) => candidates.get(`${s}|${figureKey(target)}`) ?? []);
    const rank = (c: { indicator: StoredNode; edge: StoredRelationship }) => ({
      unit: c.indicator.properties.normUnit === target.properties.normUnit ? 1 : 0,
      date: published.get(String(c.edge.properties.documentId)) ?? '',
      confidence: Number(c.edge.properties.confidence ?? 0),
    });
    found.sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      if (ra.unit !== rb.unit) return rb.unit - ra.unit;
      if (ra.date !== rb.date) return ra.date < rb.date ? 1 : -1;
      if (ra.confidence !== rb.confidence) return rb.confidence - ra.confidence;
      return a.indicator.id < b.indicator.id
        ? -1
        : a.indicator.id > b.indicator.id
          ? 1
          : a.edge.key < b.edge.key
            ? -1
            : 1;
    });
    const best = found[0];
    if (!best) return null;
    return {
      type: 'OUTCOME_OF',
      from: best.indicator.id,
      to: target.id,
      properties: { ...best.edge.properties, rule: OUTCOME_RULE },
    };
  });
}
