import { assignRings } from './ring-layout';

const rank = (kind: string) => ['Place', 'Project', 'Target'].indexOf(kind);

describe('assignRings', () => {
  it('puts the focus at 0 and each hop on its own ring', () => {
    const nodes = [
      { id: 'c', kind: 'Project', name: '丙' },
      { id: 'f', kind: 'Place', name: '嘉泽镇' },
      { id: 'a', kind: 'Place', name: '甲' },
      { id: 'far', kind: 'Target', name: '远' },
    ];
    const hops = new Map([
      ['f', 0],
      ['a', 1],
      ['c', 1],
      ['far', 2],
    ]);
    const { order, ring } = assignRings({ nodes, hops, kindRank: rank });
    expect(order).toEqual(['f', 'a', 'c', 'far']);
    expect([...ring.entries()]).toEqual([
      ['f', 0],
      ['a', 1],
      ['c', 1],
      ['far', 2],
    ]);
  });

  it('spreads a crowded hop over rings that grow with their radius, kinds together', () => {
    const nodes = [{ id: 'f', kind: 'Place', name: '中心' }];
    const hops = new Map([['f', 0]]);
    for (let i = 0; i < 10; i += 1) {
      const kind = i % 2 === 0 ? 'Project' : 'Target';
      nodes.push({ id: `n${i}`, kind, name: `n${i}` });
      hops.set(`n${i}`, 1);
    }
    const { order, ring } = assignRings({ nodes, hops, kindRank: rank, firstRingSize: 3 });
    // Ring 1 holds 3, ring 2 holds 6, ring 3 the last one.
    const sizes = [1, 2, 3].map((r) => [...ring.values()].filter((v) => v === r).length);
    expect(sizes).toEqual([3, 6, 1]);
    expect(order.slice(1, 6).every((id) => Number(id.slice(1)) % 2 === 0)).toBe(true);
  });

  it('draws nodes the focus cannot reach outermost', () => {
    const nodes = [
      { id: 'f', kind: 'Place', name: 'f' },
      { id: 'x', kind: 'Place', name: 'x' },
      { id: 'y', kind: 'Place', name: 'y' },
    ];
    const { ring } = assignRings({
      nodes,
      hops: new Map([
        ['f', 0],
        ['y', 1],
      ]),
      kindRank: rank,
    });
    expect(ring.get('x')).toBeGreaterThan(ring.get('y')!);
  });
});
