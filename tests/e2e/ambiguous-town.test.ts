import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BIN, childEnv, freePort, startServer, type RunningServer } from './command';

/**
 * A town whose name the gazetteer gives to several towns, loaded by the shipped command
 * and asked for over HTTP: the town is a place with its candidates and its figures, and
 * a later document that names its county places that town instead.
 */

jest.setTimeout(240_000);

const UNPLACED = ['三交镇2025年工作总结', '2025年，三交镇完成一般公共预算收入1200万元，同比增长5%。'].join(
  '\n',
);
const PLACED = ['临县三交镇召开项目推进会', '临县三交镇全年完成固定资产投资3亿元。'].join('\n');

interface Towns {
  towns: {
    name: string;
    code: string | null;
    candidates: string[];
    parent: { name: string } | null;
    indicators: { totalCount: number };
  }[];
}

const QUERY = `{ towns { name code candidates parent { name } indicators { totalCount } } }`;

let dir: string;
let store: string;
let server: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'towngraph-e2e-ambiguous-'));
  // The store gets a directory of its own: never the checkout's data/, which npm start uses.
  store = await mkdtemp(path.join(tmpdir(), 'towngraph-e2e-ambiguous-store-'));
  await writeFile(path.join(dir, 'a.txt'), UNPLACED);
  await writeFile(path.join(dir, 'b.txt'), PLACED);
  const port = await freePort();
  server = await startServer(
    process.execPath,
    [BIN, 'serve', '--load', dir, '--port', String(port), '--data-dir', store],
    {
      env: childEnv(),
    },
  );
});

afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
  await rm(store, { recursive: true, force: true });
});

it('serves the unplaced town with its candidates and figures, beside the placed one', async () => {
  expect(server.stderr()).toMatch(/loaded 2, replaced 0, unchanged 0, failed 0/);
  const { towns } = await server.graphql<Towns>(QUERY);
  const named = towns.filter((t) => t.name === '三交镇');
  expect(named).toHaveLength(2);
  const unplaced = named.find((t) => t.code === null);
  const placed = named.find((t) => t.code !== null);
  expect(unplaced?.candidates).toHaveLength(3);
  expect(unplaced?.candidates).toContain('141124105');
  expect(unplaced?.parent).toBeNull();
  expect(unplaced?.indicators.totalCount).toBe(2);
  expect(placed).toMatchObject({ code: '141124105', candidates: [], parent: { name: '临县' } });
  expect(placed?.indicators.totalCount).toBe(1);
});
