import pino from 'pino';
import { completeServerConfig, createServer, type TowngraphServer } from '../../server';
import type { GraphStore } from '../../store/graph-store';

export const SCORECARD = `query($place: ID!, $year: Int!) {
  scorecard(place: $place, year: $year) {
    year met missed partial pending unknown truncated
    entries {
      target { metric metricKey normalisedValue normalisedUnit qualifier }
      outcome { status ratio indicator { metric metricKey normalisedValue } provenance { sentence rule } }
    }
  }
}`;

export const TIMELINE = `query($id: ID!, $metric: String!) { node(id: $id) { ... on Place { timeline(metricKey: $metric) {
  metric { key label unit } points { year targetValue achievedValue status } } } } }`;

export interface ScorecardAnswer {
  scorecard: {
    met: number;
    missed: number;
    partial: number;
    pending: number;
    unknown: number;
    truncated: boolean;
    entries: {
      target: { metric: string; metricKey: string | null; normalisedValue: number | null };
      outcome: {
        status: string;
        ratio: number | null;
        indicator: { metric: string; metricKey: string; normalisedValue: number | null } | null;
        provenance: { sentence: string; rule: string } | null;
      };
    }[];
  } | null;
}

/** Metric key (or metric, without one) → status, for every goal of a scorecard. */
export function statuses(answer: ScorecardAnswer): Record<string, string> {
  const entries = answer.scorecard?.entries ?? [];
  return Object.fromEntries(entries.map((e) => [e.target.metricKey ?? e.target.metric, e.outcome.status]));
}

/** GraphQL over HTTP on a free port, over a store already loaded. */
export async function serveStore(store: GraphStore): Promise<{
  ask<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}> {
  const server: TowngraphServer = createServer({
    store,
    config: completeServerConfig({ port: 0 }),
    explorer: false,
    logger: pino({ level: 'silent' }),
  });
  const { url } = await server.listen(0);
  return {
    async ask<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: unknown };
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data as T;
    },
    close: () => server.close(),
  };
}
