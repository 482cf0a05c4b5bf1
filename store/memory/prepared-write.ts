import type { GraphTransaction } from './graph-transaction';

/**
 * A write checked against the graph but not yet applied. The store journals it between
 * the two steps, so that no reader ever sees a change that is not yet durable. `apply`
 * must run before any other write changes the graph (the store's write queue sees to it).
 */
export interface PreparedWrite<T> {
  result: T;
  /** Applies the write as one transaction; null when there is nothing to write. */
  apply: (() => GraphTransaction) | null;
}
