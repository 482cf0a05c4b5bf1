import { METRICS } from '../../loaders/metrics';
import type { GraphStore, StoredRelationship } from '../../store/graph-store';
import { derivedOutcomeEdges, storedOutcomeEdges } from '../outcomes/derived-outcomes';
import {
  allOutcomeRecords,
  outcomeRecords,
  revisedShengze2023,
  shengzeThirdQuarter,
  TOWNS,
} from '../outcomes/outcome-records';
import {
  SCORECARD,
  serveStore,
  statuses,
  TIMELINE,
  type ScorecardAnswer,
} from '../outcomes/scorecard-queries';
import type { ContractContext } from './contract-context';

/**
 * Goals against outcomes: OUTCOME_OF links and metric counts through the store, and the
 * scorecard over HTTP, on every backend. The expected statuses are what the outcome
 * documents (tests/outcomes/documents) say.
 */

const EXPECTED_2023: Record<keyof typeof TOWNS, Record<string, string>> = {
  // 工业开票销售 set, 工业应税销售 reported: one metric under two names.
  盛泽镇: {
    'enterprises.hightech.new': 'MET',
    'industry.invoiced-sales': 'MET',
    // 确保120亿元, achieved 1085000万元 (108.5亿元): most of it, in another unit.
    'investment.fixed-assets': 'PARTIAL',
    'revenue.public-budget.growth': 'MISSED',
  },
  平望镇: {
    'enterprises.above-scale.new': 'MISSED',
    // 增长6%左右 against 5.6%: within 10 %.
    'gdp.growth': 'MET',
    'industry.output.above-scale': 'PARTIAL',
    // A growth goal; only the level (52亿元) was reported, which must not answer it.
    'retail.consumer-goods.growth': 'UNKNOWN',
  },
  郑陆镇: {
    'employment.new': 'MET',
    // 3000亩 set, 220公顷 (3300亩) built.
    'farmland.high-standard': 'MET',
    'fdi.actual': 'MISSED',
    'projects.100m': 'UNKNOWN',
  },
};

/** The OUTCOME_OF edges into one target. */
async function outcomeEdgesInto(store: GraphStore, target: string): Promise<StoredRelationship[]> {
  return store.getRelationships({ nodeIds: [target], direction: 'IN', types: ['OUTCOME_OF'] });
}

/** The targets of a place for a year, by metric key. */
async function targetsOf(
  store: Awaited<ReturnType<ContractContext['storeWith']>>,
  place: string,
  year: number,
): Promise<Map<string, string>> {
  const edges = await store.getRelationships({ nodeIds: [place], direction: 'OUT', types: ['TARGETS'] });
  const nodes = await store.getNodes(edges.map((e) => e.to));
  const byKey = new Map<string, string>();
  for (const node of nodes)
    if (node?.properties.year === year && typeof node.properties.metricKey === 'string')
      byKey.set(node.properties.metricKey, node.id);
  return byKey;
}

export function describeOutcomes(ctx: ContractContext): void {
  describe('outcomes', () => {
    it('stores OUTCOME_OF from the indicator of the same subject, metric and year to each goal', async () => {
      const all = allOutcomeRecords();
      const store = await ctx.storeWith(...all);
      const targets = await targetsOf(store, TOWNS.盛泽镇, 2023);
      const answered: Record<string, unknown> = {};
      for (const [key, id] of targets) {
        const edges = await outcomeEdgesInto(store, id);
        expect(edges.length).toBeLessThanOrEqual(1);
        const [indicator] = await store.getNodes(edges.map((e) => e.from));
        answered[key] = indicator?.properties.metric ?? null;
      }
      expect(answered).toEqual({
        'enterprises.hightech.new': '新增高新技术企业',
        'industry.invoiced-sales': '完成工业应税销售',
        'investment.fixed-assets': '完成固定资产投资',
        'revenue.public-budget.growth': '一般公共预算收入增长',
      });
      const [sales] = await outcomeEdgesInto(store, targets.get('industry.invoiced-sales')!);
      const year2023 = all[1]!.documents[0]!.id;
      expect(sales).toMatchObject({ type: 'OUTCOME_OF', to: targets.get('industry.invoiced-sales') });
      // The indicator's evidence: its document and sentence, under the outcome rule.
      expect(sales?.properties).toMatchObject({
        rule: 'outcome.same-subject-metric-year',
        documentId: year2023,
      });
      expect(String(sales?.properties.sentence)).toContain('工业应税销售1352亿元');
      expect(sales?.key).toBe(`OUTCOME_OF|${sales?.from}|${sales?.to}|${year2023}`);
      // A growth goal is not answered by the level 平望镇 reported for the same metric.
      const growth = (await targetsOf(store, TOWNS.平望镇, 2023)).get('retail.consumer-goods.growth')!;
      expect(growth).toBeDefined();
      expect(await outcomeEdgesInto(store, growth)).toEqual([]);
      const stored = await storedOutcomeEdges(store);
      // Ten of the twelve goals of 2023 have an indicator: not the growth goal answered by a
      // level, nor the one nobody reported on.
      expect(stored).toHaveLength(10);
      expect(stored).toEqual(await derivedOutcomeEdges(store));
    }, 180_000);

    it('gives the same edges whatever order the reports are loaded in', async () => {
      const all = allOutcomeRecords();
      const inOrder = await storedOutcomeEdges(await ctx.storeWith(...all));
      // Every year-end report first, then the goals they answer.
      const late = await ctx.storeWith(...[5, 3, 1, 4, 2, 0].map((i) => all[i]!));
      expect(inOrder).toHaveLength(10);
      expect(await storedOutcomeEdges(late)).toEqual(inOrder);
      expect(await derivedOutcomeEdges(late)).toEqual(inOrder);
    }, 180_000);

    it('moves the edge when the report is replaced, and to another document when it is deleted', async () => {
      const store = await ctx.storeWith(...allOutcomeRecords(), shengzeThirdQuarter());
      const api = await serveStore(store);
      const salesStatus = async () => {
        const answer = await api.ask<ScorecardAnswer>(SCORECARD, { place: TOWNS.盛泽镇, year: 2023 });
        return statuses(answer)['industry.invoiced-sales'];
      };
      try {
        const target = (await targetsOf(store, TOWNS.盛泽镇, 2023)).get('industry.invoiced-sales')!;
        const linkedTo = async () => {
          const edges = await outcomeEdgesInto(store, target);
          expect(edges.length).toBeLessThanOrEqual(1);
          expect(await storedOutcomeEdges(store)).toEqual(await derivedOutcomeEdges(store));
          const [indicator] = await store.getNodes(edges.map((e) => e.from));
          return edges[0]
            ? { value: indicator?.properties.normValue, document: edges[0].properties.documentId }
            : null;
        };
        const q3 = shengzeThirdQuarter().documents[0]!.id;
        // The year-end figure (1352亿元) wins over the earlier one of the third quarter.
        expect(await linkedTo()).toEqual({
          value: 135_200_000_000,
          document: allOutcomeRecords()[1]!.documents[0]!.id,
        });
        expect(await salesStatus()).toBe('MET');
        const revised = revisedShengze2023();
        expect((await store.loadDocument(revised)).status).toBe('replaced');
        expect(await linkedTo()).toEqual({ value: 120_500_000_000, document: revised.documents[0]!.id });
        // 1205 of 1300以上: most of it.
        expect(await salesStatus()).toBe('PARTIAL');
        await store.deleteDocument(revised.documents[0]!.id);
        expect(await linkedTo()).toEqual({ value: 101_000_000_000, document: q3 });
        expect(await salesStatus()).toBe('MISSED');
        await store.deleteDocument(q3);
        expect(await linkedTo()).toBeNull();
        expect(await salesStatus()).toBe('UNKNOWN');
      } finally {
        await api.close();
      }
    }, 180_000);

    it('shows the edge in the neighbourhood and among the relationships, with its provenance', async () => {
      const all = allOutcomeRecords();
      const api = await serveStore(await ctx.storeWith(...all));
      try {
        const zhenglu = all[5]!.documents[0]!.id;
        const answer = await api.ask<{ scorecard: { entries: { target: { id: string } }[] } }>(
          `query($place: ID!) { scorecard(place: $place, year: 2023) { entries { target { id metricKey } } } }`,
          { place: TOWNS.郑陆镇 },
        );
        const target = answer.scorecard.entries.find(
          (e) => (e.target as { metricKey?: string }).metricKey === 'employment.new',
        )!.target.id;
        const related = await api.ask<{ node: { relationships: unknown[] } }>(
          `query($id: ID!) { node(id: $id) { ... on Target { relationships(types: [OUTCOME_OF]) {
            type from { id } to { id } provenance { sentence rule document { id } } } } } }`,
          { id: target },
        );
        expect(related.node.relationships).toHaveLength(1);
        const [edge] = related.node.relationships as {
          type: string;
          from: { id: string };
          to: { id: string };
          provenance: { sentence: string; rule: string; document: { id: string } };
        }[];
        expect(edge).toMatchObject({
          type: 'OUTCOME_OF',
          to: { id: target },
          provenance: { rule: 'outcome.same-subject-metric-year', document: { id: zhenglu } },
        });
        expect(edge!.provenance.sentence).toMatch(/就业/);
        const around = await api.ask<{
          neighbourhood: { nodes: { id: string }[]; relationships: { type: string; from: { id: string } }[] };
        }>(
          `query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id } relationships { type from { id } } } }`,
          { id: target },
        );
        expect(around.neighbourhood.nodes.map((n) => n.id)).toContain(edge!.from.id);
        expect(around.neighbourhood.relationships).toContainEqual({
          type: 'OUTCOME_OF',
          from: { id: edge!.from.id },
        });
      } finally {
        await api.close();
      }
    }, 180_000);

    it('refuses records that state OUTCOME_OF themselves, naming the document', async () => {
      const [goals, results] = [outcomeRecords('pingwang-2022.txt'), outcomeRecords('pingwang-2023.txt')];
      const store = await ctx.storeWith(goals);
      const indicator = results.nodes.find((n) => n.label === 'Indicator')!;
      const target = goals.nodes.find((n) => n.label === 'Target')!;
      const forged = {
        ...results,
        relationships: [
          ...results.relationships,
          {
            type: 'OUTCOME_OF' as const,
            from: indicator.id,
            to: target.id,
            properties: {
              documentId: results.documents[0]!.id,
              sentence: '',
              start: 0,
              end: 0,
              rule: 'x',
              confidence: 1,
            },
          },
        ],
      };
      const before = await storedOutcomeEdges(store);
      const refused = await store.loadDocument(forged).catch((error: Error) => error);
      expect(refused).toMatchObject({ code: 'BAD_DOCUMENT' });
      expect((refused as Error).message).toContain('pingwang-2023.txt');
      expect((refused as Error).message).toContain('OUTCOME_OF is computed by the store');
      expect(await store.getNodes([results.documents[0]!.id])).toEqual([null]);
      expect(await storedOutcomeEdges(store)).toEqual(before);
    });

    it('counts targets and indicators per metric key', async () => {
      const store = await ctx.storeWith(...allOutcomeRecords());
      const counts = await store.countMetricKeys();
      expect(counts).toContainEqual({ label: 'Target', metricKey: 'industry.invoiced-sales', count: 2 });
      expect(counts).toContainEqual({ label: 'Indicator', metricKey: 'industry.invoiced-sales', count: 2 });
      expect(counts).toContainEqual({ label: 'Indicator', metricKey: 'retail.consumer-goods', count: 1 });
      const order = counts.map((c) => `${c.label}|${c.metricKey}`);
      expect(order).toEqual([...order].sort());
      expect(await (await ctx.storeWith()).countMetricKeys()).toEqual([]);
    });

    describe('over GraphQL', () => {
      // One store for the three towns: each load costs seconds on Neo4j.
      it('gives each town the 2023 scorecard its reports give', async () => {
        const api = await serveStore(await ctx.storeWith(...allOutcomeRecords()));
        try {
          for (const town of Object.keys(EXPECTED_2023) as (keyof typeof TOWNS)[]) {
            const answer = await api.ask<ScorecardAnswer>(SCORECARD, { place: TOWNS[town], year: 2023 });
            expect({ town, statuses: statuses(answer) }).toEqual({ town, statuses: EXPECTED_2023[town] });
            const card = answer.scorecard!;
            const expected = Object.values(EXPECTED_2023[town]);
            const count = (s: string) => expected.filter((e) => e === s).length;
            expect([card.met, card.missed, card.partial, card.pending, card.unknown]).toEqual(
              ['MET', 'MISSED', 'PARTIAL', 'PENDING', 'UNKNOWN'].map(count),
            );
            expect(card.truncated).toBe(false);
          }
        } finally {
          await api.close();
        }
      });

      it('gives ratios in canonical units, goals of a year not over PENDING, and the timeline by year', async () => {
        const api = await serveStore(await ctx.storeWith(...allOutcomeRecords()));
        try {
          const shengze = await api.ask<ScorecardAnswer>(SCORECARD, { place: TOWNS.盛泽镇, year: 2023 });
          const byKey = new Map(shengze.scorecard!.entries.map((e) => [e.target.metricKey, e]));
          expect(byKey.get('industry.invoiced-sales')?.outcome.ratio).toBeCloseTo(1352 / 1300, 4);
          const investment = byKey.get('investment.fixed-assets')!;
          expect(investment.outcome.indicator?.normalisedValue).toBe(10_850_000_000);
          expect(investment.outcome.ratio).toBeCloseTo(108.5 / 120, 4);
          const pending = await api.ask<ScorecardAnswer>(SCORECARD, { place: TOWNS.郑陆镇, year: 2024 });
          expect(statuses(pending)).toEqual({ 'employment.new': 'PENDING' });
          const timeline = await api.ask<{ node: { timeline: { points: unknown[] } } }>(TIMELINE, {
            id: TOWNS.盛泽镇,
            metric: 'industry.invoiced-sales',
          });
          expect(timeline.node.timeline.points).toEqual([
            { year: 2022, targetValue: null, achievedValue: 118_000_000_000, status: null },
            { year: 2023, targetValue: 130_000_000_000, achievedValue: 135_200_000_000, status: 'MET' },
            { year: 2024, targetValue: 145_000_000_000, achievedValue: null, status: 'PENDING' },
          ]);
          const none = await api.ask<ScorecardAnswer>(SCORECARD, { place: 'place:0', year: 2023 });
          expect(none.scorecard).toBeNull();
          // The vocabulary: all of it in one answer when asked, the used metrics most used first.
          type Metrics = {
            metrics: { key: string; kind: string; targetCount: number; indicatorCount: number }[];
          };
          const every = await api.ask<Metrics>(`{ metrics(first: ${METRICS.length}) { key } }`);
          expect(every.metrics).toHaveLength(METRICS.length);
          const used = await api.ask<Metrics>(
            '{ metrics(used: true) { key kind targetCount indicatorCount } }',
          );
          const uses = used.metrics.map((m) => m.targetCount + m.indicatorCount);
          expect(uses).toEqual([...uses].sort((a, b) => b - a));
          expect(used.metrics).toContainEqual({
            key: 'industry.invoiced-sales',
            kind: 'LEVEL',
            targetCount: 2,
            indicatorCount: 2,
          });
          const growth = await api.ask<Metrics>('{ metrics(kind: GROWTH, first: 5) { key kind } }');
          expect(growth.metrics).toHaveLength(5);
          expect(growth.metrics.every((m) => m.kind === 'GROWTH')).toBe(true);
        } finally {
          await api.close();
        }
      });
    });
  });
}
