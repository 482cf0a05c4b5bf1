import { ENTITIES, newsHutang, PLACES, reportJiaze, reportJiazeRevised, reportWujin } from './fixtures';
import { dumpGraph, sortedNames, type ContractContext } from './contract-context';

export function describeWrites(ctx: ContractContext): void {
  describe('loadDocument', () => {
    it('loads a document and reports what it wrote', async () => {
      const store = await ctx.storeWith();
      const records = reportJiaze();
      const result = await store.loadDocument(records);
      expect(result).toEqual({
        documentId: records.documents[0]!.id,
        status: 'loaded',
        replaced: [],
        nodes: records.nodes.length + 1,
        relationships: records.relationships.length,
      });
      const [jiaze, document] = await store.getNodes([PLACES.jiaze.id, records.documents[0]!.id]);
      expect(jiaze).toMatchObject({ label: 'Place', name: '嘉泽镇', properties: { kind: 'TOWN' } });
      expect(jiaze?.documentIds).toEqual([records.documents[0]!.id]);
      expect(document).toMatchObject({ label: 'Document', documentIds: [] });
      expect(document?.properties).toMatchObject({ source: 'reports/jiaze-2024.txt' });
    });

    it('is idempotent: the same document again is unchanged', async () => {
      const store = await ctx.storeWith(reportJiaze(), newsHutang());
      const before = await dumpGraph(store);
      const result = await store.loadDocument(reportJiaze());
      expect(result).toMatchObject({ status: 'unchanged', replaced: [], nodes: 0, relationships: 0 });
      expect(await dumpGraph(store)).toEqual(before);
    });

    it('replaces an older document of the same source in the same load', async () => {
      const old = reportJiaze();
      const store = await ctx.storeWith(old, newsHutang());
      const revised = reportJiazeRevised();
      const result = await store.loadDocument(revised);
      expect(result).toMatchObject({ status: 'replaced', replaced: [old.documents[0]!.id] });
      const [oldDoc, newDoc, indicator, project] = await store.getNodes([
        old.documents[0]!.id,
        revised.documents[0]!.id,
        ENTITIES.jiazeIndicator.id,
        ENTITIES.ecommerceProject.id,
      ]);
      expect(oldDoc).toBeNull();
      expect(newDoc?.label).toBe('Document');
      expect(indicator).toBeNull();
      expect(project?.properties.status).toBe('COMPLETED');
      expect(project?.documentIds).toEqual([revised.documents[0]!.id]);
      const oldEdges = await store.getRelationships({ nodeIds: [PLACES.jiaze.id], direction: 'BOTH' });
      expect(oldEdges.filter((rel) => rel.properties.documentId === old.documents[0]!.id)).toEqual([]);
      const counts = await store.countByLabel();
      expect(counts.Document).toBe(2);
      expect(counts.Indicator).toBe(0);
    });

    it('merges a node shared by documents: aliases, properties and documentIds', async () => {
      const jiaze = reportJiaze();
      const news = newsHutang();
      const programme = news.nodes.find((node) => node.id === ENTITIES.lianghu.id)!;
      programme.aliases = ['两湖', '两湖片区'];
      programme.properties = { level: null, since: 2023 };
      const store = await ctx.storeWith(jiaze, news);
      const [merged] = await store.getNodes([ENTITIES.lianghu.id]);
      expect(merged?.aliases.sort()).toEqual(['两湖', '两湖片区']);
      expect(merged?.properties).toEqual({ level: 'CITY', since: 2023 });
      expect(merged?.documentIds.sort()).toEqual([jiaze.documents[0]!.id, news.documents[0]!.id].sort());
    });

    it('keeps one edge per mention, so a node mentioned twice has two MENTIONED_IN edges', async () => {
      const wujin = reportWujin();
      const store = await ctx.storeWith(wujin);
      const mentions = await store.getRelationships({
        nodeIds: [PLACES.jiaze.id],
        direction: 'OUT',
        types: ['MENTIONED_IN'],
      });
      expect(mentions).toHaveLength(2);
      expect(new Set(mentions.map((rel) => rel.key)).size).toBe(2);
      expect(mentions.every((rel) => rel.to === wujin.documents[0]!.id)).toBe(true);
    });
  });

  describe('deleteDocument', () => {
    it('removes the document, its edges and the entities only it mentioned, keeping shared ones', async () => {
      const jiaze = reportJiaze();
      const news = newsHutang();
      const store = await ctx.storeWith(jiaze, news);
      const result = await store.deleteDocument(jiaze.documents[0]!.id);
      expect(result).toMatchObject({ documentId: jiaze.documents[0]!.id, deleted: true });
      // 嘉泽镇's entities other than 武进区 and 两湖创新区 (mentioned by the news too) are gone.
      expect(result.removedNodes).toBe(jiaze.nodes.length - 2);
      const { nodes } = await store.findNodes({ filter: {} });
      const expected = [news.documents[0]!, ...news.nodes];
      expect(sortedNames(nodes)).toEqual(expected.map((node) => node.name).sort());
      const [wujin, lianghu] = await store.getNodes([PLACES.wujin.id, ENTITIES.lianghu.id]);
      expect(wujin?.documentIds).toEqual([news.documents[0]!.id]);
      expect(lianghu?.documentIds).toEqual([news.documents[0]!.id]);
      const edges = await store.getRelationships({
        nodeIds: nodes.map((node) => node.id),
        direction: 'BOTH',
      });
      expect(edges).toHaveLength(news.relationships.length);
      expect(result.removedRelationships).toBe(jiaze.relationships.length);
    });

    it('leaves no dangling edges and keeps entities other documents still mention', async () => {
      const jiaze = reportJiaze();
      const wujin = reportWujin();
      const store = await ctx.storeWith(jiaze, newsHutang(), wujin);
      await store.deleteDocument(wujin.documents[0]!.id);
      const [strategy, jiazeTown] = await store.getNodes([ENTITIES.strategy532.id, PLACES.jiaze.id]);
      expect(strategy).toBeNull();
      expect(jiazeTown?.documentIds).toEqual([jiaze.documents[0]!.id]);
      const lianghuEdges = await store.getRelationships({ nodeIds: [ENTITIES.lianghu.id], direction: 'OUT' });
      expect(lianghuEdges.some((rel) => rel.type === 'PART_OF')).toBe(false);
      const { nodes } = await store.findNodes({ filter: {} });
      const ids = new Set(nodes.map((node) => node.id));
      const edges = await store.getRelationships({ nodeIds: [...ids], direction: 'BOTH' });
      expect(edges.every((rel) => ids.has(rel.from) && ids.has(rel.to))).toBe(true);
    });

    it('removes the edges an orphaned entity leaves, even when another document stated them', async () => {
      const jiaze = reportJiaze();
      const news = newsHutang();
      // The news links its enterprise to one that only the report mentions.
      news.relationships.push({
        ...news.relationships.find((rel) => rel.type === 'PARTNERS_WITH')!,
        to: ENTITIES.lvyuan.id,
      });
      const store = await ctx.storeWith(jiaze, news);
      const result = await store.deleteDocument(jiaze.documents[0]!.id);
      expect(result.removedRelationships).toBe(jiaze.relationships.length + 1);
      const [lvyuan, textile] = await store.getNodes([ENTITIES.lvyuan.id, ENTITIES.textile.id]);
      expect(lvyuan).toBeNull();
      expect(textile?.documentIds).toEqual([news.documents[0]!.id]);
      const partners = await store.getRelationships({
        nodeIds: [ENTITIES.textile.id],
        direction: 'OUT',
        types: ['PARTNERS_WITH'],
      });
      expect(partners.map((rel) => rel.to)).toEqual([ENTITIES.hutangSchool.id]);
    });

    it('reports an unknown document as not deleted and changes nothing', async () => {
      const store = await ctx.storeWith(reportJiaze());
      const before = await dumpGraph(store);
      const result = await store.deleteDocument('doc:ffffffffffffffff');
      expect(result).toEqual({
        documentId: 'doc:ffffffffffffffff',
        deleted: false,
        removedNodes: 0,
        removedRelationships: 0,
      });
      expect(await dumpGraph(store)).toEqual(before);
    });

    it('can load a document again after deleting it', async () => {
      const store = await ctx.storeWith(reportJiaze());
      const before = await dumpGraph(store);
      await store.deleteDocument(reportJiaze().documents[0]!.id);
      expect((await store.countByLabel()).Place).toBe(0);
      await expect(store.loadDocument(reportJiaze())).resolves.toMatchObject({ status: 'loaded' });
      expect(await dumpGraph(store)).toEqual(before);
    });
  });
}
