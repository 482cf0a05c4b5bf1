import DataLoader from 'dataloader';
import type { StoredNode, StoredRelationship } from '../../store/graph-store';
import type { PrefetchWalk } from '../../store/prefetch';
import type { EdgeKey, RequestLoaders } from '../dataloaders';
import { descendantsWithLabel, related } from '../graph-walk';
import { loadersAnswering, rememberReached } from './reached-below';

const node = (id: string, name: string, label: StoredNode['label'] = 'Project'): StoredNode => ({
  id,
  label,
  name,
  aliases: [],
  properties: {},
  documentIds: [],
});

/** Loaders over fixed nodes; every edge call is recorded and answers one LOCATED_IN edge. */
function fakeLoaders(nodes: StoredNode[]): { loaders: RequestLoaders; edgeCalls: EdgeKey[] } {
  const byId = new Map(nodes.map((item) => [item.id, item]));
  const edgeCalls: EdgeKey[] = [];
  const loaders: RequestLoaders = {
    nodes: new DataLoader(async (ids) => ids.map((id) => byId.get(id) ?? null)),
    edges: new DataLoader<EdgeKey, StoredRelationship[], string>(
      async (keys) =>
        keys.map((key) => {
          edgeCalls.push(key);
          return [{ key: 'e', type: 'LOCATED_IN', from: key.nodeId, to: 'place:up', properties: {} }];
        }),
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    clearAll: () => undefined,
    chargeReads: () => undefined,
  };
  return { loaders, edgeCalls };
}

const PROJECTS: PrefetchWalk = { type: 'LOCATED_IN', direction: 'IN', depth: 8, label: 'Project' };

describe('loadersAnswering', () => {
  const b = node('project:b', 'Beta');
  const a = node('project:a', 'Alpha');
  const up = node('place:up', '镇', 'Place');

  it('lets a place’s walk below find exactly the nodes its labelled walk reached, with no edge call', async () => {
    const { loaders, edgeCalls } = fakeLoaders([a, b, up]);
    rememberReached(
      loaders,
      [{ nodeId: 'place:t', walk: PROJECTS, nodeIds: ['project:b', 'project:a'] }],
      new Map([
        [a.id, a],
        [b.id, b],
      ]),
    );
    const view = loadersAnswering(loaders, 'place:t', PROJECTS)!;
    const found = await descendantsWithLabel(view, { id: 'place:t', label: 'Project' });
    // By name, as the resolver orders them, whatever order the walk gave.
    expect(found.map((item) => item.id)).toEqual(['project:a', 'project:b']);
    expect(edgeCalls).toEqual([]);
    // Another walk from the same loaders still reads through the request's loaders.
    expect(
      (await related(view, 'project:a', { direction: 'OUT', type: 'LOCATED_IN' })).map((n) => n.id),
    ).toEqual(['place:up']);
    expect(edgeCalls).toEqual([{ nodeId: 'project:a', direction: 'OUT', types: ['LOCATED_IN'] }]);
  });

  it('answers nothing for a node or a walk no labelled prefetch reached', () => {
    const { loaders } = fakeLoaders([]);
    rememberReached(loaders, [{ nodeId: 'place:t', walk: PROJECTS, nodeIds: [] }], new Map());
    expect(loadersAnswering(loaders, 'place:other', PROJECTS)).toBeNull();
    expect(loadersAnswering(loaders, 'place:t', { ...PROJECTS, label: 'Zone' })).toBeNull();
    expect(loadersAnswering(fakeLoaders([]).loaders, 'place:t', PROJECTS)).toBeNull();
  });
});
