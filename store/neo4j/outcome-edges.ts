import type { ManagedTransaction } from 'neo4j-driver';
import type { Properties } from '../../schema/model';
import { chooseOutcome, touchedFigureIds, type OutcomeCandidate, type TouchedFacts } from '../outcome-choice';
import { batches } from './queries/cypher-query';
import {
  deleteOutcomeEdgesQuery,
  mergeOutcomeEdgesQuery,
  outcomeCandidatesQuery,
  removedFiguresQuery,
  targetsAroundQuery,
  type OutcomeEdgeRow,
} from './queries/outcome-edges';
import { runQuery } from './run-query';
import { fromNeo4jValue, toNeo4jProperties } from './values';

/**
 * OUTCOME_OF on Neo4j, kept in step inside each write transaction, as the embedded store
 * does (store/memory/outcome-edges.ts): the targets whose answer a write may change are
 * found around the figures it touches (before its removals and after its merges), and
 * each is linked again from the graph as it then is (store/outcome-choice.ts chooses).
 */

async function targetsAround(tx: ManagedTransaction, figureIds: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const batch of batches(figureIds))
    for (const row of await runQuery(tx, targetsAroundQuery(batch))) found.add(row.id as string);
  return found;
}

/**
 * Targets a removal may leave with a stale or missing outcome, read before the removal is
 * applied: those around the figures at either end of the edges it drops.
 */
export async function outcomeTargetsBeforeRemoval(
  tx: ManagedTransaction,
  removal: { documentIds: readonly string[]; removedNodes: ReadonlySet<string> },
): Promise<Set<string>> {
  if (removal.documentIds.length === 0 && removal.removedNodes.size === 0) return new Set();
  const rows = await runQuery(tx, removedFiguresQuery(removal.documentIds, [...removal.removedNodes]));
  return targetsAround(tx, rows.map((row) => row.id as string).sort());
}

function plainProperties(stored: Record<string, unknown>): Properties {
  const properties: Properties = {};
  for (const name of Object.keys(stored).sort())
    if (name !== 'key') properties[name] = fromNeo4jValue(stored[name]);
  return properties;
}

function candidateOf(value: Record<string, unknown>): OutcomeCandidate {
  return {
    indicatorId: value.indicator as string,
    normUnit: fromNeo4jValue(value.normUnit ?? null),
    reportKey: value.key as string,
    reportProperties: plainProperties(value.properties as Record<string, unknown>),
    published: String(value.published ?? ''),
  };
}

/**
 * Links again every target around what the write touched, plus those `before` named:
 * drops the OUTCOME_OF edges into each that are no longer the answer and writes the one
 * that is, in the write's own transaction.
 */
export async function relinkOutcomesIn(
  tx: ManagedTransaction,
  options: { touched: TouchedFacts; before?: ReadonlySet<string> },
): Promise<void> {
  const around = await targetsAround(tx, touchedFigureIds(options.touched));
  const targets = [...new Set([...(options.before ?? []), ...around])].sort();
  for (const batch of batches(targets)) {
    const stale: string[] = [];
    const rows: OutcomeEdgeRow[] = [];
    for (const row of await runQuery(tx, outcomeCandidatesQuery(batch))) {
      const candidates = (row.candidates as Record<string, unknown>[]).map(candidateOf);
      const normUnit = fromNeo4jValue(row.normUnit ?? null);
      const edge = chooseOutcome({ id: row.id as string, normUnit }, candidates);
      for (const key of row.current as string[]) if (key !== edge?.key) stale.push(key);
      if (edge) rows.push({ ...edge, properties: toNeo4jProperties(edge.properties) });
    }
    if (stale.length > 0) await runQuery(tx, deleteOutcomeEdgesQuery(stale));
    if (rows.length > 0) await runQuery(tx, mergeOutcomeEdgesQuery(rows));
  }
}
