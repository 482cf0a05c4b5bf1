import { groupNeighbourhood, shownIds } from './neighbourhood-groups';

const nodes = [
  { id: 'c', kind: 'Place', name: '嘉泽镇' },
  { id: 'p1', kind: 'Project', name: '乙项目' },
  { id: 'p2', kind: 'Project', name: '甲项目' },
  { id: 'p3', kind: 'Project', name: '丙项目' },
  { id: 'e1', kind: 'Enterprise', name: '某公司' },
  { id: 't1', kind: 'Target', name: '目标' },
];
const edges = [
  { from: 'p1', to: 'c' },
  { from: 'p2', to: 'c' },
  { from: 'p3', to: 'c' },
  { from: 'p3', to: 'e1' },
  { from: 'c', to: 't1' },
];

describe('groupNeighbourhood', () => {
  it('groups by kind in the legend order, the best connected first, ties by name', () => {
    const groups = groupNeighbourhood({ nodes, edges, centreId: 'c', topN: 2, expanded: new Set() });
    expect(groups.map((g) => g.kind)).toEqual(['Project', 'Enterprise', 'Target']);
    const projects = groups[0]!;
    // p3 has two edges; p1 and p2 one each, ordered by name (乙 U+4E59 before 甲 U+7532).
    expect(projects.ranked.map((n) => n.id)).toEqual(['p3', 'p1', 'p2']);
    expect(projects.shown).toBe(2);
    expect([...shownIds('c', groups)].sort()).toEqual(['c', 'e1', 'p1', 'p3', 't1'].sort());
  });

  it('draws every member of an expanded kind', () => {
    const groups = groupNeighbourhood({
      nodes,
      edges,
      centreId: 'c',
      topN: 1,
      expanded: new Set(['Project']),
    });
    expect(groups.find((g) => g.kind === 'Project')?.shown).toBe(3);
    expect(groups.find((g) => g.kind === 'Enterprise')?.shown).toBe(1);
    expect(shownIds('c', groups).size).toBe(6);
  });
});
