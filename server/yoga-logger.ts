import type { YogaLogger } from 'graphql-yoga';
import type { Logger } from 'pino';

/** Errors among yoga's log arguments keep their message and stack (pino would print `{}`). */
function serialisable(args: unknown[]): unknown[] {
  return args.map((arg) =>
    arg instanceof Error ? { name: arg.name, message: arg.message, stack: arg.stack } : arg,
  );
}

/** Yoga's own log lines, through the server's pino logger. */
export function yogaLogger(logger: Logger): YogaLogger {
  return {
    debug: (...args: unknown[]) => logger.debug({ args: serialisable(args) }, 'yoga'),
    info: (...args: unknown[]) => logger.info({ args: serialisable(args) }, 'yoga'),
    warn: (...args: unknown[]) => logger.warn({ args: serialisable(args) }, 'yoga'),
    error: (...args: unknown[]) => logger.error({ args: serialisable(args) }, 'yoga'),
  };
}
