import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('fails with the launcher’s own message on a bad argument', async () => {
    await expect(startNeo4j({ dataDir, password: 'short' })).rejects.toThrow(/at least 8 characters/);
  });
});
