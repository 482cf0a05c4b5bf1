import { Writable } from 'node:stream';
import pino from 'pino';
import { yogaLogger } from './yoga-logger';

function capture(level: string) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: pino({ level }, sink) };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe("yoga's log lines through pino", () => {
  it('drops lines below the level and keeps an error with its message and stack', async () => {
    const { lines, logger } = capture('info');
    const yoga = yogaLogger(logger);
    yoga.debug('Processing GraphQL Parameters');
    yoga.error(new Error('the store is down'));
    await flush();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'yoga',
      args: [{ name: 'Error', message: 'the store is down' }],
    });
    expect(JSON.stringify(lines[0])).toContain('yoga-logger.test');
  });

  it('writes debug lines when the level is debug', async () => {
    const { lines, logger } = capture('debug');
    yogaLogger(logger).debug('Processing GraphQL Parameters');
    await flush();
    expect(lines).toEqual([expect.objectContaining({ level: 20, args: ['Processing GraphQL Parameters'] })]);
  });
});
