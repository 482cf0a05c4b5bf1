/**
 * Whether a goal was reached, from the goal's figure and qualifier and the achieved figure.
 * - 以上, 力争, 确保, 不低于 and a bare figure: met at 100 % or more.
 * - 左右 and 约: met within 10 % below (and at any figure above: beating an approximate
 *   goal is meeting it).
 * - a range (5—6%): met from its lower end.
 * - 以内, 以下, 不超过 (a ceiling): met at or under the figure, missed above it.
 * - Otherwise PARTIAL at 80 % or more of what was required, MISSED below.
 * - PENDING while the goal's year is not over: no document in the graph is dated after it.
 * - UNKNOWN when no achieved figure was found, or it is in another unit.
 */
export type OutcomeStatus = 'MET' | 'MISSED' | 'PARTIAL' | 'PENDING' | 'UNKNOWN';

export const PARTIAL_SHARE = 0.8;
export const APPROXIMATE_TOLERANCE = 0.1;

const APPROXIMATE = new Set(['左右', '约', '近']);
const CEILING = new Set(['以内', '以下', '不超过', '控制在']);

export interface OutcomeFigures {
  target: { value: number | null; unit: string | null; qualifier: string | null; year: number | null };
  achieved: { value: number | null; unit: string | null } | null;
  /** Latest publication date (YYYY-MM-DD) of any document in the graph, null when none is dated. */
  latestDocumentDate: string | null;
}

export interface OutcomeAssessment {
  status: OutcomeStatus;
  /** Achieved ÷ target, null when either is missing or the units differ. */
  ratio: number | null;
}

export function assessOutcome(figures: OutcomeFigures): OutcomeAssessment {
  const { target, achieved } = figures;
  const comparable =
    achieved !== null &&
    achieved.value !== null &&
    target.value !== null &&
    target.value !== 0 &&
    achieved.unit === target.unit;
  const ratio = comparable ? Number((achieved.value! / target.value!).toPrecision(6)) : null;
  if (yearNotOver(target.year, figures.latestDocumentDate)) return { status: 'PENDING', ratio };
  if (ratio === null) return { status: 'UNKNOWN', ratio };
  const qualifier = target.qualifier ?? '';
  if (CEILING.has(qualifier)) return { status: ratio <= 1 ? 'MET' : 'MISSED', ratio };
  const required = APPROXIMATE.has(qualifier) ? 1 - APPROXIMATE_TOLERANCE : 1;
  if (ratio >= required - 1e-9) return { status: 'MET', ratio };
  if (ratio >= PARTIAL_SHARE * required) return { status: 'PARTIAL', ratio };
  return { status: 'MISSED', ratio };
}

/** A year is over once some document is dated in a later year. */
function yearNotOver(year: number | null, latest: string | null): boolean {
  if (year === null) return false;
  const latestYear = latest ? Number(latest.slice(0, 4)) : NaN;
  return Number.isFinite(latestYear) && latestYear <= year;
}
