import { createExplorerHandler } from '../../server/explorer';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ explorer: () => createExplorerHandler() });
});
afterAll(() => server.close());

describe('the explorer page beside the API', () => {
  it('serves the page at / and leaves unknown paths to 404', async () => {
    const page = await fetch(`${server.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toMatch(/<html/i);
    expect((await fetch(`${server.origin}/no-such-page`)).status).toBe(404);
  });

  it('still answers GraphQL at /graphql', async () => {
    const { body } = await server.graphql(`{ towns { name } }`);
    expect(body).toEqual({ data: { towns: [] } });
  });
});
