/** Answers of the outcome queries (outcome-queries.ts), as the page uses them. */

export type OutcomeStatus = 'MET' | 'MISSED' | 'PARTIAL' | 'PENDING' | 'UNKNOWN';

export interface TimelinePointView {
  year: number;
  targetValue: number | null;
  achievedValue: number | null;
  status: OutcomeStatus | null;
}

export interface TimelineView {
  metric: { key: string; label: string; unit: string; kind: string } | null;
  points: TimelinePointView[];
}

export interface ScorecardView {
  year: number;
  met: number;
  missed: number;
  partial: number;
  pending: number;
  unknown: number;
  truncated: boolean;
  entries: {
    target: {
      id: string;
      metric: string | null;
      metricKey: string | null;
      normalisedValue: number | null;
      normalisedValueMax: number | null;
      normalisedUnit: string | null;
      qualifier: string | null;
    };
    outcome: {
      status: OutcomeStatus;
      ratio: number | null;
      indicator: { id: string; metric: string | null; normalisedValue: number | null } | null;
    };
  }[];
}

/** A metric a place has figures for: how many goals and years it spans. */
export interface PlaceMetric {
  key: string;
  targets: number;
  years: number[];
}
