import type { ServerConfig } from '../../server/config';
import { generatedRecords } from './corpus-server';
import { startTestServer } from './harness';

/**
 * A server over generated documents in a process of its own, so that a suite's client and
 * server use both cores. argv: document count, seconds to live at most, config as JSON.
 * Prints `listening <url>` when ready; when its stdin closes it prints
 * `errors <json of the lines logged at level error or above>` and exits.
 */
async function main(): Promise<void> {
  const [count, seconds, config] = process.argv.slice(2);
  const server = await startTestServer({
    records: await generatedRecords(Number(count)),
    config: JSON.parse(config ?? '{}') as Partial<ServerConfig>,
  });
  // However the parent behaves, this process ends.
  const guard = setTimeout(() => process.exit(2), Number(seconds) * 1000);
  process.stdout.write(`listening ${server.url}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    const errors = server.logs.filter((line) => typeof line.level === 'number' && line.level >= 50);
    process.stdout.write(`errors ${JSON.stringify(errors)}\n`);
    clearTimeout(guard);
    void server.close().then(() => process.exit(0));
  });
}

void main();
