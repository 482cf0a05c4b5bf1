import { TimeoutError } from '../schema/errors';

/**
 * The moment each deadline signal expires. A timer-based AbortSignal only aborts when the
 * event loop turns, and the embedded store's walks are synchronous: they compare the clock
 * with this moment instead, so a long walk stops on time even though no timer can fire.
 */
const expiries = new WeakMap<AbortSignal, number>();

/** A signal that aborts after `ms`, or when `parent` (the client's request) aborts. */
export function deadlineSignal(ms: number, parent?: AbortSignal): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  const signal = parent ? AbortSignal.any([parent, timeout]) : timeout;
  expiries.set(signal, Date.now() + ms);
  return signal;
}

/** Milliseconds left before the signal's deadline; undefined when it has none. */
export function remainingMs(signal: AbortSignal | undefined): number | undefined {
  const expiry = signal ? expiries.get(signal) : undefined;
  return expiry === undefined ? undefined : Math.max(0, expiry - Date.now());
}

/**
 * One error per signal: when a deadline passes, thousands of pending walk steps fail at
 * once, and building (and capturing the stack of) an error for each would itself be work.
 */
const timeouts = new WeakMap<AbortSignal, TimeoutError>();

/** Throws TIMEOUT once the signal is aborted or its deadline has passed. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (!signal) return;
  if (signal.aborted || remainingMs(signal) === 0) {
    let error = timeouts.get(signal);
    if (!error) {
      error = new TimeoutError(
        'the request ran past its deadline (or its client went away); its work was stopped',
      );
      timeouts.set(signal, error);
    }
    throw error;
  }
}

/**
 * A check for hot loops: reads the clock only every `every` calls, since a walk may take
 * millions of steps and each check need not cost a system call.
 */
export function abortCheck(signal: AbortSignal | undefined, every = 256): () => void {
  if (!signal) return () => undefined;
  let calls = 0;
  return () => {
    calls += 1;
    if (calls % every === 0) throwIfAborted(signal);
  };
}
