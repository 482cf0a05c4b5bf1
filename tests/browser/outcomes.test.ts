import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, serverConfigFromEnv, type TowngraphServer } from '../../server';
import { openStore, type GraphStore } from '../../store';
import { allOutcomeRecords, TOWNS } from '../outcomes/outcome-records';
import { CHROMIUM_PATH } from './explorer-fixture';

/**
 * A place's goals against outcomes on the explorer card, in headless Chromium against the
 * real server loaded with the outcome documents: the timeline charts draw one point per
 * goal and per achieved figure the API holds, and the scorecard lists the year's goals
 * with their statuses.
 */

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

interface TimelineAnswer {
  node: {
    timeline: { points: { year: number; targetValue: number | null; achievedValue: number | null }[] };
  };
}

let store: GraphStore;
let server: TowngraphServer;
let browser: Browser;
let page: Page;
let url = '';
const pageErrors: string[] = [];

beforeAll(async () => {
  store = await openStore({ backend: 'memory' });
  for (const records of allOutcomeRecords()) await store.loadDocument(records);
  server = createServer({
    store,
    config: { ...serverConfigFromEnv({}), host: '127.0.0.1', graphiql: false },
  });
  url = (await server.listen(0)).url;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1440, height: 1600 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

async function apiTimeline(metricKey: string): Promise<TimelineAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($id: ID!, $k: String!) { node(id: $id) { ... on Place { timeline(metricKey: $k) { points { year targetValue achievedValue } } } } }`,
      variables: { id: TOWNS.盛泽镇, k: metricKey },
    }),
  });
  return ((await response.json()) as { data: TimelineAnswer }).data;
}

describe('goals and outcomes on a place card', () => {
  it('draws a timeline per metric with one point per goal and per achieved figure', async () => {
    await page.goto(`${new URL(url).origin}/#entity=${encodeURIComponent(TOWNS.盛泽镇)}`);
    await page.waitForSelector('[data-testid=place-outcomes][data-state=ready]', { timeout: 30_000 });
    const charts = await page.$$eval('[data-testid=timeline-chart]', (figures) =>
      figures.map((f) => ({ ...(f as HTMLElement).dataset })),
    );
    expect(charts.map((c) => c.metric).sort()).toEqual(
      [
        'enterprises.hightech.new',
        'industry.invoiced-sales',
        'investment.fixed-assets',
        'revenue.public-budget.growth',
      ].sort(),
    );
    for (const chart of charts) {
      const points = (await apiTimeline(chart.metric ?? '')).node.timeline.points;
      const targets = points.filter((p) => p.targetValue !== null).length;
      const achieved = points.filter((p) => p.achievedValue !== null).length;
      expect({ metric: chart.metric, target: chart.targetPoints, achieved: chart.achievedPoints }).toEqual({
        metric: chart.metric,
        target: String(targets),
        achieved: String(achieved),
      });
      // What Chart.js itself laid out, not what the page meant to give it.
      expect(chart.drawnPoints).toBe(String(targets + achieved));
    }
    const sales = charts.find((c) => c.metric === 'industry.invoiced-sales');
    expect(sales).toMatchObject({
      targetPoints: '2',
      achievedPoints: '2',
      drawnPoints: '4',
      met: '1',
      missed: '0',
    });
    expect(charts.find((c) => c.metric === 'revenue.public-budget.growth')).toMatchObject({ missed: '1' });
  });

  it('paints the charts on their canvases', async () => {
    const painted = await page.$$eval('[data-testid=timeline-chart] canvas', (canvases) =>
      canvases.map((c) => {
        const canvas = c as HTMLCanvasElement;
        const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
        let opaque = 0;
        for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) opaque += 1;
        return { width: canvas.width, opaque };
      }),
    );
    expect(painted.length).toBe(4);
    for (const canvas of painted) {
      expect(canvas.width).toBeGreaterThan(100);
      expect(canvas.opaque).toBeGreaterThan(500);
    }
  });

  it('shows the scorecard of the latest year that is not all pending, and another year on choice', async () => {
    await expect(page.getAttribute('[data-testid=scorecard]', 'data-year')).resolves.toBe('2023');
    const rows = await page.$$eval('[data-testid=scorecard-row]', (trs) =>
      trs.map((tr) => [(tr as HTMLElement).dataset.metricKey, (tr as HTMLElement).dataset.status]),
    );
    expect(Object.fromEntries(rows)).toEqual({
      'enterprises.hightech.new': 'MET',
      'industry.invoiced-sales': 'MET',
      'investment.fixed-assets': 'PARTIAL',
      'revenue.public-budget.growth': 'MISSED',
    });
    await expect(page.textContent('[data-testid=scorecard-summary]')).resolves.toContain('2 met');
    mkdirSync('tests/artifacts', { recursive: true });
    // The card panel scrolls past 560px; lifted for the screenshot so that the charts and
    // the table show whole.
    await page.addStyleTag({ content: '.card-panel { max-height: none !important; }' });
    await page.screenshot({ path: 'tests/artifacts/outcomes.png', fullPage: true });
    await page.selectOption('[data-testid=scorecard-year]', '2024');
    await page.waitForSelector('[data-testid=scorecard][data-year="2024"]');
    const pending = await page.$$eval('[data-testid=scorecard-row]', (trs) =>
      trs.map((tr) => (tr as HTMLElement).dataset.status),
    );
    expect(pending).toEqual(['PENDING']);
    expect(pageErrors).toEqual([]);
  });
});
