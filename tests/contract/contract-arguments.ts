import { ENTITIES, newsHutang, PLACES, reportJiaze } from './fixtures';
import { names, type ContractContext } from './contract-context';

const BAD_REQUEST = { code: 'BAD_REQUEST' };

export function describeArguments(ctx: ContractContext): void {
  describe('search text', () => {
    it('matches Latin letters without regard to case', async () => {
      const store = await ctx.storeWith(reportJiaze());
      const prefix = await store.search({ text: 'lvyuan' });
      expect(names(prefix.map((hit) => hit.node))).toEqual(['常州绿源花木有限公司']);
      const exact = await store.search({ text: 'LVYUAN FLOWERS' });
      expect(exact).toHaveLength(1);
      expect(exact[0]!.score).toBeGreaterThan(prefix[0]!.score);
    });

    it('ignores surrounding spaces and finds nothing for blank text', async () => {
      const store = await ctx.storeWith(reportJiaze());
      const hits = await store.search({ text: '  嘉泽镇 ' });
      expect(names(hits.map((hit) => hit.node))[0]).toBe('嘉泽镇');
      expect(await store.search({ text: '   ' })).toEqual([]);
    });
  });

  describe('arguments out of range', () => {
    it('rejects a negative offset or limit with BAD_REQUEST', async () => {
      const store = await ctx.storeWith(reportJiaze());
      await expect(store.findNodes({ filter: {}, offset: -1 })).rejects.toMatchObject(BAD_REQUEST);
      await expect(store.findNodes({ filter: {}, limit: -5 })).rejects.toMatchObject(BAD_REQUEST);
      await expect(store.findNodes({ filter: {}, limit: 0 })).resolves.toMatchObject({ nodes: [] });
    });

    it('rejects maxHops below 1 and a negative depth with BAD_REQUEST', async () => {
      const store = await ctx.storeWith(reportJiaze(), newsHutang());
      const path = { from: PLACES.jiaze.id, to: PLACES.hutang.id };
      await expect(store.findPaths({ ...path, maxHops: 0 })).rejects.toMatchObject(BAD_REQUEST);
      await expect(store.neighbourhood(ENTITIES.lvyuan.id, -1)).rejects.toMatchObject(BAD_REQUEST);
    });
  });
}
