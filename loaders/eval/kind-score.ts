/** Precision, recall and F1 from counts of hits, extras and misses. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface KindScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Empty sides count as perfect: nothing predicted is precision 1, nothing to find is
 * recall 1, so a document without targets scores 1 for targets when none are invented.
 */
export function kindScore(counts: Counts): KindScore {
  const { tp, fp, fn } = counts;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}
