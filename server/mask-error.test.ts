import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { NotFoundError } from '../schema/errors';
import { createMaskError } from './mask-error';

function capture(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: pino(sink), lines };
}

describe('error masking', () => {
  it('passes TowngraphErrors, raised directly or inside a located error', () => {
    const { logger, lines } = capture();
    const mask = createMaskError(logger);
    const direct = new NotFoundError('place x');
    expect(mask(direct, 'Unexpected error.')).toBe(direct);
    const located = new GraphQLError(direct.message, { originalError: direct, path: ['node'] });
    expect(mask(located, 'Unexpected error.')).toBe(located);
    expect(lines).toEqual([]);
  });

  it('passes errors graphql raises about the request itself', () => {
    const { logger } = capture();
    const validation = new GraphQLError('Cannot query field "nam" on type "Place".');
    expect(createMaskError(logger)(validation, 'Unexpected error.')).toBe(validation);
  });

  it('masks anything else and logs it with its stack', () => {
    const { logger, lines } = capture();
    const bug = new TypeError('cannot read properties of undefined (reading "id")');
    const located = new GraphQLError(bug.message, { originalError: bug, path: ['towns', 0, 'district'] });
    const masked = createMaskError(logger)(located, 'Unexpected error.') as GraphQLError;
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(masked.path).toEqual(['towns', 0, 'district']);
    expect(lines.join('')).toContain('reading \\"id\\"');
    expect(lines.join('')).toContain('TypeError');
  });
});
