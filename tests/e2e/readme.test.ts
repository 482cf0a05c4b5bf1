import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  childEnv,
  freePort,
  readQuickStart,
  ROOT,
  run,
  startServer,
  type QuickStart,
  type RunningServer,
} from './command';

/**
 * The README's quick start, read from the README itself and run in a fresh clone of this
 * repository, as a new user would. If the README changes, this test follows it.
 */

jest.setTimeout(900_000);

let clone: string;
let quickStart: QuickStart;
let server: RunningServer | undefined;

beforeAll(async () => {
  quickStart = readQuickStart(await readFile(path.join(ROOT, 'README.md'), 'utf8'));
  clone = await mkdtemp(path.join(tmpdir(), 'towngraph-readme-'));
  const cloned = await run('git', ['clone', '--quiet', ROOT, clone]);
  if (cloned.code !== 0) throw new Error(`git clone failed:\n${cloned.stderr}`);
});

afterAll(async () => {
  await server?.stop();
  await rm(clone, { recursive: true, force: true });
});

const startQuickStart = async () =>
  startServer('bash', ['-c', quickStart.install], {
    cwd: clone,
    env: childEnv({ PORT: String(await freePort()) }),
    timeoutMs: 600_000,
  });

describe("the README's quick start in a fresh clone", () => {
  it('the test command is the one CI runs', async () => {
    expect(quickStart.test).toBe('npm install && npm test');
    const ci = await readFile(path.join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm install\b/m);
    expect(ci).toMatch(/^npm test\b/m);
  });

  it('installs, loads the seeds and serves the first query and the explorer', async () => {
    server = await startQuickStart();
    expect(server.stderr()).toMatch(/loaded 5, replaced 0, unchanged 0, failed 0/);
    const { towns } = await server.graphql<{ towns: { name: string; district: { name: string } }[] }>(
      quickStart.query,
    );
    expect(towns.find((town) => town.name === '嘉泽镇')?.district.name).toBe('武进区');
    const page = await fetch(`${server.origin}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="search-input"');
  });

  it('a second start reuses the data directory: every seed unchanged', async () => {
    await server?.stop();
    server = await startQuickStart();
    expect(server.stderr()).toMatch(/loaded 0, replaced 0, unchanged 5, failed 0/);
  });
});
