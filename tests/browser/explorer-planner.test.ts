import { mkdirSync, readFileSync } from 'node:fs';
import type { Core } from 'cytoscape';
import { startExplorer, type ExplorerFixture } from './explorer-fixture';

/**
 * What a planner does beyond one card, in headless Chromium against the real server on the
 * seeds: reads a town's neighbourhood grouped by kind, finds the towns it is linked to and
 * why, compares the towns of a district and exports them, sends and follows links, and
 * does it all from the keyboard. Each view is saved under tests/artifacts/.
 */

let fx: ExplorerFixture;
const towns = new Map<string, string>();
const ARTIFACTS = 'tests/artifacts';

beforeAll(async () => {
  fx = await startExplorer();
  if (fx.summary.failed > 0) throw new Error('seed documents failed to load');
  const { towns: list } = await fx.graphql<{ towns: { id: string; name: string }[] }>(
    '{ towns { id name } }',
  );
  for (const town of list) towns.set(town.name, town.id);
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await fx?.close();
});

function town(name: string): string {
  const id = towns.get(name);
  if (!id) throw new Error(`no town ${name} in the seeds`);
  return id;
}

const card = '#entity-card';
const graph = '#neighbourhood-graph';

/** The drawing's entity nodes (group nodes left out) with their kind and label. */
async function drawnEntities(): Promise<{ id: string; kind: string; label: string }[]> {
  return fx.page.evaluate(() => {
    const cy = (window as unknown as { towngraphExplorer: { neighbourhood: Core } }).towngraphExplorer
      .neighbourhood;
    return cy
      .nodes()
      .filter((n) => n.data('kind') !== 'Group')
      .map((n) => ({ id: n.id(), kind: String(n.data('kind')), label: String(n.data('label')) }));
  });
}

describe('explorer for planners', () => {
  it('draws 郑陆镇 from a link: at most the top 8 of each kind, labelled, each kind expandable', async () => {
    const { page } = fx;
    const zhenglu = town('郑陆镇');
    await page.goto(`${fx.origin}/?node=${zhenglu}`);
    await page.waitForSelector(`${card}[data-state=entity][data-entity-id="${zhenglu}"]`);
    await page.waitForSelector(`${graph}[data-state=drawn][data-centre="${zhenglu}"]`);

    const api = await fx.graphql<{ neighbourhood: { nodes: { id: string; __typename: string }[] } }>(
      'query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id __typename } } }',
      { id: zhenglu },
    );
    const totals = new Map<string, number>();
    for (const n of api.neighbourhood.nodes)
      if (n.id !== zhenglu) totals.set(n.__typename, (totals.get(n.__typename) ?? 0) + 1);
    // The raw neighbourhood is the disc of hundreds of dots the page no longer draws.
    expect(api.neighbourhood.nodes.length).toBeGreaterThan(100);

    const legend = await page.$$eval('[data-testid=legend-item]', (items) =>
      items.map((i) => ({
        kind: (i as HTMLElement).dataset.kind ?? '',
        shown: Number((i as HTMLElement).dataset.shown),
        total: Number((i as HTMLElement).dataset.total),
      })),
    );
    expect(new Map(legend.map((l) => [l.kind, l.total]))).toEqual(totals);
    for (const item of legend) expect(item.shown).toBe(Math.min(8, item.total));

    await page.locator('.graph-panel').screenshot({ path: `${ARTIFACTS}/explorer-neighbourhood.png` });
    const drawn = await drawnEntities();
    expect(drawn.length).toBe(1 + legend.reduce((sum, l) => sum + l.shown, 0));
    for (const node of drawn) expect(node.label.length).toBeGreaterThan(0);
    for (const item of legend)
      expect(drawn.filter((n) => n.kind === item.kind && n.id !== zhenglu).length).toBe(item.shown);
    // Labels are drawn at the zoom the drawing opens with (cytoscape hides text under 7px).
    const zoom = await page.evaluate(() =>
      (
        window as unknown as { towngraphExplorer: { neighbourhood: Core } }
      ).towngraphExplorer.neighbourhood.zoom(),
    );
    expect(zoom * 11).toBeGreaterThanOrEqual(7);

    const big = legend.find((l) => l.total > 8);
    expect(big).toBeDefined();
    const item = `[data-testid=legend-item][data-kind=${big!.kind}]`;
    await page.click(`${item} [data-testid=expand-kind]`);
    await page.waitForSelector(`${item}[data-shown="${big!.total}"]`);
    const ofKind = async () =>
      (await drawnEntities()).filter((n) => n.kind === big!.kind && n.id !== zhenglu);
    expect((await ofKind()).length).toBe(big!.total);
    await page.click(`${item} [data-testid=expand-kind]`);
    await page.waitForSelector(`${item}[data-shown="8"]`);
    expect((await ofKind()).length).toBe(8);
  });

  it('lights the edges of the node under the pointer', async () => {
    const { page } = fx;
    const target = await page.evaluate(() => {
      const cy = (window as unknown as { towngraphExplorer: { neighbourhood: Core } }).towngraphExplorer
        .neighbourhood;
      const node = cy.nodes('[kind = "Project"]').first();
      const position = node.renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return {
        id: node.id(),
        x: box.left + position.x,
        y: box.top + position.y,
        edges: node.connectedEdges().length,
      };
    });
    expect(target.edges).toBeGreaterThan(0);
    await page.mouse.move(target.x - 20, target.y - 20);
    await page.mouse.move(target.x, target.y, { steps: 4 });
    // The node itself, or a neighbour whose label lies over it: either way one node is lit.
    await page.waitForSelector(`${graph}[data-hovered]`);
    const hovered = (await page.getAttribute(graph, 'data-hovered')) ?? '';
    const lit = await page.evaluate((id) => {
      const cy = (window as unknown as { towngraphExplorer: { neighbourhood: Core } }).towngraphExplorer
        .neighbourhood;
      const node = cy.getElementById(id);
      return {
        edgesLit: node.connectedEdges().filter((e) => !e.hasClass('lit')).length === 0,
        edges: node.connectedEdges().length,
        fadedOthers: cy.nodes('.faded').length,
      };
    }, hovered);
    expect(lit.edges).toBeGreaterThan(0);
    expect(lit.edgesLit).toBe(true);
    expect(lit.fadedOthers).toBeGreaterThan(0);
    await page.locator('.graph-panel').screenshot({ path: `${ARTIFACTS}/explorer-hover.png` });
    await page.mouse.move(5, 5);
    await page.waitForSelector(`${graph}:not([data-hovered])`);
  });

  it('lists the towns linked to 郑陆镇, naming the shared programme and its documents', async () => {
    const { page } = fx;
    const zhenglu = town('郑陆镇');
    const pingwang = town('平望镇');
    await page.waitForSelector(`#town-links[data-state=links][data-entity-id="${zhenglu}"]`);
    const api = await fx.graphql<{
      townLinks: { links: { town: { id: string }; evidence: { entity: { name: string } }[] }[] };
    }>(
      'query($t: ID!) { townLinks(town: $t, first: 20) { links { town { id } evidence { entity { name } } } } }',
      {
        t: zhenglu,
      },
    );
    const listed = await page.$$eval('[data-testid=link-item]', (items) =>
      items.map((i) => (i as HTMLElement).dataset.id),
    );
    expect(listed).toEqual(api.townLinks.links.map((l) => l.town.id));
    const item = page.locator(`[data-testid=link-item][data-id="${pingwang}"]`);
    await expect(item.locator('.link-head [data-testid=entity-link]').textContent()).resolves.toBe('平望镇');
    const programmes = item.locator('[data-testid=link-evidence][data-kind=PROGRAMME]');
    const shownProgrammes = await programmes.locator('[data-testid=entity-link]').allTextContents();
    expect(shownProgrammes).toContain('经济发达镇改革');
    const evidence = programmes.filter({ hasText: '经济发达镇改革' });
    await expect(evidence.locator('[data-testid=link-documents]').textContent()).resolves.toContain(
      '《郑陆镇2020年度政府工作报告》',
    );
    await page.locator('.links-panel').screenshot({ path: `${ARTIFACTS}/explorer-links.png` });

    // One click traces the paths between the two towns; the address bar says so.
    await item.locator('[data-testid=link-trace]').click();
    await page.waitForSelector('#trace-paths[data-state=paths], #trace-paths[data-state=empty]');
    expect(new URL(page.url()).searchParams.get('trace')).toBe(`${zhenglu},${pingwang}`);
    await expect(page.textContent('#trace-summary')).resolves.toMatch(
      / from 郑陆镇 to 平望镇, at most 4 hops$/,
    );
    await expect(page.$eval('#trace-from', (s) => (s as HTMLSelectElement).value)).resolves.toBe(zhenglu);
    await expect(page.$eval('#trace-to', (s) => (s as HTMLSelectElement).value)).resolves.toBe(pingwang);
  });

  it('keeps the trace heading true to its selectors when another town opens', async () => {
    const { page } = fx;
    const before = await page.textContent('#trace-summary');
    await page.goto(`${fx.origin}/?node=${town('嘉泽镇')}&trace=${town('郑陆镇')},${town('平望镇')}`);
    await page.waitForSelector('#trace-paths[data-state=paths], #trace-paths[data-state=empty]');
    await page.waitForSelector(`${card}[data-entity-id="${town('嘉泽镇')}"]`);
    await expect(page.textContent('#trace-summary')).resolves.toBe(before);
    // Opening 嘉泽镇 did not move From away from the drawn start.
    await expect(page.$eval('#trace-from', (s) => (s as HTMLSelectElement).value)).resolves.toBe(
      town('郑陆镇'),
    );
    await page.selectOption('#trace-to', town('湖塘镇'));
    const stale = await page.textContent('#trace-summary');
    expect(stale).toMatch(/^Shown: .* from 郑陆镇 to 平望镇, .*Press Trace for 郑陆镇 to 湖塘镇\.$/);
    await page.locator('.trace-panel').screenshot({ path: `${ARTIFACTS}/explorer-trace.png` });
  });

  it('opens the card a link names, follows the user in the address bar, and goes back', async () => {
    const { page } = fx;
    const jiaze = town('嘉泽镇');
    await page.goto(`${fx.origin}/?node=${jiaze}`);
    await page.waitForSelector(`${card}[data-state=entity][data-entity-id="${jiaze}"]`);
    await page.waitForSelector(`${graph}[data-state=drawn][data-centre="${jiaze}"]`);
    const project = page.locator('[data-testid=card-projects] [data-testid=entity-link]').first();
    const projectId = await project.getAttribute('data-id');
    await project.click();
    await page.waitForSelector(`${card}[data-entity-id="${projectId}"][data-kind=Project]`);
    await page.waitForSelector(`${graph}[data-state=drawn][data-centre="${projectId}"]`);
    expect(new URL(page.url()).searchParams.get('node')).toBe(projectId);
    await page.goBack();
    await page.waitForSelector(`${card}[data-entity-id="${jiaze}"]`);
    await page.waitForSelector(`${graph}[data-state=drawn][data-centre="${jiaze}"]`);
    expect(new URL(page.url()).searchParams.get('node')).toBe(jiaze);
    await page.goForward();
    await page.waitForSelector(`${card}[data-entity-id="${projectId}"]`);
  });

  it('compares the towns of 武进区: sorts, filters, and exports a CSV whose rows match the API', async () => {
    const { page } = fx;
    const { node } = await fx.graphql<{ node: { district: { id: string } } }>(
      'query($id: ID!) { node(id: $id) { ... on Place { district { id } } } }',
      { id: town('嘉泽镇') },
    );
    const wujin = node.district.id;
    await page.goto(`${fx.origin}/`);
    await page.waitForSelector(`#compare-place option[value="${wujin}"]`, { state: 'attached' });
    await page.selectOption('#compare-place', wujin);
    await page.fill('#compare-year', '2021');
    await page.click('[data-testid=compare-button]');
    await page.waitForSelector('#compare-table[data-state=table]');
    expect(new URL(page.url()).searchParams.get('compare')).toBe(wujin);
    expect(new URL(page.url()).searchParams.get('year')).toBe('2021');

    type Row = Record<string, number | null> & { town: { id: string; name: string } };
    const api = await fx.graphql<{ compareTowns: { rows: Row[] } }>(
      `query($d: ID!) { compareTowns(under: $d, year: 2021) { rows { town { id name } projects enterprises
        programmes investment investedProjects targets indicators } } }`,
      { d: wujin },
    );
    const rows = api.compareTowns.rows;
    expect(rows.length).toBeGreaterThan(1);
    const shownIds = () =>
      page.$$eval('[data-testid=compare-row]', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.id));
    await expect(shownIds()).resolves.toEqual(rows.map((r) => r.town.id));

    await page.click('[data-testid=compare-header-projects] button');
    const byProjects = [...rows].sort((a, b) => Number(a.projects) - Number(b.projects));
    const ascending = await page.$$eval('[data-testid=compare-row] td:nth-child(2)', (tds) =>
      tds.map((td) => Number((td as HTMLElement).dataset.value)),
    );
    expect(ascending).toEqual(byProjects.map((r) => r.projects));
    await page.click('[data-testid=compare-header-projects] button');
    await expect(page.getAttribute('[data-testid=compare-header-projects]', 'aria-sort')).resolves.toBe(
      'descending',
    );
    const descending = await page.$$eval('[data-testid=compare-row] td:nth-child(2)', (tds) =>
      tds.map((td) => Number((td as HTMLElement).dataset.value)),
    );
    expect(descending).toEqual([...ascending].reverse().sort((a, b) => b - a));
    expect(descending[0]).toBe(Math.max(...rows.map((r) => Number(r.projects))));
    await page.locator('.compare-panel').screenshot({ path: `${ARTIFACTS}/explorer-compare.png` });

    const download = page.waitForEvent('download');
    await page.click('[data-testid=compare-export]');
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...lines] = text.trim().split('\r\n');
    expect(header).toBe(
      'town_id,town,projects,enterprises,programmes,investment_yuan,invested_projects,targets,indicators,year',
    );
    const exported = lines.map((line) => line.split(','));
    expect(exported.map((cells) => cells[0])).toEqual(await shownIds());
    for (const cells of exported) {
      const row = rows.find((r) => r.town.id === cells[0])!;
      expect(cells.slice(1)).toEqual([
        row.town.name,
        ...(
          [
            'projects',
            'enterprises',
            'programmes',
            'investment',
            'investedProjects',
            'targets',
            'indicators',
          ] as const
        ).map((key) => (row[key] === null ? '' : String(row[key]))),
        '2021',
      ]);
    }

    await page.fill('#compare-filter', '湖塘');
    await expect(shownIds()).resolves.toEqual([town('湖塘镇')]);
    await page.fill('#compare-filter', '');
  });

  it('reaches search, results and the card with the keyboard alone', async () => {
    const { page } = fx;
    await page.goto(`${fx.origin}/`);
    await page.waitForSelector('[data-testid=starting-towns]');
    let focused = '';
    for (let i = 0; i < 5 && focused !== 'search-input'; i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset.testid ?? '',
      );
    }
    expect(focused).toBe('search-input');
    await page.keyboard.type('湖塘');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#search-results[data-state=results]');
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab'); // the first result
    const result = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { testid: el?.dataset.testid, id: el?.dataset.id, text: el?.textContent ?? '' };
    });
    expect(result.testid).toBe('search-result');
    expect(result.text).toContain('湖塘');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${card}[data-state=entity][data-entity-id="${result.id}"]`);
    // Focus moves to the card's name, and Tab goes on into the card's links.
    await expect(page.evaluate(() => document.activeElement?.closest('#entity-card') !== null)).resolves.toBe(
      true,
    );
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => ({
      inCard: document.activeElement?.closest('#entity-card') !== null,
      tag: document.activeElement?.tagName,
    }));
    expect(next).toEqual({ inCard: true, tag: 'BUTTON' });
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('node') !== id, result.id);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-keyboard.png` });
  });

  it('shows an API error as a message in the panel, not a blank panel', async () => {
    const { page } = fx;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('ExplorerTownLinks')) return route.continue();
      await route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ message: 'the store is unavailable', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        }),
      });
    });
    await page.goto(`${fx.origin}/?node=${town('郑陆镇')}`);
    await page.waitForSelector('#town-links[data-state=error]');
    await expect(page.textContent('[data-testid=links-error]')).resolves.toContain(
      'the store is unavailable',
    );
    await page.unroute('**/graphql');
    fx.pageErrors.splice(0, fx.pageErrors.length, ...fx.pageErrors.filter((e) => !e.includes('500')));
    expect(fx.pageErrors).toEqual([]);
  });
});
