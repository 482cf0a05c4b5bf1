import type { Plugin } from 'graphql-yoga';
import type { RequestContext } from '../resolvers';
import type { GraphStore, RequestGraphStore } from '../store/graph-store';

/** The store one request reads through: its own view (one Neo4j session) where the store has one. */
export function requestStore(store: GraphStore, signal: AbortSignal): GraphStore {
  return store.forRequest ? store.forRequest({ signal }) : store;
}

function isRequestStore(store: GraphStore): store is RequestGraphStore {
  return typeof (store as Partial<RequestGraphStore>).release === 'function';
}

/** Ends the request's view of the store (its session) once the request has its result. */
export function useRequestStore(): Plugin<RequestContext> {
  return {
    onExecute() {
      return {
        async onExecuteDone({ args }) {
          const { store } = args.contextValue as RequestContext;
          if (isRequestStore(store)) await store.release();
        },
      };
    },
  };
}
