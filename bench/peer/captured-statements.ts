import { Session, Transaction } from 'neo4j-driver';
import type { BenchQuery } from '../api-queries';
import { benchRequest, type FetchLike } from './floor-cpu';

/** A statement the process sent: through a transaction (explicit) or auto-commit. */
export interface Sent {
  text: string;
  parameters: Record<string, unknown>;
  explicit: boolean;
}

/**
 * Records every statement the process sends from now on, through a transaction or
 * auto-commit, and counts the explicit transactions begun.
 */
export function captureStatements(): { sent: Sent[]; begun: { count: number } } {
  const sent: Sent[] = [];
  const begun = { count: 0 };
  const txRun = Transaction.prototype.run;
  Transaction.prototype.run = function (this: Transaction, text: never, parameters?: never) {
    sent.push({ text, parameters: parameters ?? {}, explicit: true });
    return txRun.call(this, text, parameters);
  } as typeof txRun;
  const sessionRun = Session.prototype.run;
  Session.prototype.run = function (this: Session, text: never, parameters?: never, config?: never) {
    sent.push({ text, parameters: parameters ?? {}, explicit: false });
    return sessionRun.call(this, text, parameters, config);
  } as typeof sessionRun;
  // Every explicit transaction (beginTransaction, executeRead, executeWrite) begins here.
  const prototype = Session.prototype as unknown as { _beginTransaction: (...args: unknown[]) => unknown };
  const begin = prototype._beginTransaction;
  prototype._beginTransaction = function (this: Session, ...args: unknown[]) {
    begun.count += 1;
    return begin.apply(this, args);
  };
  return { sent, begun };
}

/** Sends a bench query to a server in this process (its yoga `fetch`) and returns the body. */
export async function postInProcess(fetch: FetchLike, query: BenchQuery): Promise<string> {
  const response = await fetch(benchRequest(query));
  return response.text();
}
