import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { generateCorpus } from '../../bench/corpus/generate';
import { fileSources, listDocumentFiles } from '../../loaders/inputs';
import type { DrawOptions } from '../../server/explorer/src/graph-view';
import { startExplorer, type ExplorerFixture } from './explorer-fixture';

/**
 * The explorer on a generated corpus of 1000 documents (bench/corpus, as `npm run bench`
 * makes it): the largest neighbourhood opens and expands, and a drawing of 2000 nodes
 * stays responsive. The figures are written to tests/artifacts/explorer-scale.json; the
 * bounds asserted are generous, since this machine is shared (timings belong in bench/).
 */

const ARTIFACTS = 'tests/artifacts';
let fx: ExplorerFixture;
let corpusDir = '';
const figures: Record<string, number | string> = {};

beforeAll(async () => {
  corpusDir = mkdtempSync(path.join(tmpdir(), 'towngraph-explorer-corpus-'));
  await generateCorpus({ count: 1000, seed: 1, outDir: corpusDir });
  const files = await listDocumentFiles([path.join(corpusDir, 'docs')]);
  fx = await startExplorer({ sources: fileSources(files, 16 * 1024 * 1024) });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await fx?.close();
  if (corpusDir) rmSync(corpusDir, { recursive: true, force: true });
  if (Object.keys(figures).length > 0)
    writeFileSync(`${ARTIFACTS}/explorer-scale.json`, `${JSON.stringify(figures, null, 2)}\n`);
});

interface Subgraph {
  nodes: { id: string; __typename: string; name?: string; title?: string }[];
  relationships: { id: string; type: string; from: { id: string }; to: { id: string } }[];
}

const NEIGHBOURHOOD = `query($id: ID!, $d: Int!) { neighbourhood(id: $id, depth: $d) {
  nodes { __typename id ... on Entity { name } ... on Document { title } }
  relationships { id type from { id } to { id } } } }`;

/** The cities of the corpus, largest depth-3 neighbourhood first. */
async function citiesBySize(): Promise<{ id: string; name: string; graph: Subgraph }[]> {
  const { places } = await fx.graphql<{ places: { edges: { node: { id: string; name: string } }[] } }>(
    '{ places(filter: { kind: CITY }, first: 100) { edges { node { id name } } } }',
  );
  const sized = [];
  // Twenty cities hold more than 2000 nodes within three hops between them.
  for (const { node } of places.edges.slice(0, 20)) {
    const { neighbourhood } = await fx.graphql<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, {
      id: node.id,
      d: 3,
    });
    sized.push({ ...node, graph: neighbourhood });
  }
  return sized.sort((a, b) => b.graph.nodes.length - a.graph.nodes.length);
}

let cities: Awaited<ReturnType<typeof citiesBySize>> = [];

describe('explorer at 1000 documents', () => {
  it('loaded the corpus', () => {
    expect(fx.summary.failed).toBe(0);
    expect(fx.summary.loaded).toBe(1000);
  });

  it('opens the largest neighbourhood at depth 3 and expands every kind', async () => {
    const { page } = fx;
    cities = await citiesBySize();
    const city = cities[0]!;
    await page.goto(`${fx.origin}/?node=${city.id}`);
    await page.waitForSelector(`#neighbourhood-graph[data-state=drawn][data-centre="${city.id}"]`);
    await page.selectOption('#depth-select', '3');
    await page.waitForSelector('#neighbourhood-graph[data-state=drawn][data-depth="3"]');
    const total = Number(await page.getAttribute('#neighbourhood-graph', 'data-total-count'));
    expect(total).toBe(city.graph.nodes.length);
    const started = Date.now();
    await page.click('[data-testid=expand-all]');
    await page.waitForSelector('[data-testid=expand-all][aria-expanded=true]');
    figures.expandAllMs = Date.now() - started;
    figures.expandedNodes = total;
    await expect(page.getAttribute('#neighbourhood-graph', 'data-entity-count')).resolves.toBe(String(total));
    await page.locator('.graph-panel').screenshot({ path: `${ARTIFACTS}/explorer-scale-expanded.png` });
    expect(figures.expandAllMs).toBeLessThan(60_000);
  }, 120_000);

  it('stays responsive with 2000 nodes in view: layout, panning frames and hover', async () => {
    const { page } = fx;
    // No one neighbourhood of this corpus reaches 2000 nodes, so the largest are drawn together.
    const nodes = new Map<string, { id: string; kind: string; name: string }>();
    const edges = new Map<string, { id: string; type: string; from: string; to: string }>();
    for (const city of cities) {
      for (const n of city.graph.nodes)
        nodes.set(n.id, { id: n.id, kind: n.__typename, name: n.name ?? n.title ?? n.id });
      for (const r of city.graph.relationships)
        edges.set(r.id, { id: r.id, type: r.type, from: r.from.id, to: r.to.id });
      if (nodes.size >= 2000) break;
    }
    expect(nodes.size).toBeGreaterThanOrEqual(2000);
    const drawing: DrawOptions = {
      nodes: [...nodes.values()],
      edges: [...edges.values()],
      focusIds: [cities[0]!.id],
      layout: 'force',
      edgeLabels: false,
    };
    const layoutMs = await page.evaluate((options) => {
      const view = (
        window as unknown as { towngraphExplorer: { neighbourhoodView: { draw(o: unknown): void } } }
      ).towngraphExplorer.neighbourhoodView;
      const started = performance.now();
      view.draw(options);
      return performance.now() - started;
    }, drawing);
    const inView = Number(await page.getAttribute('#neighbourhood-graph', 'data-node-count'));
    expect(inView).toBe(nodes.size);

    // The planner drags the drawing and zooms with the wheel; the gaps between animation
    // frames meanwhile say how long each redraw kept the page busy.
    const box = (await page.locator('#neighbourhood-graph').boundingBox())!;
    await page.evaluate(() => {
      const recorder = { stamps: [] as number[], running: true };
      Object.assign(window, { frameRecorder: recorder });
      const tick = (time: number): void => {
        recorder.stamps.push(time);
        if (recorder.running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.mouse.move(box.x + 8, box.y + 8);
    await page.mouse.down();
    for (let i = 1; i <= 30; i += 1) await page.mouse.move(box.x + 8 + i * 6, box.y + 8 + i * 4);
    await page.mouse.up();
    for (let i = 0; i < 10; i += 1) await page.mouse.wheel(0, i < 5 ? -120 : 120);
    const frames = await page.evaluate(() => {
      const recorder = (window as unknown as { frameRecorder: { stamps: number[]; running: boolean } })
        .frameRecorder;
      recorder.running = false;
      return recorder.stamps.slice(1).map((t, i) => t - recorder.stamps[i]!);
    });
    expect(frames.length).toBeGreaterThan(10);
    const sorted = [...frames].sort((a, b) => a - b);
    const meanFrame = frames.reduce((a, b) => a + b, 0) / frames.length;
    const p95Frame = sorted[Math.floor(sorted.length * 0.95)]!;

    // The drawing must be on screen for the pointer to reach it.
    await page.evaluate(() => {
      const cy = (window as unknown as { towngraphExplorer: { neighbourhood: Core } }).towngraphExplorer
        .neighbourhood;
      cy.fit(undefined, 24);
    });
    await page.locator('#neighbourhood-graph').scrollIntoViewIfNeeded();
    const target = await page.evaluate(() => {
      const cy = (window as unknown as { towngraphExplorer: { neighbourhood: Core } }).towngraphExplorer
        .neighbourhood;
      // A typical node (two to four relationships), not the hub of the drawing.
      const node = cy
        .nodes()
        .filter((n) => n.degree(false) >= 2 && n.degree(false) <= 4)[0] as cytoscape.NodeSingular;
      const position = node.renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    });
    await page.mouse.move(target.x - 15, target.y - 15);
    // From the pointer's arrival to the first frame drawn with the node lit, timed in the page.
    const hovered = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const graph = document.getElementById('neighbourhood-graph')!;
          let arrived = 0;
          const onMove = (event: MouseEvent): void => void (arrived = arrived || event.timeStamp);
          graph.addEventListener('mousemove', onMove, { capture: true });
          const observer = new MutationObserver(() => {
            if (!graph.dataset.hovered) return;
            observer.disconnect();
            graph.removeEventListener('mousemove', onMove, { capture: true });
            requestAnimationFrame(() => requestAnimationFrame((t) => resolve(t - arrived)));
          });
          observer.observe(graph, { attributes: true, attributeFilter: ['data-hovered'] });
          // Never lit: answer -1 rather than wait for the test's own timeout.
          setTimeout(() => resolve(-1), 20_000);
        }),
    );
    await page.mouse.move(target.x, target.y, { steps: 2 });
    const hoverMs = Math.round(await hovered);
    await page.locator('.graph-panel').screenshot({ path: `${ARTIFACTS}/explorer-scale-2000.png` });

    Object.assign(figures, {
      nodesInView: inView,
      edgesInView: Number(await page.getAttribute('#neighbourhood-graph', 'data-edge-count')),
      layoutMs: Math.round(layoutMs),
      frames: frames.length,
      meanFrameMs: Number(meanFrame.toFixed(1)),
      p95FrameMs: Number(p95Frame.toFixed(1)),
      hoverMs,
    });
    process.stdout.write(`explorer at 2000 nodes: ${JSON.stringify(figures)}\n`);
    expect(layoutMs).toBeLessThan(30_000);
    expect(meanFrame).toBeLessThan(1000);
    expect(hoverMs).toBeGreaterThanOrEqual(0);
    expect(hoverMs).toBeLessThan(10_000);
    expect(fx.pageErrors).toEqual([]);
  }, 240_000);
});
