import type { Plugin } from 'graphql-yoga';
import { createLoaders, type RequestContext, type RequestLoaders } from '../resolvers';
import { deadlineSignal } from '../store/deadline';
import type { GraphStore, RequestGraphStore } from '../store/graph-store';

/** The store one request reads through: its own view (one Neo4j session) where the store has one. */
export function requestStore(store: GraphStore, signal: AbortSignal): GraphStore {
  return store.forRequest ? store.forRequest({ signal }) : store;
}

function isRequestStore(store: GraphStore): store is RequestGraphStore {
  return typeof (store as Partial<RequestGraphStore>).release === 'function';
}

/** What a request reads the graph through: made when a resolver first needs it. */
export interface RequestScope {
  /** Aborts at the request's deadline or when its client goes away; reaches the store. */
  readonly signal: AbortSignal;
  readonly store: GraphStore;
  readonly loaders: RequestLoaders;
}

export interface RequestScopeOptions {
  store: GraphStore;
  /** The client's request: its signal aborts when the client goes away. */
  request: Request;
  /** The request's time, counted from now (from when the request's context is built). */
  timeoutMs: number;
  maxReads: number;
}

/** The store views made for requests, so that the end of each request can release its own. */
const made = new WeakMap<object, GraphStore>();

/**
 * Gives `context` its signal, store and loaders as properties made on first read. A
 * request that never reads the graph (`{ __typename }`, introspection, a refused query)
 * then makes none of them: the deadline signal (a timer and AbortSignal.any), the store
 * view and the DataLoaders were most of the server's own work on such a request. The
 * deadline still counts from now: a signal made later gets the time that is left. The
 * properties are not enumerable, so envelop's Object.assign of the context does not read
 * (and make) them.
 */
export function withRequestScope<T extends object>(
  context: T,
  options: RequestScopeOptions,
): T & RequestScope {
  const start = Date.now();
  let signal: AbortSignal | undefined;
  let store: GraphStore | undefined;
  let loaders: RequestLoaders | undefined;
  const getSignal = (): AbortSignal =>
    (signal ??= deadlineSignal(
      Math.max(0, options.timeoutMs - (Date.now() - start)),
      options.request.signal,
    ));
  const getStore = (): GraphStore => {
    if (!store) {
      store = requestStore(options.store, getSignal());
      made.set(context, store);
    }
    return store;
  };
  const getLoaders = (): RequestLoaders =>
    (loaders ??= createLoaders(getStore(), { signal: getSignal(), maxReads: options.maxReads }));
  Object.defineProperties(context, {
    signal: { get: getSignal, enumerable: false, configurable: true },
    store: { get: getStore, enumerable: false, configurable: true },
    loaders: { get: getLoaders, enumerable: false, configurable: true },
  });
  return context as T & RequestScope;
}

/** Ends the request's view of the store (its session) once the request has its result. */
export function useRequestStore(): Plugin<RequestContext> {
  return {
    onExecute() {
      return {
        async onExecuteDone({ args }) {
          // Only a view the request made: reading `store` here would make one.
          const store = made.get(args.contextValue as object);
          if (store && isRequestStore(store)) await store.release();
        },
      };
    },
  };
}
