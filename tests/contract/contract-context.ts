import type { GraphStore, StoredNode } from '../../store/graph-store';
import type { GraphRecords } from '../../schema/records';

export interface ContractContext {
  /** A fresh empty store with these documents loaded in order; closed after the test. */
  storeWith(...documents: GraphRecords[]): Promise<GraphStore>;
}

/** Registers the store factory with jest hooks so that every store a test opens is closed. */
export function contractContext(openEmpty: () => Promise<GraphStore>): ContractContext {
  const open: GraphStore[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close()));
  });
  return {
    async storeWith(...documents) {
      const store = await openEmpty();
      open.push(store);
      for (const records of documents) await store.loadDocument(records);
      return store;
    },
  };
}

export function names(nodes: readonly (StoredNode | null)[]): (string | null)[] {
  return nodes.map((node) => node?.name ?? null);
}

export function sortedNames(nodes: readonly (StoredNode | null)[]): (string | null)[] {
  return names(nodes).sort();
}

/** Every node and relationship of a store, as plain data, for before/after comparisons. */
export async function dumpGraph(store: GraphStore): Promise<unknown> {
  const { nodes } = await store.findNodes({ filter: {}, sort: [{ field: 'id', direction: 'ASC' }] });
  const relationships = await store.getRelationships({ nodeIds: nodes.map((n) => n.id), direction: 'OUT' });
  relationships.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { nodes, relationships };
}
