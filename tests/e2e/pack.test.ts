import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { childEnv, freePort, ROOT, run, SEEDS, startServer, TOWNS_QUERY } from './command';

/**
 * The package as published: `npm pack`, then `npm install --omit=dev` of the tarball in an
 * empty folder, and every command through `npx towngraph` with production dependencies only.
 */

jest.setTimeout(600_000);

let work: string;
let app: string;
const npx = (args: string[], env: NodeJS.ProcessEnv = childEnv()) =>
  run('npx', ['--no-install', 'towngraph', ...args], { cwd: app, env });

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'towngraph-pack-'));
  app = path.join(work, 'app');
  // dist/ is already built by the suite's global setup. Without --ignore-scripts, `npm pack`
  // runs `prepare`, whose build empties dist/ while other test files start the built server.
  const packed = await run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], {
    cwd: ROOT,
  });
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const tarball = (await readdir(work)).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball in ${work}`);
  await cp(SEEDS, path.join(work, 'docs'), { recursive: true });
  await cp(path.join(ROOT, 'tests', 'gold'), path.join(work, 'gold'), { recursive: true });
  await run('mkdir', ['-p', app]);
  await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'towngraph-user', private: true }));
  const installed = await run(
    'npm',
    ['install', '--omit=dev', '--no-audit', '--no-fund', path.join(work, tarball)],
    { cwd: app, timeoutMs: 480_000 },
  );
  if (installed.code !== 0) throw new Error(`npm install of the tarball failed:\n${installed.stderr}`);
}, 600_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the packed tarball installed with --omit=dev', () => {
  it('carries the built code and page, and no development tools come with it', () => {
    const pkg = path.join(app, 'node_modules', 'towngraph');
    expect(existsSync(path.join(pkg, 'dist', 'cli', 'main.js'))).toBe(true);
    expect(existsSync(path.join(pkg, 'dist', 'explorer', 'app.js'))).toBe(true);
    expect(existsSync(path.join(pkg, 'tests'))).toBe(false);
    for (const tool of ['tsx', 'esbuild', 'cytoscape', 'typescript', 'jest']) {
      expect([tool, existsSync(path.join(app, 'node_modules', tool))]).toEqual([tool, false]);
    }
  });

  it('npx towngraph serve --load DIR serves GraphQL and the explorer', async () => {
    const server = await startServer(
      'npx',
      [
        '--no-install',
        'towngraph',
        'serve',
        '--load',
        path.join(work, 'docs'),
        '--port',
        String(await freePort()),
      ],
      { cwd: app, env: childEnv({ TOWNGRAPH_DATA_DIR: 'none' }) },
    );
    try {
      const { towns } = await server.graphql<{ towns: { name: string }[] }>(TOWNS_QUERY);
      expect(towns.map((town) => town.name)).toEqual(expect.arrayContaining(['嘉泽镇', '郑陆镇']));
      const page = await fetch(`${server.origin}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('id="search-input"');
    } finally {
      await server.stop();
    }
  });

  it('npx towngraph load, extract --json and eval --gold work the same way', async () => {
    const load = await npx(['load', path.join(work, 'docs'), '--data-dir', path.join(work, 'data')]);
    expect(load.stdout).toMatch(/loaded 5, replaced 0, unchanged 0, failed 0/);
    expect(load.code).toBe(0);

    const extract = await npx(['extract', path.join(work, 'docs', '000_f50e2d5628fb966b.txt'), '--json']);
    expect(extract.code).toBe(0);
    const records = JSON.parse(extract.stdout) as { nodes: { name: string; label: string }[] };
    expect(records.nodes.find((node) => node.name === '嘉泽镇')?.label).toBe('Place');

    const evaluated = await npx([
      'eval',
      '--gold',
      path.join(work, 'gold'),
      '--docs',
      path.join(work, 'docs'),
      '--json',
    ]);
    expect(evaluated.code).toBe(0);
    const report = JSON.parse(evaluated.stdout) as { totals: { overall: { f1: number } } };
    expect(report.totals.overall.f1).toBeGreaterThan(0.5);
  });
});
