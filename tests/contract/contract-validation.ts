import type { GraphRecords } from '../../schema/records';
import { ENTITIES, newsHutang, PLACES, reportJiaze, reportJiazeRevised } from './fixtures';
import { dumpGraph, type ContractContext } from './contract-context';

export function describeValidation(ctx: ContractContext): void {
  describe('loadDocument with invalid records', () => {
    const cases: [string, () => GraphRecords, RegExp][] = [
      [
        'a relationship to a node that exists nowhere',
        () => {
          const records = reportJiaze();
          records.relationships.push({
            ...records.relationships[0]!,
            type: 'LOCATED_IN',
            to: 'place:999999',
          });
          return records;
        },
        /place:999999/,
      ],
      [
        'an unknown label',
        () => {
          const records = reportJiaze();
          (records.nodes[0] as { label: string }).label = 'Village';
          return records;
        },
        /Village/,
      ],
      [
        'an unknown relationship type',
        () => {
          const records = reportJiaze();
          (records.relationships[0] as { type: string }).type = 'NEAR';
          return records;
        },
        /NEAR/,
      ],
      [
        'two Document nodes',
        () => {
          const records = reportJiaze();
          records.documents.push({ ...records.documents[0]!, id: 'doc:0000000000000000' });
          return records;
        },
        /one Document/,
      ],
      [
        'a nested property value',
        () => {
          const records = reportJiaze();
          (records.nodes[0]!.properties as Record<string, unknown>).extra = { nested: true };
          return records;
        },
        /extra/,
      ],
      [
        'a relationship whose provenance names another document',
        () => {
          const records = reportJiaze();
          records.relationships[3]!.properties.documentId = 'doc:0000000000000000';
          return records;
        },
        /doc:0000000000000000/,
      ],
      [
        'a mention that points to another node than its document',
        () => {
          const records = reportJiaze();
          const mention = records.relationships.find((rel) => rel.type === 'MENTIONED_IN')!;
          mention.to = PLACES.wujin.id;
          return records;
        },
        /MENTIONED_IN/,
      ],
      [
        'one id with two labels',
        () => {
          const records = reportJiaze();
          records.nodes.push({ ...records.nodes[0]!, label: 'Zone' });
          return records;
        },
        /Place.*Zone|Zone.*Place/,
      ],
      [
        'a node without a name',
        () => {
          const records = reportJiaze();
          delete (records.nodes[2] as { name?: string }).name;
          return records;
        },
        /name/,
      ],
    ];

    it.each(cases)(
      'rejects %s, names the document and leaves the graph as it was',
      async (_what, make, problem) => {
        const store = await ctx.storeWith(newsHutang());
        const before = await dumpGraph(store);
        const records = make();
        const rejection = store.loadDocument(records);
        await expect(rejection).rejects.toThrow(problem);
        await expect(rejection).rejects.toThrow(records.documents[0]!.id);
        await expect(rejection).rejects.toMatchObject({ code: 'BAD_DOCUMENT' });
        expect(await dumpGraph(store)).toEqual(before);
      },
    );

    it('rejects a node whose label differs from the stored node of the same id', async () => {
      const store = await ctx.storeWith(reportJiaze());
      const news = newsHutang();
      news.nodes.find((node) => node.id === PLACES.wujin.id)!.label = 'Zone';
      const before = await dumpGraph(store);
      await expect(store.loadDocument(news)).rejects.toThrow(/Place.*Zone|Zone.*Place/);
      expect(await dumpGraph(store)).toEqual(before);
    });

    it('rejects a relationship whose endpoint only a replaced document held', async () => {
      const store = await ctx.storeWith(reportJiaze());
      const revised = reportJiazeRevised();
      // The revision drops the indicator but a stray edge still points at it.
      revised.relationships.push({
        ...revised.relationships.find((rel) => rel.type === 'TARGETS')!,
        type: 'REPORTS',
        to: ENTITIES.jiazeIndicator.id,
      });
      const before = await dumpGraph(store);
      await expect(store.loadDocument(revised)).rejects.toThrow(ENTITIES.jiazeIndicator.id);
      expect(await dumpGraph(store)).toEqual(before);
    });

    it('accepts an endpoint that is already in the graph though not in the records', async () => {
      const store = await ctx.storeWith(reportJiaze());
      const valid = newsHutang();
      valid.relationships.push({
        ...valid.relationships[0]!,
        type: 'LOCATED_IN',
        from: PLACES.hutang.id,
        to: PLACES.changzhou.id,
      });
      await expect(store.loadDocument(valid)).resolves.toMatchObject({ status: 'loaded' });
      const out = await store.getRelationships({
        nodeIds: [PLACES.hutang.id],
        direction: 'OUT',
        types: ['LOCATED_IN'],
      });
      expect(out.map((rel) => rel.to).sort()).toEqual([PLACES.changzhou.id, PLACES.wujin.id].sort());
    });
  });
}
