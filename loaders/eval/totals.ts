import { GOLD_KINDS, type GoldKind } from './gold';
import { addCounts, kindScore, type Counts, type KindScore } from './kind-score';
import type { AttributeScore, DocumentScore } from './score-document';

export interface ScoreTotals {
  documents: number;
  kinds: Record<GoldKind, KindScore>;
  overall: KindScore;
  years: Record<'targets' | 'indicators', AttributeScore>;
}

/** Micro-averaged totals over documents: counts are summed, then scored. */
export function totalScores(scores: readonly DocumentScore[]): ScoreTotals {
  const kinds = {} as Record<GoldKind, KindScore>;
  let overall: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const kind of GOLD_KINDS) {
    const sum = scores.reduce<Counts>((acc, s) => addCounts(acc, s.kinds[kind]), { tp: 0, fp: 0, fn: 0 });
    kinds[kind] = kindScore(sum);
    overall = addCounts(overall, sum);
  }
  const years = { targets: { correct: 0, total: 0 }, indicators: { correct: 0, total: 0 } };
  for (const score of scores) {
    for (const kind of ['targets', 'indicators'] as const) {
      years[kind].correct += score.years[kind].correct;
      years[kind].total += score.years[kind].total;
    }
  }
  return { documents: scores.length, kinds, overall: kindScore(overall), years };
}
