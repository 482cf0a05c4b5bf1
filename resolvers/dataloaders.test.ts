import type { GraphStore, RelationshipQuery, StoredRelationship } from '../store/graph-store';
import { createLoaders } from './dataloaders';

function edge(type: StoredRelationship['type'], from: string, to: string): StoredRelationship {
  return { key: `${type}|${from}|${to}`, type, from, to, properties: {} };
}

const EDGES = [
  edge('LOCATED_IN', 'a', 'p'),
  edge('LOCATED_IN', 'b', 'p'),
  edge('TARGETS', 'p', 't'),
  edge('LOCATED_IN', 'p', 'q'),
];

/** Just enough of a store to watch how the loaders call it. */
function recordingStore(): { store: GraphStore; queries: RelationshipQuery[] } {
  const queries: RelationshipQuery[] = [];
  const store = {
    async getRelationships(query: RelationshipQuery) {
      queries.push(query);
      return EDGES.filter(
        (rel) =>
          (!query.types || query.types.includes(rel.type)) &&
          ((query.direction !== 'IN' && query.nodeIds.includes(rel.from)) ||
            (query.direction !== 'OUT' && query.nodeIds.includes(rel.to))),
      );
    },
  } as unknown as GraphStore;
  return { store, queries };
}

describe('request loaders', () => {
  it('asks the store once per direction and type set, and gives each node its own edges', async () => {
    const { store, queries } = recordingStore();
    const loaders = createLoaders(store);
    const [aUp, bUp, pDown, pTargets] = await Promise.all([
      loaders.edges.load({ nodeId: 'a', direction: 'OUT', types: ['LOCATED_IN'] }),
      loaders.edges.load({ nodeId: 'b', direction: 'OUT', types: ['LOCATED_IN'] }),
      loaders.edges.load({ nodeId: 'p', direction: 'IN', types: ['LOCATED_IN'] }),
      loaders.edges.load({ nodeId: 'p', direction: 'OUT', types: ['TARGETS'] }),
    ]);
    expect(queries).toHaveLength(3);
    expect(queries.find((q) => q.direction === 'OUT' && q.types?.[0] === 'LOCATED_IN')?.nodeIds).toEqual([
      'a',
      'b',
    ]);
    expect(aUp.map((rel) => rel.to)).toEqual(['p']);
    expect(bUp.map((rel) => rel.to)).toEqual(['p']);
    expect(pDown.map((rel) => rel.from).sort()).toEqual(['a', 'b']);
    expect(pTargets.map((rel) => rel.to)).toEqual(['t']);
  });

  it('answers a repeated question from its cache until cleared', async () => {
    const { store, queries } = recordingStore();
    const loaders = createLoaders(store);
    const key = { nodeId: 'p', direction: 'BOTH' as const, types: ['LOCATED_IN' as const] };
    await loaders.edges.load(key);
    await loaders.edges.load({ ...key });
    expect(queries).toHaveLength(1);
    loaders.clearAll();
    await loaders.edges.load(key);
    expect(queries).toHaveLength(2);
  });
});
