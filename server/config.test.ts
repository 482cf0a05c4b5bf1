import { DEFAULT_LIMITS, serverConfigFromEnv } from './config';

describe('serverConfigFromEnv', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = serverConfigFromEnv({});
    expect(config).toEqual({
      port: 4000,
      host: undefined,
      token: null,
      corsOrigins: [],
      graphiql: true,
      shutdownGraceMs: 10_000,
      trustedDocuments: null,
      limits: DEFAULT_LIMITS,
    });
  });

  it('reads the shutdown grace period', () => {
    expect(serverConfigFromEnv({ TOWNGRAPH_SHUTDOWN_GRACE_MS: '2500' }).shutdownGraceMs).toBe(2500);
    expect(() => serverConfigFromEnv({ TOWNGRAPH_SHUTDOWN_GRACE_MS: 'soon' })).toThrow(
      'TOWNGRAPH_SHUTDOWN_GRACE_MS',
    );
  });

  it('reads the production options: trusted documents, response cache, rate limit, deadline', () => {
    const config = serverConfigFromEnv({
      TOWNGRAPH_TRUSTED_DOCUMENTS: '/srv/trusted.json',
      TOWNGRAPH_RESPONSE_CACHE_TTL_MS: '5000',
      TOWNGRAPH_RATE_LIMIT: '600',
      TOWNGRAPH_REQUEST_TIMEOUT_MS: '2500',
    });
    expect(config.trustedDocuments).toBe('/srv/trusted.json');
    expect(config.limits.responseCacheTtlMs).toBe(5000);
    expect(config.limits.rateLimit).toBe(600);
    expect(config.limits.requestTimeoutMs).toBe(2500);
  });

  it('reads the port, token, CORS origins and limits from the environment', () => {
    const config = serverConfigFromEnv({
      PORT: '8080',
      TOWNGRAPH_TOKEN: 'abc',
      TOWNGRAPH_CORS_ORIGINS: 'https://a.example, https://b.example',
      TOWNGRAPH_MAX_DEPTH: '7',
      TOWNGRAPH_MAX_PAGE_SIZE: '50',
      TOWNGRAPH_GRAPHIQL: 'false',
    });
    expect(config.port).toBe(8080);
    expect(config.token).toBe('abc');
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.limits.maxDepth).toBe(7);
    expect(config.limits.maxPageSize).toBe(50);
    expect(config.limits.maxCost).toBe(DEFAULT_LIMITS.maxCost);
    expect(config.graphiql).toBe(false);
  });

  it('names the variable that holds a bad number', () => {
    expect(() => serverConfigFromEnv({ TOWNGRAPH_MAX_COST: 'lots' })).toThrow('TOWNGRAPH_MAX_COST');
    expect(() => serverConfigFromEnv({ PORT: '-1' })).toThrow('PORT');
  });

  it('treats an empty token as no token, keeping mutations disabled', () => {
    expect(serverConfigFromEnv({ TOWNGRAPH_TOKEN: '' }).token).toBeNull();
  });
});
