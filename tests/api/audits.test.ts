import { serverAudits } from 'graphql-http';
import { jiazeRecords } from './fixtures';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ records: [jiazeRecords()] });
});
afterAll(() => server.close());

describe('GraphQL over HTTP audits (graphql-http)', () => {
  const audits = serverAudits({ url: () => server.url, fetchFn: fetch });
  const must = audits.filter((audit) => audit.name.startsWith('MUST'));

  it('has MUST audits to run', () => {
    expect(must.length).toBeGreaterThan(10);
  });

  for (const audit of must) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect({ status: result.status, reason: result.status === 'ok' ? undefined : result.reason }).toEqual({
        status: 'ok',
        reason: undefined,
      });
    });
  }
});
