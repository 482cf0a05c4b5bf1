import type { GraphStore } from '../../store/graph-store';

/** Every node and edge of a store, in a stable order, for before/after comparisons. */
export async function graphSnapshot(store: GraphStore): Promise<{ nodes: unknown[]; edges: string[] }> {
  const { nodes } = await store.findNodes({
    filter: {},
    sort: [{ field: 'id', direction: 'ASC' }],
    limit: 100_000,
  });
  const edges = await store.getRelationships({ nodeIds: nodes.map((node) => node.id), direction: 'OUT' });
  return {
    nodes: nodes.map((node) => ({
      ...node,
      aliases: [...node.aliases].sort(),
      documentIds: [...node.documentIds].sort(),
    })),
    edges: edges.map((edge) => `${edge.key} ${JSON.stringify(edge.properties)}`).sort(),
  };
}
