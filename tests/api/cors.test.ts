import { startTestServer } from './harness';

async function allowOriginFor(corsOrigins: string[]): Promise<string | null> {
  const server = await startTestServer({ config: { corsOrigins } });
  try {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { origin: 'https://any.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ towns { name } }' }),
    });
    expect(response.status).toBe(200);
    return response.headers.get('access-control-allow-origin');
  } finally {
    await server.close();
  }
}

describe('CORS settings', () => {
  it('sends no CORS headers when no origin is configured', async () => {
    expect(await allowOriginFor([])).toBeNull();
  });

  it('allows any origin with *', async () => {
    expect(await allowOriginFor(['*'])).toMatch(/^(\*|https:\/\/any\.example)$/);
  });

  it('allows a listed origin only', async () => {
    expect(await allowOriginFor(['https://any.example'])).toBe('https://any.example');
    expect(await allowOriginFor(['https://other.example'])).not.toBe('https://any.example');
  });
});
