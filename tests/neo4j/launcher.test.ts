import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { noAuth } from '../../store/neo4j/open-store';
import { startNeo4j } from '../../tools/neo4j/start';
import { START_TIMEOUT_MS } from './neo4j-server';

describe('tools/neo4j launcher', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'towngraph-neo4j-launcher-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it(
    'prints one ready line, enforces a password, shuts down cleanly and keeps its data',
    async () => {
      const secured = await startNeo4j({ dataDir, password: 'launcher-secret' });
      expect(secured.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      expect(secured.stdout).toEqual([`towngraph-neo4j ready ${secured.uri}`]);
      const wrong = neo4j.driver(secured.uri, neo4j.auth.basic('neo4j', 'not-the-secret'));
      await expect(wrong.verifyConnectivity()).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
      await wrong.close();
      const right = neo4j.driver(secured.uri, neo4j.auth.basic('neo4j', 'launcher-secret'));
      await right.executeQuery("CREATE (:Probe {written: 'before the restart'})");
      await right.close();
      await secured.stop();
      expect(secured.stdout).toHaveLength(1);

      // The same data directory, now without authentication: the data is still there.
      const reopened = await startNeo4j({ dataDir });
      const driver = neo4j.driver(reopened.uri, noAuth());
      const { records } = await driver.executeQuery('MATCH (p:Probe) RETURN p.written AS written');
      expect(records.map((record) => record.get('written'))).toEqual(['before the restart']);
      await driver.close();
      await reopened.stop();
      const log = await readFile(join(dataDir, 'logs', 'debug.log'), 'utf8');
      // A clean shutdown leaves nothing to recover on the next start.
      expect(log).toContain('Shutdown started');
      expect(log).not.toMatch(/recovery required/i);
    },
    START_TIMEOUT_MS,
  );

  it(
    '`npm run neo4j` stops Neo4j and itself on Ctrl-C, which reaches every process of its group',
    async () => {
      const own = await mkdtemp(join(tmpdir(), 'towngraph-neo4j-npm-'));
      const npm = spawn('npm', ['run', '--silent', 'neo4j', '--', '--data', own], {
        cwd: resolve(__dirname, '../..'),
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      npm.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      npm.stderr!.resume();
      const ended = once(npm, 'exit');
      try {
        await waitFor(() => /^bolt:\/\/127\.0\.0\.1:(\d+)$/m.test(stdout), START_TIMEOUT_MS - 30_000);
        const uri = /^(bolt:\S+)$/m.exec(stdout)![1]!;
        process.kill(-npm.pid!, 'SIGINT');
        await ended;
        // It waited for Neo4j: the log says so, and nothing answers on the port any more.
        expect(stdout).toMatch(/^stopped$/m);
        const log = await readFile(join(own, 'logs', 'debug.log'), 'utf8');
        expect(log).toContain('Shutdown started');
        const driver = neo4j.driver(uri, noAuth(), { connectionTimeout: 2000 });
        await expect(driver.verifyConnectivity()).rejects.toThrow();
        await driver.close();
      } finally {
        if (npm.exitCode === null && npm.signalCode === null) process.kill(-npm.pid!, 'SIGKILL');
        await rm(own, { recursive: true, force: true });
      }
    },
    START_TIMEOUT_MS,
  );

  it('fails with the launcher’s own message on a bad argument', async () => {
    await expect(startNeo4j({ dataDir, password: 'short' })).rejects.toThrow(/at least 8 characters/);
  });
});

async function waitFor(ready: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > until) throw new Error('timed out waiting for the launcher');
    await new Promise((done) => setTimeout(done, 200));
  }
}
