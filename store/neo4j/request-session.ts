import {
  type ManagedTransaction,
  type BookmarkManager,
  type Driver,
  type Session,
  type Transaction,
} from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { invariant } from '../../schema/errors';
import { remainingMs } from '../deadline';

/**
 * Starts a statement without the driver capturing the caller's stack. neo4j-driver makes
 * an Error for every Result it creates, only to put its stack on a failure later
 * (`captureStacktrace` in neo4j-driver-core's result.js); formatting that stack was about
 * a third of the driver's CPU per statement, more with source maps on. A failure of a
 * request's read keeps its message and code (the store maps a timeout to TIMEOUT, and
 * masks the rest with the message logged), only not the frames of the call that sent it.
 * The Result is created synchronously inside `start`, so only that moment goes without.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A transaction's reads, each started without the caller's stack (withoutCallerStack). */
function quietReads(transaction: Transaction): ManagedTransaction {
  const run = (text: string, parameters?: Record<string, unknown>) =>
    withoutCallerStack(() => transaction.run(text, parameters));
  // The reads use `run` alone, as in autoCommit.
  return { run } as unknown as ManagedTransaction;
}

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
 * request. The first read runs as an auto-commit statement: most requests (a compiled
 * selection, a page, a search) send one statement, and an auto-commit one is a single
 * RUN where a transaction adds a BEGIN and a COMMIT, and the COMMIT's round trip before
 * the response. Later reads share one read transaction, so the DataLoader batches of a
 * request (when the compiled prefetch did not answer them all) cost a statement each, not
 * a session and a transaction each. A write ends the read transaction first and runs in
 * the same session, so the reads after it follow its bookmark.
 */
export class RequestSession {
  private session: Session | undefined;
  private transaction: Promise<Transaction> | undefined;
  private readonly inFlight = new Set<Promise<unknown>>();
  /** The last write of the request: reads wait for it. */
  private writing: Promise<unknown> = Promise.resolve();
  private released = false;
  /** The first read, run auto-commit: later reads wait for it, as a session runs one at a time. */
  private firstRead: Promise<unknown> | undefined;

  /** A request cut short (its deadline, its client gone) may never reach its end hook. */
  private readonly onAbort = (): void => void this.release().catch(() => undefined);

  constructor(private readonly options: RequestSessionOptions) {
    options.signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    await this.writing;
    if (this.firstRead === undefined && this.transaction === undefined) {
      const running = work(this.autoCommit());
      this.firstRead = this.track(running);
      return running;
    }
    await this.firstRead;
    const transaction = await (this.transaction ??= this.begin());
    const running = work(quietReads(transaction));
    this.track(running);
    return running;
  }

  /** Counts `running` among the reads in flight until it settles; the promise settles with it. */
  private track(running: Promise<unknown>): Promise<void> {
    const settled = running.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(settled);
    void settled.then(() => this.inFlight.delete(settled));
    return settled;
  }

  /**
   * The first read's statements, each an auto-commit transaction of the session with the
   * request's deadline as its timeout. They run one after another (every read of the
   * store awaits each statement before the next), as a session allows.
   */
  private autoCommit(): ManagedTransaction {
    const session = this.open();
    const run = (text: string, parameters?: Record<string, unknown>) => {
      const left = remainingMs(this.options.signal);
      return withoutCallerStack(() =>
        session.run(text, parameters, left === undefined ? undefined : { timeout: Math.max(1, left) }),
      );
    };
    // The reads use `run` alone; a ManagedTransaction cannot be made without a Transaction.
    return { run } as unknown as ManagedTransaction;
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

  /** Waits for the reads in flight, then commits the read transaction, if one began (it wrote nothing). */
  private async endTransaction(): Promise<void> {
    const pending = this.transaction;
    this.transaction = undefined;
    // The auto-commit read too: the session runs one piece of work at a time.
    await Promise.all(this.inFlight);
    if (!pending) return;
    const transaction = await pending.catch(() => undefined);
    // A failed transaction is closed by the driver already; its error reached the read.
    if (transaction?.isOpen()) await transaction.commit().catch(() => undefined);
  }
}
