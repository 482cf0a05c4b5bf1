import type { Driver, ManagedTransaction, Session, Transaction } from 'neo4j-driver';

/** What a driver sent: sessions opened and statements run (each one Bolt round trip). */
export interface DriverCounts {
  sessions: number;
  statements: string[];
  /** Explicit transactions begun (a statement run on the session itself is auto-commit). */
  transactions: number;
}

function countRuns<T extends Transaction | ManagedTransaction>(tx: T, counts: DriverCounts): T {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property !== 'run') return Reflect.get(target, property, receiver) as unknown;
      return (text: string, ...rest: unknown[]) => {
        counts.statements.push(text);
        return (target.run as (...args: unknown[]) => unknown).call(target, text, ...rest);
      };
    },
  });
}

function countSession(session: Session, counts: DriverCounts): Session {
  return new Proxy(session, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property === 'beginTransaction') {
        return (...args: unknown[]) => {
          counts.transactions += 1;
          const begun = (value as (...a: unknown[]) => Promise<Transaction>).apply(target, args);
          return begun.then((tx) => countRuns(tx, counts));
        };
      }
      if (property === 'executeRead' || property === 'executeWrite') {
        return (work: (tx: ManagedTransaction) => unknown, ...rest: unknown[]) => {
          counts.transactions += 1;
          return (value as (...a: unknown[]) => unknown).call(
            target,
            (tx: ManagedTransaction) => work(countRuns(tx, counts)),
            ...rest,
          );
        };
      }
      if (property === 'run') {
        return (text: string, ...rest: unknown[]) => {
          counts.statements.push(text);
          return (value as (...a: unknown[]) => unknown).call(target, text, ...rest);
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * A driver that counts the sessions it opens and the statements they run, so tests can
 * hold a request to its number of round trips (counting, not timing).
 */
export function countingDriver(driver: Driver): { driver: Driver; counts: DriverCounts } {
  const counts: DriverCounts = { sessions: 0, statements: [], transactions: 0 };
  const proxy = new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property === 'session') {
        return (...args: unknown[]) => {
          counts.sessions += 1;
          return countSession((value as (...a: unknown[]) => Session).apply(target, args), counts);
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { driver: proxy, counts };
}
