import { findOutcomeLinks } from '../../store/outcome-links';
import { allOutcomeRecords, outcomeRecords, outcomeText, TOWNS } from '../outcomes/outcome-records';
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

const SHENGZE_2023 = 'shengze-2023.txt';

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
    it('links each goal to the indicator of the same subject, metric and year', async () => {
      const store = await ctx.storeWith(...allOutcomeRecords());
      const targets = await targetsOf(store, TOWNS.盛泽镇, 2023);
      const ids = [...targets.values()];
      const links = await findOutcomeLinks(store, ids);
      const indicators = await store.getNodes(links.map((l) => l?.from ?? 'none'));
      const answered = Object.fromEntries(
        [...targets.keys()].map((key, i) => [key, indicators[i]?.properties.metric ?? null]),
      );
      expect(answered).toEqual({
        'enterprises.hightech.new': '新增高新技术企业',
        'industry.invoiced-sales': '完成工业应税销售',
        'investment.fixed-assets': '完成固定资产投资',
        'revenue.public-budget.growth': '一般公共预算收入增长',
      });
      const sales = links[ids.indexOf(targets.get('industry.invoiced-sales')!)];
      expect(sales).toMatchObject({ type: 'OUTCOME_OF', to: targets.get('industry.invoiced-sales') });
      expect(sales?.properties).toMatchObject({ rule: 'outcome.same-subject-metric-year' });
      expect(String(sales?.properties.sentence)).toContain('工业应税销售');
    });

    it('finds the link whichever report is loaded first, and none for unknown ids', async () => {
      const store = await ctx.storeWith(outcomeRecords(SHENGZE_2023), outcomeRecords('shengze-2022.txt'));
      const target = (await targetsOf(store, TOWNS.盛泽镇, 2023)).get('industry.invoiced-sales')!;
      const [link, missing] = await findOutcomeLinks(store, [target, 'target:none']);
      expect(link?.to).toBe(target);
      expect(missing).toBeNull();
    });

    it('follows a replaced report and forgets a deleted one', async () => {
      const store = await ctx.storeWith(...allOutcomeRecords());
      const target = (await targetsOf(store, TOWNS.盛泽镇, 2023)).get('industry.invoiced-sales')!;
      const revisedText = outcomeText(SHENGZE_2023).replace(
        '全镇完成工业应税销售1352亿元',
        '全镇完成工业开票销售1205亿元',
      );
      const revised = outcomeRecords(SHENGZE_2023, revisedText);
      expect((await store.loadDocument(revised)).status).toBe('replaced');
      const [afterReplace] = await findOutcomeLinks(store, [target]);
      const [indicator] = await store.getNodes([afterReplace!.from]);
      expect(indicator?.properties.normValue).toBe(120_500_000_000);
      expect(afterReplace?.properties.documentId).toBe(revised.documents[0]!.id);
      await store.deleteDocument(revised.documents[0]!.id);
      expect(await findOutcomeLinks(store, [target])).toEqual([null]);
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
        } finally {
          await api.close();
        }
      });
    });
  });
}
