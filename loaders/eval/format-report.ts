import { GOLD_KINDS, type GoldKind } from './gold';
import type { EvaluationReport } from './evaluate';
import { kindScore, type Counts, type KindScore } from './kind-score';
import type { AttributeScore } from './score-document';

/** Relation types always shown, even when a set has none of them: the links planners trace. */
const MAIN_RELATION_TYPES = ['LOCATED_IN', 'OPERATED_BY', 'PARTICIPATES_IN'];

/** The plain-text tables `towngraph eval` prints. */

const pct = (value: number): string => value.toFixed(2).padStart(5);

function row(label: string, score: KindScore): string {
  const counts = `${score.tp}/${score.fp}/${score.fn}`.padStart(12);
  return `  ${label.padEnd(19)}${pct(score.precision)}  ${pct(score.recall)}  ${pct(score.f1)}  ${counts}`;
}

function table(kinds: Record<GoldKind, KindScore>, overall: KindScore, entities: KindScore): string[] {
  return [
    `  ${'kind'.padEnd(19)}    P      R     F1      tp/fp/fn`,
    ...GOLD_KINDS.map((kind) => row(kind, kinds[kind])),
    row('overall', overall),
    row('entities', entities),
  ];
}

/** Predicted relation types the gold set never annotates: listed with their counts, not scored. */
function unscored(counts: Record<string, number>): string[] {
  const types = Object.keys(counts).sort();
  if (types.length === 0) return [];
  return [
    `  not scored (gold annotates no such relation): ${types.map((t) => `${t} ${counts[t]}`).join(', ')}`,
  ];
}

function years(label: string, score: AttributeScore): string {
  return score.total === 0
    ? `  ${label} year: no dated matches`
    : `  ${label} year: ${score.correct}/${score.total} right`;
}

function hierarchy(score: AttributeScore): string {
  return score.total === 0
    ? '  place hierarchy: no gold links between places'
    : `  place hierarchy: ${score.correct}/${score.total} gold links between places found (${pct(score.correct / score.total).trim()})`;
}

function subjects(label: string, score: AttributeScore): string {
  return score.total === 0
    ? `  ${label} subject: no figure matches by value and unit`
    : `  ${label} subject: ${score.correct}/${score.total} right (${pct(score.correct / score.total).trim()})`;
}

function relationRows(types: Record<string, Counts | KindScore>): string[] {
  const names = [...new Set([...MAIN_RELATION_TYPES, ...Object.keys(types).sort()])];
  return names.map((type) => row(`  ${type}`, kindScore(types[type] ?? { tp: 0, fp: 0, fn: 0 })));
}

export function formatReport(report: EvaluationReport, options: { details?: boolean } = {}): string {
  const lines: string[] = [];
  for (const doc of report.documents) {
    lines.push(doc.document, ...table(doc.kinds, doc.overall, doc.entities));
    lines.push(years('targets', doc.years.targets), years('indicators', doc.years.indicators));
    if (options.details) {
      for (const kind of GOLD_KINDS) {
        if (doc.missed[kind].length > 0) lines.push(`  missed ${kind}: ${doc.missed[kind].join('; ')}`);
        if (doc.extra[kind].length > 0) lines.push(`  extra ${kind}: ${doc.extra[kind].join('; ')}`);
      }
    }
    lines.push('');
  }
  const { totals } = report;
  lines.push(
    `total over ${totals.documents} document(s)`,
    ...table(totals.kinds, totals.overall, totals.entities),
  );
  lines.push(
    '  relations by type',
    ...relationRows(totals.relationTypes),
    ...unscored(totals.unscoredRelations),
  );
  lines.push(years('targets', totals.years.targets), years('indicators', totals.years.indicators));
  lines.push(
    subjects('targets', totals.subjects.targets),
    subjects('indicators', totals.subjects.indicators),
    hierarchy(totals.placeHierarchy),
  );
  for (const failure of report.failures) lines.push(`not scored: ${failure.gold}: ${failure.error}`);
  return `${lines.join('\n')}\n`;
}
