import { bearerTokenOf, requireToken } from './authorise';

describe('bearer tokens', () => {
  it('reads the token of an Authorization header', () => {
    expect(bearerTokenOf('Bearer abc.def')).toBe('abc.def');
    expect(bearerTokenOf('bearer   abc')).toBe('abc');
    expect(bearerTokenOf('Basic abc')).toBeNull();
    expect(bearerTokenOf(null)).toBeNull();
  });

  it('disables mutations without a configured token, whatever the request holds', () => {
    expect(() => requireToken({ expectedToken: null, bearerToken: 'x' })).toThrow(
      expect.objectContaining({ code: 'MUTATIONS_DISABLED' }),
    );
  });

  it('refuses a missing or different token and accepts the configured one', () => {
    expect(() => requireToken({ expectedToken: 'secret', bearerToken: null })).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(() => requireToken({ expectedToken: 'secret', bearerToken: 'secreT' })).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(() => requireToken({ expectedToken: 'secret', bearerToken: 'secret-longer' })).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(() => requireToken({ expectedToken: 'secret', bearerToken: 'secret' })).not.toThrow();
  });
});
