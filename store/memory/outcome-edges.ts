import {
  chooseOutcome,
  figureKey,
  touchedFigureIds,
  type OutcomeCandidate,
  type TouchedFacts,
} from '../outcome-choice';
import type { GraphState } from './graph-state';
import type { GraphTransaction } from './graph-transaction';
import type { NodeAttributes } from './graph-types';
import type { RemovalPlan } from './plan-removal';

/**
 * OUTCOME_OF in the embedded store, kept in step inside each write transaction: the
 * targets whose answer a write may change are found around the figures it touches (before
 * its removals and after its merges), and each is linked again from the graph as it then
 * is (store/outcome-choice.ts chooses, as on Neo4j).
 */

function nodeOf(state: GraphState, id: string): NodeAttributes | undefined {
  return state.graph.hasNode(id) ? state.graph.getNodeAttributes(id) : undefined;
}

/**
 * Targets whose outcome depends on these figures: a target itself; for an indicator, the
 * targets it answers now and the targets of its subjects with its metric and year.
 */
function targetsAround(state: GraphState, figureIds: Iterable<string>): Set<string> {
  const { graph } = state;
  const found = new Set<string>();
  for (const id of figureIds) {
    const figure = nodeOf(state, id);
    if (figure?.label === 'Target') found.add(id);
    if (figure?.label !== 'Indicator') continue;
    graph.forEachOutEdge(id, (_key, attributes, _from, to) => {
      if (attributes.type === 'OUTCOME_OF') found.add(to);
    });
    const key = figureKey(figure.properties);
    if (key === null) continue;
    graph.forEachInEdge(id, (_key, attributes, subject) => {
      if (attributes.type !== 'REPORTS') return;
      graph.forEachOutEdge(subject, (_k, edge, _s, targetId) => {
        const target = edge.type === 'TARGETS' ? nodeOf(state, targetId) : undefined;
        if (target?.label === 'Target' && figureKey(target.properties) === key) found.add(targetId);
      });
    });
  }
  return found;
}

/**
 * Targets a removal may leave with a stale or missing outcome, read before the removal is
 * applied: those around the figures at either end of the edges it drops.
 */
export function outcomeTargetsBeforeRemoval(state: GraphState, plan: RemovalPlan): Set<string> {
  const { graph } = state;
  const ends = new Set<string>();
  for (const key of plan.edges) ends.add(graph.source(key)).add(graph.target(key));
  return targetsAround(state, ends);
}

/** Every indicator its subjects report with the target's metric and year. */
function candidatesOf(state: GraphState, target: NodeAttributes): OutcomeCandidate[] {
  const { graph } = state;
  const key = figureKey(target.properties);
  if (key === null) return [];
  const subjects = new Set<string>();
  graph.forEachInEdge(target.id, (_k, attributes, subject) => {
    if (attributes.type === 'TARGETS') subjects.add(subject);
  });
  const candidates: OutcomeCandidate[] = [];
  for (const subject of subjects) {
    graph.forEachOutEdge(subject, (reportKey, edge, _s, indicatorId) => {
      if (edge.type !== 'REPORTS') return;
      const indicator = nodeOf(state, indicatorId);
      if (indicator?.label !== 'Indicator' || figureKey(indicator.properties) !== key) return;
      const document = nodeOf(state, String(edge.properties.documentId));
      candidates.push({
        indicatorId,
        normUnit: indicator.properties.normUnit,
        reportKey,
        reportProperties: edge.properties,
        published: String(document?.properties.publishedAt ?? ''),
      });
    });
  }
  return candidates;
}

function sameProperties(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Links again every target around what the write touched, plus those `before` named:
 * drops the OUTCOME_OF edges into each that are no longer the answer and writes the one
 * that is. Runs inside the write's transaction, so a failure undoes it with the rest.
 */
export function relinkOutcomes(options: {
  state: GraphState;
  transaction: GraphTransaction;
  touched: TouchedFacts;
  before: ReadonlySet<string>;
}): void {
  const { state, transaction, touched, before } = options;
  const { graph } = state;
  const targets = new Set([...before, ...targetsAround(state, touchedFigureIds(touched))]);
  for (const id of [...targets].sort()) {
    const target = nodeOf(state, id);
    if (target?.label !== 'Target') continue;
    const edge = chooseOutcome({ id, normUnit: target.properties.normUnit }, candidatesOf(state, target));
    const stale = graph
      .inEdges(id)
      .filter((key) => graph.getEdgeAttribute(key, 'type') === 'OUTCOME_OF' && key !== edge?.key);
    for (const key of stale) transaction.dropEdge(key);
    if (!edge) continue;
    const current = graph.hasEdge(edge.key) ? graph.getEdgeAttributes(edge.key) : undefined;
    if (current && sameProperties(current.properties, edge.properties)) continue;
    transaction.putEdge({
      key: edge.key,
      from: edge.from,
      to: edge.to,
      attributes: { type: 'OUTCOME_OF', properties: { ...edge.properties } },
    });
  }
}
