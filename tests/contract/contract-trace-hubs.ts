import { relationshipKey } from '../../schema/ids';
import type { GraphRecords, RelationshipRecord } from '../../schema/records';
import type { RelationshipType } from '../../schema/model';
import type { ContractContext } from './contract-context';
import { DocumentBuilder, entity, place } from './fixture-builder';

/**
 * A generated region with hubs: one district over twelve towns, two programmes most towns
 * take part in, villages under the towns, enterprises partnering across towns, and facts
 * stated by two documents (parallel edges). Deterministic, so every store loads the same.
 */
function hubRegion(): GraphRecords[] {
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n;
  };
  const district = place({ code: '329901', name: '枢纽区', kind: 'DISTRICT' });
  const towns = Array.from({ length: 12 }, (_, i) =>
    place({ code: `329901${String(100 + i)}`, name: `枢纽${i}镇`, kind: 'TOWN' }),
  );
  const villages = towns.flatMap((town, t) =>
    Array.from({ length: 2 }, (_, v) =>
      place({
        code: `${town.properties.code as string}${String(200 + v)}`,
        name: `枢纽${t}镇${v}村`,
        kind: 'VILLAGE',
      }),
    ),
  );
  const programmes = ['甲', '乙'].map((name) => entity({ label: 'Programme', name: `枢纽${name}计划` }));
  const enterprises = Array.from({ length: 8 }, (_, i) =>
    entity({ label: 'Enterprise', name: `枢纽${i}公司` }),
  );
  return ['一', '二'].map((round, r) => {
    const doc = new DocumentBuilder({
      text: `枢纽区第${round}份报告`,
      title: `枢纽区报告${round}`,
      source: `hub-region-${r}`,
      publishedAt: `2024-0${r + 1}-01`,
    });
    for (const node of [district, ...towns, ...villages, ...programmes, ...enterprises]) doc.add(node);
    towns.forEach((town, t) => {
      // The second document states only some facts again: parallel edges for those.
      if (r === 0 || t % 3 === 0) doc.relate({ type: 'LOCATED_IN', from: town.id, to: district.id });
      if (next(4) > 0) doc.relate({ type: 'PARTICIPATES_IN', from: town.id, to: programmes[next(2)]!.id });
    });
    villages.forEach((village, v) => {
      if (r === 0) doc.relate({ type: 'LOCATED_IN', from: village.id, to: towns[Math.floor(v / 2)]!.id });
    });
    enterprises.forEach((enterprise) => {
      doc.relate({ type: 'LOCATED_IN', from: enterprise.id, to: villages[next(villages.length)]!.id });
      doc.relate({
        type: 'PARTNERS_WITH',
        from: enterprise.id,
        to: enterprises[next(enterprises.length)]!.id,
      });
    });
    return doc.records();
  });
}

/**
 * The answer by brute force: every simple path of at most maxHops edges over the types,
 * ordered by length then by the node ids along it, cut at `limit`; each hop the edge of
 * smallest key between its two nodes.
 */
function expectedPaths(
  documents: readonly GraphRecords[],
  request: { from: string; to: string; maxHops: number; limit: number; types?: RelationshipType[] },
): { ids: string[]; keys: string[] }[] {
  const allowed = (rel: RelationshipRecord): boolean =>
    request.types ? request.types.includes(rel.type) : rel.type !== 'MENTIONED_IN';
  const best = new Map<string, string>();
  const neighbours = new Map<string, Set<string>>();
  for (const rel of documents.flatMap((doc) => doc.relationships).filter(allowed)) {
    if (rel.from === rel.to) continue;
    const pair = [rel.from, rel.to].sort().join(' ');
    const key = relationshipKey(rel);
    if (!best.has(pair) || key < best.get(pair)!) best.set(pair, key);
    for (const [a, b] of [
      [rel.from, rel.to],
      [rel.to, rel.from],
    ] as const) {
      neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
    }
  }
  const found: string[][] = [];
  const walk = (path: string[]): void => {
    const last = path[path.length - 1]!;
    if (last === request.to) return void found.push([...path]);
    if (path.length > request.maxHops) return;
    for (const next of neighbours.get(last) ?? []) if (!path.includes(next)) walk([...path, next]);
  };
  walk([request.from]);
  const byIds = (a: string[], b: string[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i += 1)
      if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
    return a.length - b.length;
  };
  return found
    .sort((a, b) => a.length - b.length || byIds(a, b))
    .slice(0, request.limit)
    .map((ids) => ({ ids, keys: ids.slice(1).map((id, i) => best.get([ids[i]!, id].sort().join(' '))!) }));
}

export function describeTraceHubs(ctx: ContractContext): void {
  describe('findPaths around hubs', () => {
    it('gives every path of a brute-force enumeration, in its order, for many pairs and bounds', async () => {
      const documents = hubRegion();
      const store = await ctx.storeWith(...documents);
      const code = (suffix: string): string => `place:329901${suffix}`;
      const requests = [
        { from: code('100'), to: code('111'), maxHops: 4, limit: 5 },
        { from: code('100200'), to: code('107201'), maxHops: 5, limit: 8 },
        { from: code('103'), to: code('104201'), maxHops: 3, limit: 20 },
        { from: code('100'), to: code('111201'), maxHops: 5, limit: 12 },
        { from: code('105201'), to: code('110'), maxHops: 4, limit: 3, types: ['LOCATED_IN' as const] },
        { from: code(''), to: code('109200'), maxHops: 6, limit: 6 },
        { from: code('102'), to: code(''), maxHops: 1, limit: 4 },
        { from: code('102'), to: code('106'), maxHops: 2, limit: 4 },
      ];
      let longer = 0;
      for (const request of requests) {
        const expected = expectedPaths(documents, request);
        const paths = await store.findPaths(request);
        expect(paths.map((path) => path.nodes.map((node) => node.id))).toEqual(
          expected.map((path) => path.ids),
        );
        expect(paths.map((path) => path.relationships.map((rel) => rel.key))).toEqual(
          expected.map((path) => path.keys),
        );
        if (new Set(expected.map((path) => path.ids.length)).size > 1) longer += 1;
      }
      // The requests reach past the shortest length, where the stores deepen.
      expect(longer).toBeGreaterThanOrEqual(2);
    });
  });
}
