import type { YogaLogger } from 'graphql-yoga';
import type { Logger } from 'pino';

/** Errors among yoga's log arguments keep their message and stack (pino would print `{}`). */
function serialisable(args: unknown[]): unknown[] {
  return args.map((arg) =>
    arg instanceof Error ? { name: arg.name, message: arg.message, stack: arg.stack } : arg,
  );
}

/**
 * Yoga's own log lines, through the server's pino logger. Yoga writes debug lines on
 * every request: below the logger's level they are dropped before their arguments are
 * copied.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]): void => {
      if (logger.isLevelEnabled(level)) logger[level]({ args: serialisable(args) }, 'yoga');
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
