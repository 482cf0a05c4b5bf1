import {
  ManagedTransaction,
  type BookmarkManager,
  type Driver,
  type Session,
  type Transaction,
} from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { invariant } from '../../schema/errors';
import { remainingMs } from '../deadline';

export interface RequestSessionOptions {
  driver: Driver;
  database?: string;
  /** The request's deadline: the read transaction's timeout is the time left when it begins. */
  signal?: AbortSignal;
  /** Shared by every session of the store, so a read sees the writes committed before it. */
  bookmarkManager: BookmarkManager;
}

/**
 * One driver session for one GraphQL request, opened at its first read and ended with the
 * request. Its reads share one read transaction, so the DataLoader batches of a request
 * (when the compiled prefetch did not answer them all) cost a statement each, not a
 * session and a transaction each. A write ends the read transaction first and runs in
 * the same session, so the reads after it follow its bookmark.
 */
export class RequestSession {
  private session: Session | undefined;
  private transaction: Promise<Transaction> | undefined;
  private readonly inFlight = new Set<Promise<unknown>>();
  /** The last write of the request: reads wait for it. */
  private writing: Promise<unknown> = Promise.resolve();
  private released = false;

  /** A request cut short (its deadline, its client gone) may never reach its end hook. */
  private readonly onAbort = (): void => void this.release().catch(() => undefined);

  constructor(private readonly options: RequestSessionOptions) {
    options.signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    await this.writing;
    const transaction = await (this.transaction ??= this.begin());
    const running = work(ManagedTransaction.fromTransaction(transaction));
    const settled = running.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(settled);
    void settled.then(() => this.inFlight.delete(settled));
    return running;
  }

  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const before = this.writing;
    const done = (async () => {
      await before;
      await this.endTransaction();
      return this.open().executeWrite(work);
    })();
    this.writing = done.catch(() => undefined);
    return done;
  }

  /** Ends the read transaction and the session; the request is over. */
  async release(): Promise<void> {
    this.released = true;
    this.options.signal?.removeEventListener('abort', this.onAbort);
    await this.writing;
    await this.endTransaction();
    await this.session?.close();
    this.session = undefined;
  }

  private open(): Session {
    invariant(!this.released, 'a request session is used after its request ended');
    this.session ??= this.options.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.options.bookmarkManager,
    });
    return this.session;
  }

  private begin(): Promise<Transaction> {
    const left = remainingMs(this.options.signal);
    const begun = this.open().beginTransaction(
      left === undefined ? undefined : { timeout: Math.max(1, left) },
    );
    return Promise.resolve(begun);
  }

  /** Waits for the reads in flight, then commits the read transaction (it wrote nothing). */
  private async endTransaction(): Promise<void> {
    const pending = this.transaction;
    this.transaction = undefined;
    if (!pending) return;
    await Promise.all(this.inFlight);
    const transaction = await pending.catch(() => undefined);
    // A failed transaction is closed by the driver already; its error reached the read.
    if (transaction?.isOpen()) await transaction.commit().catch(() => undefined);
  }
}
