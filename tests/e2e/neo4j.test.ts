import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startNeo4j, type RunningNeo4j } from '../../tools/neo4j/start';
import { START_TIMEOUT_MS } from '../neo4j/neo4j-server';
import { BIN, childEnv, freePort, run, SEEDS, startServer, TOWNS_QUERY, type RunningServer } from './command';

/**
 * The README's Neo4j path, as a user takes it: a real Neo4j from tools/neo4j with a
 * password, `towngraph load` into it with the NEO4J_* variables, then `towngraph serve`
 * against that database with no reload, answering as the embedded store does.
 */

jest.setTimeout(300_000);

const TOWN_WITH_PROJECTS = `{ node(id: "place:320412119") {
  ... on Place { name district { name } city { name } projects { name status } } } }`;

const PASSWORD = 'e2e-neo4j-secret';
let dataDir: string;
let neo4j: RunningNeo4j;
let servers: RunningServer[] = [];

const neo4jEnv = (password = PASSWORD) =>
  childEnv({ NEO4J_URI: neo4j.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password });

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'towngraph-e2e-neo4j-'));
  neo4j = await startNeo4j({ dataDir, password: PASSWORD });
}, START_TIMEOUT_MS);

afterEach(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  servers = [];
});

afterAll(async () => {
  await neo4j?.stop();
  await rm(dataDir, { recursive: true, force: true });
}, 120_000);

async function serve(args: string[], env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const server = await startServer(
    process.execPath,
    [BIN, 'serve', '--port', String(await freePort()), ...args],
    {
      env,
    },
  );
  servers.push(server);
  return server;
}

describe('towngraph with NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD', () => {
  it('loads the seeds into Neo4j with progress, then serves them without reloading, as the embedded store does', async () => {
    const load = await run(process.execPath, [BIN, 'load', SEEDS], { env: neo4jEnv() });
    expect(load.stderr).toMatch(/\[1\/5\] loaded/);
    expect(load.stderr).toMatch(/\[5\/5\] loaded/);
    expect(load.stdout).toMatch(/loaded 5, replaced 0, unchanged 0, failed 0/);
    expect(load.code).toBe(0);

    const [onNeo4j, embedded] = await Promise.all([
      serve([], neo4jEnv()),
      serve(['--load', SEEDS, '--data-dir', 'none'], childEnv()),
    ]);
    // No --load: the server answers from what `load` stored.
    expect(onNeo4j.stderr()).not.toMatch(/loaded \d+, replaced/);
    const fromNeo4j = await onNeo4j.graphql<{ towns: { name: string }[] }>(TOWNS_QUERY);
    expect(fromNeo4j.towns.length).toBeGreaterThanOrEqual(4);
    expect(fromNeo4j).toEqual(await embedded.graphql(TOWNS_QUERY));
    // A town with its projects: on Neo4j one compiled statement, the same answer in the same order.
    const town = await onNeo4j.graphql<{ node: { projects: unknown[] } }>(TOWN_WITH_PROJECTS);
    expect(town.node.projects.length).toBeGreaterThan(0);
    expect(town).toEqual(await embedded.graphql(TOWN_WITH_PROJECTS));
    const page = await fetch(`${onNeo4j.origin}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="search-input"');
  });

  it('loading the same seeds again changes nothing', async () => {
    const again = await run(process.execPath, [BIN, 'load', SEEDS], { env: neo4jEnv() });
    expect(again.stdout).toMatch(/loaded 0, replaced 0, unchanged 5, failed 0/);
    expect(again.code).toBe(0);
  });

  it('refuses to start with a wrong password, saying why', async () => {
    const wrong = await run(process.execPath, [BIN, 'serve', '--port', String(await freePort())], {
      env: neo4jEnv('not-the-password'),
      timeoutMs: 120_000,
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/towngraph: .*(auth|credentials|unauthori[sz]ed)/i);
  });
});
