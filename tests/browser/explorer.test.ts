import { mkdirSync } from 'node:fs';
import type { Core } from 'cytoscape';
import { startExplorer, type ExplorerFixture } from './explorer-fixture';

/**
 * A planner's session on the explorer page, in headless Chromium against the real server
 * loaded with the seeds. Each step asserts on what the page shows, compared with what the
 * API holds, and builds on the state the step before left.
 */

interface PlaceFacts {
  node: { name: string; projects: { id: string; name: string }[]; targets: { id: string }[] } | null;
}

let fx: ExplorerFixture;
let jiazeId = '';
let huangtangId = '';

beforeAll(async () => {
  fx = await startExplorer();
  // Without the seeds every step would only time out; say why at once instead.
  const failures = fx.summary.outcomes.flatMap((o) =>
    o.status === 'failed' ? [`${o.name}: ${o.reason}`] : [],
  );
  if (failures.length > 0) throw new Error(`seed documents failed to load:\n${failures.join('\n')}`);
}, 120_000);

afterAll(async () => {
  await fx?.close();
});

const card = '#entity-card';
const graph = '#neighbourhood-graph';

async function graphCounts(selector: string): Promise<{ nodes: number; edges: number }> {
  const data = await fx.page.$eval(selector, (el) => ({ ...(el as HTMLElement).dataset }));
  return { nodes: Number(data.nodeCount), edges: Number(data.edgeCount) };
}

describe('explorer page', () => {
  it('loaded every seed document', () => {
    expect(fx.summary.failed).toBe(0);
    expect(fx.summary.loaded).toBe(5);
  });

  it('finds 嘉泽镇 by its short form 嘉泽, grouped under places', async () => {
    const { page } = fx;
    await page.goto(`${fx.origin}/`);
    await page.fill('#search-input', '嘉泽');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('#search-results[data-state=results]');
    const place = page.locator('[data-testid=result-group][data-kind=Place] [data-testid=search-result]', {
      hasText: '嘉泽镇',
    });
    await expect(place.count()).resolves.toBe(1);
    jiazeId = (await place.getAttribute('data-id')) ?? '';
    expect(jiazeId).toMatch(/^place:/);
    const kinds = await page.$$eval('[data-testid=result-group]', (groups) =>
      groups.map((g) => (g as HTMLElement).dataset.kind),
    );
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('opens 嘉泽镇: its projects, relations and source sentences in the card', async () => {
    const { page } = fx;
    await page.click(`[data-testid=search-result][data-id="${jiazeId}"]`);
    await page.waitForSelector(`${card}[data-state=entity][data-entity-id="${jiazeId}"]`);
    await expect(page.textContent('[data-testid=card-name]')).resolves.toBe('嘉泽镇');

    const facts = await fx.graphql<PlaceFacts>(
      'query($id: ID!) { node(id: $id) { ... on Place { name projects { id name } targets { id } } } }',
      { id: jiazeId },
    );
    const apiProjects = [...new Set(facts.node?.projects.map((p) => p.name))].sort();
    expect(apiProjects.length).toBeGreaterThan(0);
    const shown = await page.$$eval('[data-testid=card-projects] [data-testid=entity-link]', (links) =>
      links.map((l) => l.textContent),
    );
    expect([...shown].sort()).toEqual(apiProjects);

    await expect(
      page.locator('[data-testid=card-relations] [data-testid=relation]').count(),
    ).resolves.toBeGreaterThan(0);
    const sources = page.locator('[data-testid=provenance-item]');
    await expect(sources.count()).resolves.toBeGreaterThan(0);
    const marks = await page.$$eval('[data-testid=provenance-item] mark', (m) =>
      m.map((x) => x.textContent ?? ''),
    );
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => '嘉泽镇'.includes(m) && m.length >= 2)).toBe(true);
    await expect(page.textContent('[data-testid=provenance-document] >> nth=0')).resolves.toMatch(/^《.+》$/);
  });

  it('draws the neighbourhood of 嘉泽镇 at depth 1 and 2, coloured by kind with a legend', async () => {
    const { page } = fx;
    await page.waitForSelector(`${graph}[data-state=drawn][data-centre="${jiazeId}"][data-depth="1"]`);
    const query =
      'query($id: ID!, $d: Int!) { neighbourhood(id: $id, depth: $d) { nodes { id } relationships { id } } }';
    const one = await fx.graphql<{ neighbourhood: { nodes: unknown[] } }>(query, { id: jiazeId, d: 1 });
    const depth1 = await graphCounts(graph);
    const total = async () => Number(await page.getAttribute(graph, 'data-total-count'));
    const entities = async () => Number(await page.getAttribute(graph, 'data-entity-count'));
    // The whole neighbourhood is counted; the best-connected few of each kind are drawn.
    await expect(total()).resolves.toBe(one.neighbourhood.nodes.length);
    expect(await entities()).toBeGreaterThan(1);
    expect(await entities()).toBeLessThanOrEqual(one.neighbourhood.nodes.length);
    expect(depth1.edges).toBeGreaterThan(0);
    const legend = await page.$$eval('[data-testid=legend-item]', (items) =>
      items.map((i) => (i as HTMLElement).dataset.kind),
    );
    expect(legend).toContain('Place');
    expect(legend).toContain('Project');

    // The legend switches a kind off and on: its nodes and its group leave the drawing and come back.
    const projects = await page.evaluate(() => {
      const cy = (window as unknown as { towngraphExplorer: { neighbourhood: Core } }).towngraphExplorer
        .neighbourhood;
      return cy.nodes('[kind = "Project"]').length;
    });
    expect(projects).toBeGreaterThan(0);
    const visible = async () => Number(await page.getAttribute(graph, 'data-visible-node-count'));
    await expect(visible()).resolves.toBe(depth1.nodes);
    await page.click('[data-testid=legend-item][data-kind=Project] button');
    await expect(visible()).resolves.toBe(depth1.nodes - projects - 1);
    await page.click('[data-testid=legend-item][data-kind=Project] button');
    await expect(visible()).resolves.toBe(depth1.nodes);

    await page.selectOption('#depth-select', '2');
    await page.waitForSelector(`${graph}[data-state=drawn][data-depth="2"]`);
    const two = await fx.graphql<{ neighbourhood: { nodes: unknown[] } }>(query, { id: jiazeId, d: 2 });
    await expect(total()).resolves.toBe(two.neighbourhood.nodes.length);
    expect(two.neighbourhood.nodes.length).toBeGreaterThan(one.neighbourhood.nodes.length);
    await page.selectOption('#depth-select', '1');
    await page.waitForSelector(`${graph}[data-state=drawn][data-depth="1"]`);
  });

  it('opens the card of a node clicked in the drawing, and goes back', async () => {
    const { page } = fx;
    // A project drawn among the best-connected few, so that it has a place on the canvas.
    const projectId = await page.evaluate(() => {
      const cy = (window as unknown as { towngraphExplorer: { neighbourhood: Core } }).towngraphExplorer
        .neighbourhood;
      return cy.nodes('[kind = "Project"]').first().id();
    });
    expect(projectId).toBeTruthy();
    const point = await page.evaluate((id) => {
      const cy = (window as unknown as { towngraphExplorer: { neighbourhood: Core } }).towngraphExplorer
        .neighbourhood;
      const position = cy.getElementById(id).renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    }, projectId!);
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector(`${card}[data-entity-id="${projectId}"][data-kind=Project]`);
    await page.goBack();
    await page.waitForSelector(`${card}[data-entity-id="${jiazeId}"]`);
    await page.waitForSelector(`${graph}[data-state=drawn][data-centre="${jiazeId}"]`);
  });

  it('traces the paths from 嘉泽镇 to 湖塘镇, drawn and listed', async () => {
    const { page } = fx;
    await page.waitForSelector('#trace-from option', { state: 'attached' });
    // Opening 嘉泽镇 made it the start of the next trace.
    await expect(page.$eval('#trace-from', (s) => (s as HTMLSelectElement).value)).resolves.toBe(jiazeId);
    const options = await page.$$eval('#trace-to option', (os) =>
      os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })),
    );
    huangtangId = options.find((o) => o.text.startsWith('湖塘镇'))?.value ?? '';
    expect(huangtangId).toMatch(/^place:/);
    await page.selectOption('#trace-to', huangtangId);
    await page.click('[data-testid=trace-button]');
    await page.waitForSelector('#trace-paths[data-state=paths]');

    const api = await fx.graphql<{ trace: { nodes: { id: string }[] }[] }>(
      'query($a: ID!, $b: ID!) { trace(from: $a, to: $b, maxHops: 4, first: 5) { nodes { id } } }',
      { a: jiazeId, b: huangtangId },
    );
    expect(api.trace.length).toBeGreaterThan(0);
    const listed = await page.$$eval('[data-testid=trace-path]', (items) =>
      items.map((li) => [...li.querySelectorAll('[data-testid=entity-link]')].map((a) => a.textContent)),
    );
    expect(listed.length).toBe(api.trace.length);
    for (const path of listed) {
      expect(path[0]).toBe('嘉泽镇');
      expect(path[path.length - 1]).toBe('湖塘镇');
    }
    await expect(page.textContent('#trace-summary')).resolves.toBe(
      `${api.trace.length} path${api.trace.length === 1 ? '' : 's'} from 嘉泽镇 to 湖塘镇, at most 4 hops`,
    );
    const drawn = await graphCounts('#trace-graph');
    expect(drawn.nodes).toBe(new Set(api.trace.flatMap((p) => p.nodes.map((n) => n.id))).size);
    expect(drawn.edges).toBeGreaterThan(0);
  });

  it('opens 湖塘镇 from a traced path, with its targets in the table', async () => {
    const { page } = fx;
    await page.click('[data-testid=trace-path] >> nth=0 >> [data-testid=entity-link] >> nth=-1');
    await page.waitForSelector(`${card}[data-state=entity][data-entity-id="${huangtangId}"]`);
    const facts = await fx.graphql<PlaceFacts>(
      'query($id: ID!) { node(id: $id) { ... on Place { targets { id } } } }',
      { id: huangtangId },
    );
    const count = facts.node?.targets.length ?? 0;
    await expect(page.textContent('#targets-title')).resolves.toBe('Targets of 湖塘镇');
    await expect(page.locator('[data-testid=target-row]').count()).resolves.toBe(count);
    if (count === 0) await expect(page.locator('[data-testid=no-targets]').count()).resolves.toBe(1);
  });

  it('sorts the targets of the town with the most of them by the header clicked', async () => {
    const { page } = fx;
    // The town is chosen from the data, so the step holds whichever goals extraction finds.
    const { towns } = await fx.graphql<{
      towns: { id: string; name: string; targets: { value: number | null }[] }[];
    }>('{ towns { id name targets { value } } }');
    const distinct = (t: (typeof towns)[number]) =>
      new Set(t.targets.map((g) => g.value).filter((v) => v !== null)).size;
    const town = [...towns].sort((a, b) => distinct(b) - distinct(a))[0];
    expect(town && distinct(town)).toBeGreaterThan(1);
    await page.fill('#search-input', town!.name);
    await page.press('#search-input', 'Enter');
    await page.click(`[data-testid=search-result][data-id="${town!.id}"]`);
    await page.waitForSelector(`${card}[data-state=entity][data-entity-id="${town!.id}"]`);
    await expect(page.textContent('#targets-title')).resolves.toBe(`Targets of ${town!.name}`);
    await expect(page.locator('[data-testid=target-row]').count()).resolves.toBe(town!.targets.length);

    const values = () =>
      page.$$eval('[data-testid=target-row]', (rows) =>
        rows.map((r) => (r as HTMLElement).dataset.value ?? ''),
      );
    const numeric = (cells: string[]) => cells.filter((c) => c !== '').map(Number);
    await page.click('[data-testid=targets-header-value]');
    await expect(page.getAttribute('[data-testid=targets-header-value]', 'aria-sort')).resolves.toBe(
      'ascending',
    );
    const ascending = numeric(await values());
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.click('[data-testid=targets-header-value]');
    await expect(page.getAttribute('[data-testid=targets-header-value]', 'aria-sort')).resolves.toBe(
      'descending',
    );
    const descending = numeric(await values());
    expect(descending).toEqual([...ascending].reverse());
    // Distinct values, so that the two orders differ and the sort is visible.
    expect(new Set(ascending).size).toBeGreaterThan(1);
    expect(descending[0]).toBe(Math.max(...ascending));

    await page.click('[data-testid=targets-header-metric]');
    await expect(page.getAttribute('[data-testid=targets-header-metric]', 'aria-sort')).resolves.toBe(
      'ascending',
    );
    await expect(page.getAttribute('[data-testid=targets-header-value]', 'aria-sort')).resolves.toBe('none');
  });

  it('says so when a link names nothing in the graph', async () => {
    const { page } = fx;
    await page.goto(`${fx.origin}/#entity=place:000000000`);
    await page.waitForSelector(`${card}[data-state=missing], #status[data-kind=error]`);
    const shown = `${await page.textContent(card)} ${await page.textContent('#status')}`;
    expect(shown).toMatch(/place:000000000/);
    await page.goBack();
    await page.waitForSelector(`${card}[data-state=entity]`);
  });

  it('shows the whole session without page errors, and saves a screenshot', async () => {
    mkdirSync('tests/artifacts', { recursive: true });
    await fx.page.screenshot({ path: 'tests/artifacts/explorer.png', fullPage: true });
    expect(fx.pageErrors).toEqual([]);
  });
});
