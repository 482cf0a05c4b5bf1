import { NODE_LABELS } from '../../schema/model';
import { ENTITIES, newsHutang, PLACES, reportJiaze, reportWujin } from './fixtures';
import { names, sortedNames, type ContractContext } from './contract-context';

export function describeReads(ctx: ContractContext): void {
  const all = () => ctx.storeWith(reportJiaze(), newsHutang(), reportWujin());

  describe('getNodes', () => {
    it('returns nodes in the order asked, null where absent', async () => {
      const store = await all();
      const nodes = await store.getNodes([
        PLACES.hutang.id,
        'place:000000',
        PLACES.jiaze.id,
        PLACES.hutang.id,
      ]);
      expect(names(nodes)).toEqual(['湖塘镇', null, '嘉泽镇', '湖塘镇']);
      expect(await store.getNodes([])).toEqual([]);
    });
  });

  describe('findNodes filters', () => {
    it('filters by label', async () => {
      const store = await all();
      const page = await store.findNodes({ filter: { label: 'Programme' } });
      expect(sortedNames(page.nodes)).toEqual(['“532”发展战略', '两湖创新区'].sort());
      expect(page.totalCount).toBe(2);
    });

    it('filters by ids, ignoring unknown ones', async () => {
      const store = await all();
      const page = await store.findNodes({
        filter: { ids: [PLACES.jiaze.id, 'zone:missing', ENTITIES.mayor.id] },
      });
      expect(sortedNames(page.nodes)).toEqual(['嘉泽镇', '张明'].sort());
    });

    it('filters by a substring of the name or of an alias', async () => {
      const store = await all();
      const byName = await store.findNodes({ filter: { nameContains: '湖塘', label: 'Enterprise' } });
      expect(names(byName.nodes)).toEqual(['常州湖塘纺织有限公司']);
      const byAlias = await store.findNodes({ filter: { nameContains: '之乡' } });
      expect(names(byAlias.nodes)).toEqual(['嘉泽镇']);
    });

    it('finds everything located under a place at any depth, and the place itself', async () => {
      const store = await all();
      const underWujin = await store.findNodes({ filter: { underPlaceId: PLACES.wujin.id } });
      expect(sortedNames(underWujin.nodes)).toEqual(
        [
          '武进区',
          '嘉泽镇',
          '湖塘镇',
          '新南村',
          '花木产业园',
          '花木电商中心项目',
          '常州绿源花木有限公司',
          '湖塘片区',
          '湖塘科创中心',
          '湖塘中学',
        ].sort(),
      );
      const projects = await store.findNodes({
        filter: { underPlaceId: PLACES.jiangsu.id, label: 'Project' },
      });
      expect(sortedNames(projects.nodes)).toEqual(['湖塘科创中心', '花木电商中心项目'].sort());
      const underJiaze = await store.findNodes({
        filter: { underPlaceId: PLACES.jiaze.id, label: 'Project' },
      });
      expect(names(underJiaze.nodes)).toEqual(['花木电商中心项目']);
      const missing = await store.findNodes({ filter: { underPlaceId: 'place:000000' } });
      expect(missing).toEqual({ nodes: [], totalCount: 0 });
    });

    it('filters by property equality', async () => {
      const store = await all();
      const towns = await store.findNodes({ filter: { properties: { kind: 'TOWN' } } });
      expect(sortedNames(towns.nodes)).toEqual(['嘉泽镇', '湖塘镇'].sort());
      const done = await store.findNodes({
        filter: { label: 'Project', properties: { status: 'COMPLETED' } },
      });
      expect(names(done.nodes)).toEqual(['湖塘科创中心']);
      const targets2025 = await store.findNodes({ filter: { label: 'Target', properties: { year: 2025 } } });
      expect(sortedNames(targets2025.nodes)).toEqual(['地区生产总值达到50亿元', '地区生产总值增长6%'].sort());
      const none = await store.findNodes({ filter: { properties: { year: '2025' } } });
      expect(none.totalCount).toBe(0);
    });

    it('filters by a relationship to a node (outgoing from the listed node)', async () => {
      const store = await all();
      const participants = await store.findNodes({
        filter: { relatedTo: { type: 'PARTICIPATES_IN', id: ENTITIES.lianghu.id } },
      });
      expect(sortedNames(participants.nodes)).toEqual(['嘉泽镇', '湖塘镇'].sort());
      const operated = await store.findNodes({
        filter: { relatedTo: { type: 'OPERATED_BY', id: ENTITIES.lvyuan.id } },
      });
      expect(names(operated.nodes)).toEqual(['花木电商中心项目']);
      const reverse = await store.findNodes({
        filter: { relatedTo: { type: 'OPERATED_BY', id: ENTITIES.ecommerceProject.id } },
      });
      expect(reverse.totalCount).toBe(0);
    });

    it('filters by the document that mentions a node', async () => {
      const wujin = reportWujin();
      const store = await ctx.storeWith(reportJiaze(), newsHutang(), wujin);
      const page = await store.findNodes({ filter: { documentId: wujin.documents[0]!.id } });
      expect(sortedNames(page.nodes)).toEqual(wujin.nodes.map((node) => node.name).sort());
      expect(page.totalCount).toBe(wujin.nodes.length);
    });

    it('combines filters: all must hold', async () => {
      const store = await all();
      const page = await store.findNodes({
        filter: {
          label: 'Place',
          underPlaceId: PLACES.wujin.id,
          nameContains: '湖',
          properties: { kind: 'TOWN' },
        },
      });
      expect(names(page.nodes)).toEqual(['湖塘镇']);
    });
  });

  describe('findNodes sorting and paging', () => {
    it('sorts by a property, missing values last, ties on id', async () => {
      const store = await all();
      const page = await store.findNodes({
        filter: { label: 'Target' },
        sort: [{ field: 'year', direction: 'DESC' }],
      });
      expect(page.nodes.map((node) => node.properties.year)).toEqual([2026, 2025, 2025]);
      const ties = page.nodes.slice(1).map((node) => node.id);
      expect(ties).toEqual([...ties].sort());
      const byInvestment = await store.findNodes({
        filter: { underPlaceId: PLACES.wujin.id },
        sort: [{ field: 'investment', direction: 'ASC' }],
      });
      expect(names(byInvestment.nodes).slice(0, 2)).toEqual(['湖塘科创中心', '花木电商中心项目']);
      const rest = byInvestment.nodes.slice(2).map((node) => node.id);
      expect(rest).toEqual([...rest].sort());
    });

    it('sorts by name and by id in both directions', async () => {
      const store = await all();
      const asc = await store.findNodes({
        filter: { label: 'Place' },
        sort: [{ field: 'name', direction: 'ASC' }],
      });
      const names_ = names(asc.nodes) as string[];
      expect(names_).toEqual([...names_].sort());
      const desc = await store.findNodes({
        filter: { label: 'Place' },
        sort: [{ field: 'id', direction: 'DESC' }],
      });
      const ids = desc.nodes.map((node) => node.id);
      expect(ids).toEqual([...ids].sort().reverse());
    });

    it('pages with offset and limit, keeping totalCount, without overlap or gaps', async () => {
      const store = await all();
      const whole = await store.findNodes({ filter: {}, sort: [{ field: 'name', direction: 'ASC' }] });
      const seen: string[] = [];
      for (let offset = 0; offset < whole.totalCount; offset += 4) {
        const page = await store.findNodes({
          filter: {},
          sort: [{ field: 'name', direction: 'ASC' }],
          offset,
          limit: 4,
        });
        expect(page.totalCount).toBe(whole.totalCount);
        expect(page.nodes.length).toBe(Math.min(4, whole.totalCount - offset));
        seen.push(...page.nodes.map((node) => node.id));
      }
      expect(seen).toEqual(whole.nodes.map((node) => node.id));
      const past = await store.findNodes({ filter: {}, offset: whole.totalCount + 5, limit: 3 });
      expect(past).toEqual({ nodes: [], totalCount: whole.totalCount });
    });
  });

  describe('getRelationships', () => {
    it('returns edges by direction and type, each once, for many nodes in one call', async () => {
      const store = await all();
      const out = await store.getRelationships({
        nodeIds: [PLACES.jiaze.id],
        direction: 'OUT',
        types: ['LOCATED_IN'],
      });
      // Two documents state 嘉泽镇 LOCATED_IN 武进区: one edge each, so each keeps its evidence.
      expect(out.map((rel) => rel.to)).toEqual([PLACES.wujin.id, PLACES.wujin.id]);
      expect(new Set(out.map((rel) => rel.properties.documentId)).size).toBe(2);
      const inbound = await store.getRelationships({
        nodeIds: [PLACES.jiaze.id],
        direction: 'IN',
        types: ['LOCATED_IN'],
      });
      expect(inbound.map((rel) => rel.from).sort()).toEqual(
        [PLACES.xinnan.id, ENTITIES.flowerPark.id, ENTITIES.ecommerceProject.id].sort(),
      );
      const both = await store.getRelationships({
        nodeIds: [ENTITIES.ecommerceProject.id, ENTITIES.lvyuan.id],
        direction: 'BOTH',
        types: ['OPERATED_BY'],
      });
      expect(both).toHaveLength(1);
      expect(both[0]).toMatchObject({
        type: 'OPERATED_BY',
        from: ENTITIES.ecommerceProject.id,
        to: ENTITIES.lvyuan.id,
      });
      expect(both[0]?.properties).toMatchObject({ rule: 'fixture.operated_by', confidence: 0.9 });
      expect(typeof both[0]?.key).toBe('string');
    });

    it('returns every type when none is named, MENTIONED_IN included', async () => {
      const store = await ctx.storeWith(reportJiaze());
      const edges = await store.getRelationships({ nodeIds: [ENTITIES.lvyuan.id], direction: 'BOTH' });
      expect(edges.map((rel) => rel.type).sort()).toEqual(['LOCATED_IN', 'MENTIONED_IN', 'OPERATED_BY']);
      expect(await store.getRelationships({ nodeIds: ['zone:missing'], direction: 'BOTH' })).toEqual([]);
    });
  });

  describe('search', () => {
    it('ranks exact name > exact alias > prefix > substring, shorter names first among equals', async () => {
      const store = await all();
      const hits = await store.search({ text: '花木' });
      expect(names(hits.map((hit) => hit.node))).toEqual([
        '花木',
        '花木产业园',
        '嘉泽镇',
        '花木电商中心项目',
        '常州绿源花木有限公司',
      ]);
      const scores = hits.map((hit) => hit.score);
      expect(scores[0]).toBeGreaterThan(scores[1]!);
      expect(scores[1]).toBeGreaterThan(scores[2]!);
      expect(scores[2]).toBe(scores[3]);
      expect(scores[3]).toBeGreaterThan(scores[4]!);
      const aliases = await store.search({ text: '湖塘' });
      expect(names(aliases.map((hit) => hit.node)).slice(0, 2)).toEqual(['湖塘镇', '湖塘片区']);
    });

    it('filters by labels and honours the limit', async () => {
      const store = await all();
      const places = await store.search({ text: '湖塘', labels: ['Place', 'Institution'] });
      expect(names(places.map((hit) => hit.node))).toEqual(['湖塘镇', '湖塘中学']);
      const one = await store.search({ text: '湖塘', limit: 1 });
      expect(names(one.map((hit) => hit.node))).toEqual(['湖塘镇']);
      expect(await store.search({ text: '上海' })).toEqual([]);
    });
  });

  describe('countByLabel', () => {
    it('counts every label, with 0 for labels not present', async () => {
      const empty = await ctx.storeWith();
      const zero = await empty.countByLabel();
      expect(Object.keys(zero).sort()).toEqual([...NODE_LABELS].sort());
      expect(Object.values(zero).every((count) => count === 0)).toBe(true);
      const store = await all();
      const counts = await store.countByLabel();
      expect(counts).toMatchObject({
        Document: 3,
        Place: 6,
        Programme: 2,
        Project: 2,
        Enterprise: 2,
        Target: 3,
        Indicator: 1,
      });
      expect(counts.Industry).toBe(1);
    });
  });
}
