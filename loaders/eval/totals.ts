import { ENTITY_KINDS, GOLD_KINDS, type GoldKind } from './gold';
import { addCounts, kindScore, type Counts, type KindScore } from './kind-score';
import type { AttributeScore, DocumentScore } from './score-document';

export interface ScoreTotals {
  documents: number;
  kinds: Record<GoldKind, KindScore>;
  overall: KindScore;
  /** Entity micro-average: the entity kinds alone, without figures and relations. */
  entities: KindScore;
  years: Record<'targets' | 'indicators', AttributeScore>;
  subjects: Record<'targets' | 'indicators', AttributeScore>;
  /** Relation scores per relationship type. */
  relationTypes: Record<string, KindScore>;
  /** Recall of the gold place tree (LOCATED_IN between two gold places), summed. */
  placeHierarchy: AttributeScore;
  /** Predicted relations of types the gold set does not annotate, per type (not scored). */
  unscoredRelations: Record<string, number>;
}

/** Micro-averaged totals over documents: counts are summed, then scored. */
export function totalScores(scores: readonly DocumentScore[]): ScoreTotals {
  const kinds = {} as Record<GoldKind, KindScore>;
  let overall: Counts = { tp: 0, fp: 0, fn: 0 };
  let entities: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const kind of GOLD_KINDS) {
    const sum = scores.reduce<Counts>((acc, s) => addCounts(acc, s.kinds[kind]), { tp: 0, fp: 0, fn: 0 });
    kinds[kind] = kindScore(sum);
    overall = addCounts(overall, sum);
    if ((ENTITY_KINDS as readonly string[]).includes(kind)) entities = addCounts(entities, sum);
  }
  const unscoredRelations: Record<string, number> = {};
  const years = { targets: { correct: 0, total: 0 }, indicators: { correct: 0, total: 0 } };
  const subjects = { targets: { correct: 0, total: 0 }, indicators: { correct: 0, total: 0 } };
  const relationCounts: Record<string, Counts> = {};
  const placeHierarchy = { correct: 0, total: 0 };
  for (const score of scores) {
    placeHierarchy.correct += score.placeHierarchy.correct;
    placeHierarchy.total += score.placeHierarchy.total;
    for (const kind of ['targets', 'indicators'] as const) {
      years[kind].correct += score.years[kind].correct;
      years[kind].total += score.years[kind].total;
      subjects[kind].correct += score.subjects[kind].correct;
      subjects[kind].total += score.subjects[kind].total;
    }
    for (const [type, count] of Object.entries(score.unscoredRelations))
      unscoredRelations[type] = (unscoredRelations[type] ?? 0) + count;
    for (const [type, counts] of Object.entries(score.relationTypes))
      relationCounts[type] = addCounts(relationCounts[type] ?? { tp: 0, fp: 0, fn: 0 }, counts);
  }
  const relationTypes = Object.fromEntries(
    Object.entries(relationCounts).map(([type, counts]) => [type, kindScore(counts)]),
  );
  return {
    documents: scores.length,
    kinds,
    overall: kindScore(overall),
    entities: kindScore(entities),
    years,
    subjects,
    relationTypes,
    placeHierarchy,
    unscoredRelations,
  };
}
