/** Extraction quality: gold annotations, scoring of graph records, totals. */
export { parseGold, GoldFormatError, GOLD_KINDS, type GoldDocument, type GoldKind } from './gold';
export { canonicalName } from './name-forms';
export { scoreDocument, VALUE_TOLERANCE, type DocumentScore } from './score-document';
export { totalScores, type ScoreTotals } from './totals';
export type { KindScore } from './kind-score';
export {
  evaluateGoldDirectory,
  readDocumentList,
  type EvaluationReport,
  type EvaluateOptions,
} from './evaluate';
