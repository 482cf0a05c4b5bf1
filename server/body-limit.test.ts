import { startTestServer, type TestServer } from '../tests/api/harness';

// maxDocumentBytes 1000: the body may be 4/3 of it plus 64 KiB, 66 870 bytes.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: { limits: { maxDocumentBytes: 1000 } } });
});
afterAll(() => server.close());

/** A POST in-process (yoga's fetch), with the Content-Length given. */
async function post(body: string, contentLength: string): Promise<Response> {
  return server.server.yoga.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': contentLength },
      body,
    }),
  );
}

describe('the request body limit', () => {
  const body = JSON.stringify({ query: '{ __typename }' });

  it('answers a body whose Content-Length is within the limit', async () => {
    const response = await post(body, String(Buffer.byteLength(body)));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a Content-Length past the limit with 413 before reading the body', async () => {
    const response = await post(body, '66871');
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }],
    });
  });

  it('refuses a Content-Length that is not one whole number with 400', async () => {
    for (const length of ['12, 12', '-1', 'abc']) {
      const response = await post(body, length);
      expect(response.status).toBe(400);
    }
  });

  it('refuses a body sent over HTTP whose Content-Length is past the limit (413)', async () => {
    const large = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(70_000) } });
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: large,
    });
    expect(response.status).toBe(413);
    const small = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(small.status).toBe(200);
  });
});
