import type { Properties, PropertyValue } from '../schema/model';
import { relationshipKey } from '../schema/ids';
import type { GraphRecords, ProvenanceProperties } from '../schema/records';

/**
 * OUTCOME_OF: the achieved figure (Indicator) that answers a goal (Target). A target of
 * subject S, metric M and year Y is answered by an indicator that S reports with the same
 * M and Y, in any document. Growth and level metrics have different keys, so a growth
 * goal is never answered by a level. Both stores compute the edge inside the write
 * transaction of every load, replacement and deletion, and choose it here, so that they
 * choose alike.
 */

export const OUTCOME_RULE = 'outcome.same-subject-metric-year';

/** What a target and its answer share besides the subject: `metricKey|year`, null when either is unknown. */
export function figureKey(properties: Properties): string | null {
  const { metricKey, year } = properties;
  return typeof metricKey === 'string' && typeof year === 'number' ? `${metricKey}|${year}` : null;
}

/** The goal being linked. */
export interface OutcomeTarget {
  id: string;
  normUnit: PropertyValue | undefined;
}

/** One indicator that could answer the goal, through one REPORTS edge stating it. */
export interface OutcomeCandidate {
  indicatorId: string;
  normUnit: PropertyValue | undefined;
  /** Key of the REPORTS edge. */
  reportKey: string;
  /** Properties of the REPORTS edge (its evidence), without `key`. */
  reportProperties: Properties;
  /** publishedAt of the edge's document; '' when unknown. */
  published: string;
}

/** The edge to store: key, ends and properties. */
export interface OutcomeEdge {
  key: string;
  from: string;
  to: string;
  properties: Properties;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The indicator that answers a goal, null when none does. Among several, the one in the
 * canonical unit of the goal wins, then the one from the latest document (a year-end
 * figure over a half-year one), then the most confident statement, then the smallest
 * indicator id and REPORTS key, so that the choice never depends on load order.
 */
export function chooseOutcome(
  target: OutcomeTarget,
  candidates: readonly OutcomeCandidate[],
): OutcomeEdge | null {
  const best = bestOutcomeCandidate(target, candidates);
  return best ? outcomeEdge(target, best) : null;
}

/** The candidate chooseOutcome links, undefined when there is none. */
export function bestOutcomeCandidate(
  target: OutcomeTarget,
  candidates: readonly OutcomeCandidate[],
): OutcomeCandidate | undefined {
  const rank = (c: OutcomeCandidate) => ({
    unit: (c.normUnit ?? null) === (target.normUnit ?? null) ? 1 : 0,
    confidence: Number(c.reportProperties.confidence ?? 0),
  });
  const sorted = [...candidates].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra.unit !== rb.unit) return rb.unit - ra.unit;
    if (a.published !== b.published) return compare(b.published, a.published);
    if (ra.confidence !== rb.confidence) return rb.confidence - ra.confidence;
    return compare(a.indicatorId, b.indicatorId) || compare(a.reportKey, b.reportKey);
  });
  return sorted[0];
}

/** The OUTCOME_OF edge from a chosen candidate to its target. */
export function outcomeEdge(target: OutcomeTarget, best: OutcomeCandidate): OutcomeEdge {
  // The indicator's evidence, under the rule that drew the link: documentId is the
  // indicator's document, so deleting that document removes the edge with its other facts.
  const properties = { ...best.reportProperties, rule: OUTCOME_RULE } as ProvenanceProperties;
  const key = relationshipKey({ type: 'OUTCOME_OF', from: best.indicatorId, to: target.id, properties });
  return { key, from: best.indicatorId, to: target.id, properties };
}

/** A node or edge end a write touched, as both stores see it. */
export interface TouchedFacts {
  nodes: readonly { id: string; label: string }[];
  edges: readonly { type: string; from: string; to: string }[];
}

/**
 * Ids of the figures (targets and indicators) a write touches: its figure nodes and the
 * figure ends of its TARGETS and REPORTS edges.
 */
export function touchedFigureIds(touched: TouchedFacts): string[] {
  const ids = new Set<string>();
  for (const node of touched.nodes)
    if (node.label === 'Target' || node.label === 'Indicator') ids.add(node.id);
  for (const edge of touched.edges) if (edge.type === 'TARGETS' || edge.type === 'REPORTS') ids.add(edge.to);
  return [...ids].sort();
}

/** What a document's records touch. */
export function touchedByRecords(records: GraphRecords): TouchedFacts {
  return { nodes: records.nodes, edges: records.relationships };
}
