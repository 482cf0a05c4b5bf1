import type { GraphPath } from '../../store/graph-store';
import { ENTITIES, newsHutang, PLACES, reportJiaze, reportWujin } from './fixtures';
import { names, sortedNames, type ContractContext } from './contract-context';

function pathNames(paths: GraphPath[]): string[][] {
  return paths.map((path) => path.nodes.map((node) => node.name));
}

/** Each relationship of a path joins the path's consecutive nodes, in either direction. */
function expectWellFormed(path: GraphPath): void {
  expect(path.relationships).toHaveLength(path.nodes.length - 1);
  path.relationships.forEach((rel, i) => {
    const ends = [path.nodes[i]!.id, path.nodes[i + 1]!.id].sort();
    expect([rel.from, rel.to].sort()).toEqual(ends);
  });
  expect(new Set(path.nodes.map((node) => node.id)).size).toBe(path.nodes.length);
}

export function describeTraversal(ctx: ContractContext): void {
  describe('findPaths', () => {
    it('finds what connects two towns: the district and the shared programme', async () => {
      const store = await ctx.storeWith(reportJiaze(), newsHutang());
      const paths = await store.findPaths({ from: PLACES.jiaze.id, to: PLACES.hutang.id, maxHops: 2 });
      expect(paths).toHaveLength(2);
      paths.forEach(expectWellFormed);
      expect(
        pathNames(paths)
          .map((p) => p[1])
          .sort(),
      ).toEqual(['两湖创新区', '武进区'].sort());
      expect(
        paths.every((p) => p.nodes[0]!.id === PLACES.jiaze.id && p.nodes[2]!.id === PLACES.hutang.id),
      ).toBe(true);
    });

    it('counts parallel edges once: two documents stating 嘉泽镇 LOCATED_IN 武进区 give one path', async () => {
      const store = await ctx.storeWith(reportJiaze(), newsHutang(), reportWujin());
      const paths = await store.findPaths({ from: PLACES.jiaze.id, to: PLACES.wujin.id, maxHops: 1 });
      expect(pathNames(paths)).toEqual([['嘉泽镇', '武进区']]);
    });

    it('respects maxHops, returns shortest paths first and at most limit paths', async () => {
      const store = await ctx.storeWith(reportJiaze(), newsHutang(), reportWujin());
      expect(await store.findPaths({ from: PLACES.xinnan.id, to: PLACES.hutang.id, maxHops: 2 })).toEqual([]);
      const three = await store.findPaths({ from: PLACES.xinnan.id, to: PLACES.hutang.id, maxHops: 3 });
      expect(pathNames(three).sort()).toEqual([
        ['新南村', '嘉泽镇', '两湖创新区', '湖塘镇'],
        ['新南村', '嘉泽镇', '武进区', '湖塘镇'],
      ]);
      // No 4-hop path exists; the 5-hop ones go round through the district strategy.
      expect(
        await store.findPaths({ from: PLACES.xinnan.id, to: PLACES.hutang.id, maxHops: 4 }),
      ).toHaveLength(2);
      const five = await store.findPaths({ from: PLACES.xinnan.id, to: PLACES.hutang.id, maxHops: 5 });
      five.forEach(expectWellFormed);
      expect(five.map((path) => path.relationships.length)).toEqual([3, 3, 5, 5]);
      expect(pathNames(five.slice(2)).sort()).toEqual([
        ['新南村', '嘉泽镇', '两湖创新区', '“532”发展战略', '武进区', '湖塘镇'],
        ['新南村', '嘉泽镇', '武进区', '“532”发展战略', '两湖创新区', '湖塘镇'],
      ]);
      const limited = await store.findPaths({
        from: PLACES.xinnan.id,
        to: PLACES.hutang.id,
        maxHops: 5,
        limit: 1,
      });
      expect(limited).toHaveLength(1);
      expect(limited[0]!.relationships).toHaveLength(3);
    });

    it('follows only the named types; MENTIONED_IN only when named', async () => {
      const store = await ctx.storeWith(reportJiaze(), newsHutang(), reportWujin());
      const viaProgramme = await store.findPaths({
        from: PLACES.jiaze.id,
        to: PLACES.hutang.id,
        maxHops: 3,
        types: ['PARTICIPATES_IN'],
      });
      expect(pathNames(viaProgramme)).toEqual([['嘉泽镇', '两湖创新区', '湖塘镇']]);
      const byMentions = await store.findPaths({
        from: ENTITIES.mayor.id,
        to: ENTITIES.flowerIndustry.id,
        maxHops: 2,
        types: ['MENTIONED_IN'],
      });
      expect(byMentions).toEqual([]);
      const viaDocument = await store.findPaths({
        from: ENTITIES.strategy532.id,
        to: PLACES.jiaze.id,
        maxHops: 2,
        types: ['MENTIONED_IN'],
      });
      // 嘉泽镇 is mentioned twice in the district report: still one path through it.
      expect(pathNames(viaDocument)).toEqual([['“532”发展战略', '武进区2024年政府工作报告', '嘉泽镇']]);
      const defaultTypes = await store.findPaths({
        from: ENTITIES.mayor.id,
        to: ENTITIES.hutangSchool.id,
        maxHops: 2,
      });
      expect(
        defaultTypes.every((path) => path.relationships.every((rel) => rel.type !== 'MENTIONED_IN')),
      ).toBe(true);
      expect(pathNames(defaultTypes)).toEqual([['张明', '湖塘镇', '湖塘中学']]);
    });

    it('returns no path for unknown or unconnected nodes', async () => {
      const store = await ctx.storeWith(reportJiaze());
      expect(await store.findPaths({ from: PLACES.jiaze.id, to: 'place:000000', maxHops: 3 })).toEqual([]);
      const isolated = await store.findPaths({
        from: ENTITIES.jiazeTarget.id,
        to: PLACES.xinnan.id,
        maxHops: 1,
      });
      expect(isolated).toEqual([]);
    });
  });

  describe('neighbourhood', () => {
    it('depth 1: the node, its direct neighbours either way, no documents, edges among them', async () => {
      const store = await ctx.storeWith(reportJiaze(), newsHutang());
      const sub = await store.neighbourhood(PLACES.jiaze.id, 1);
      expect(sortedNames(sub.nodes)).toEqual(
        [
          '嘉泽镇',
          '武进区',
          '新南村',
          '花木产业园',
          '花木',
          '花木电商中心项目',
          '两湖创新区',
          '地区生产总值达到50亿元',
          '一般公共预算收入3亿元',
        ].sort(),
      );
      const ids = new Set(sub.nodes.map((node) => node.id));
      expect(sub.relationships.every((rel) => ids.has(rel.from) && ids.has(rel.to))).toBe(true);
      expect(sub.relationships.some((rel) => rel.type === 'MENTIONED_IN')).toBe(false);
      // An edge between two neighbours is included, not only edges touching the centre.
      expect(sub.relationships.map((rel) => [rel.type, rel.from, rel.to])).toContainEqual([
        'LOCATED_IN',
        ENTITIES.ecommerceProject.id,
        PLACES.jiaze.id,
      ]);
      expect(sub.relationships).toHaveLength(8);
    });

    it('depth 2 reaches the other town through the district and the programme', async () => {
      const store = await ctx.storeWith(reportJiaze(), newsHutang());
      const sub = await store.neighbourhood(PLACES.jiaze.id, 2);
      const got = names(sub.nodes);
      expect(got).toEqual(expect.arrayContaining(['湖塘镇', '常州市', '常州绿源花木有限公司']));
      expect(got).not.toContain('江苏省');
      expect(got).not.toContain('湖塘中学');
      const hutangEdges = sub.relationships.filter((rel) => rel.from === PLACES.hutang.id);
      expect(hutangEdges.map((rel) => rel.type).sort()).toEqual(['LOCATED_IN', 'PARTICIPATES_IN']);
    });

    it('depth 0 is the node alone; an unknown node is an empty subgraph', async () => {
      const store = await ctx.storeWith(reportJiaze());
      const alone = await store.neighbourhood(PLACES.jiaze.id, 0);
      expect(names(alone.nodes)).toEqual(['嘉泽镇']);
      expect(alone.relationships).toEqual([]);
      expect(await store.neighbourhood('place:000000', 2)).toEqual({ nodes: [], relationships: [] });
    });
  });
}
