import { hutangRecords, IDS, jiazeRecords } from './fixtures';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ records: [jiazeRecords(), hutangRecords()] });
});
afterAll(() => server.close());

describe('search, trace, neighbourhood, shared, stats', () => {
  it('finds 嘉泽镇 first when searching 嘉泽', async () => {
    const { body } = await server.graphql<{
      search: { score: number; node: { id: string; name: string } }[];
    }>(`{ search(text: "嘉泽") { score node { id ... on Entity { name } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.search[0]?.node.id).toBe(IDS.jiaze);
    const scores = body.data?.search.map((hit) => hit.score) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('restricts search to the asked kinds', async () => {
    const { body } = await server.graphql<{ search: { node: { __typename: string } }[] }>(
      `{ search(text: "花木", kinds: [ENTERPRISE]) { node { __typename } } }`,
    );
    expect(body.data?.search.length).toBeGreaterThan(0);
    expect(body.data?.search.every((hit) => hit.node.__typename === 'Enterprise')).toBe(true);
  });

  it('traces paths between two towns, each step with its evidence', async () => {
    const { body } = await server.graphql<{
      trace: {
        length: number;
        nodes: { id: string }[];
        relationships: { type: string; provenance: { sentence: string } }[];
      }[];
    }>(`{ trace(from: "${IDS.jiaze}", to: "${IDS.hutang}", maxHops: 3) {
          length nodes { id } relationships { type provenance { sentence } } } }`);
    expect(body.errors).toBeUndefined();
    const paths = body.data?.trace ?? [];
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0]?.length).toBe(2);
    for (const path of paths) {
      expect(path.nodes[0]?.id).toBe(IDS.jiaze);
      expect(path.nodes[path.nodes.length - 1]?.id).toBe(IDS.hutang);
      expect(path.relationships).toHaveLength(path.length);
      expect(
        path.relationships.every((rel) => rel.type !== 'MENTIONED_IN' && rel.provenance.sentence.length > 0),
      ).toBe(true);
    }
    const lengths = paths.map((path) => path.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('refuses a trace longer than the hop limit, and an unknown node', async () => {
    const long = await server.graphql(
      `{ trace(from: "${IDS.jiaze}", to: "${IDS.hutang}", maxHops: 50) { length } }`,
    );
    expect(long.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const unknown = await server.graphql(`{ trace(from: "place:nowhere", to: "${IDS.hutang}") { length } }`);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('gives the neighbourhood of a node without its mentions', async () => {
    const { body } = await server.graphql<{
      neighbourhood: {
        centre: { id: string };
        nodes: { id: string; __typename: string }[];
        relationships: { type: string }[];
      };
    }>(
      `{ neighbourhood(id: "${IDS.enterprise}", depth: 1) { centre { id } nodes { id __typename } relationships { type } } }`,
    );
    expect(body.errors).toBeUndefined();
    const ids = body.data?.neighbourhood.nodes.map((node) => node.id) ?? [];
    expect(body.data?.neighbourhood.centre.id).toBe(IDS.enterprise);
    expect(ids).toEqual(expect.arrayContaining([IDS.enterprise, IDS.flowerProject, IDS.jiaze, IDS.hutang]));
    expect(body.data?.neighbourhood.nodes.some((node) => node.__typename === 'Document')).toBe(false);
    expect(body.data?.neighbourhood.relationships.some((rel) => rel.type === 'MENTIONED_IN')).toBe(false);
  });

  it('says what two towns share and their nearest common ancestor', async () => {
    const { body } = await server.graphql<{
      same: Record<string, { name: string }[]> & { commonAncestor: { name: string } };
      far: { programmes: unknown[]; commonAncestor: { name: string } };
    }>(`{
      same: shared(a: "${IDS.jiaze}", b: "${IDS.hutang}") {
        programmes { name } enterprises { name } industries { name } zones { name } commonAncestor { name } }
      far: shared(a: "${IDS.jiaze}", b: "${IDS.pingwang}") { programmes { name } commonAncestor { name } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.same.programmes).toEqual([{ name: '“532”发展战略' }]);
    expect(body.data?.same.enterprises).toEqual([{ name: '天合花木有限公司' }]);
    expect(body.data?.same.industries).toEqual([{ name: '花木' }]);
    expect(body.data?.same.zones).toEqual([{ name: '两湖创新区' }]);
    expect(body.data?.same.commonAncestor).toEqual({ name: '武进区' });
    expect(body.data?.far.programmes).toEqual([]);
    expect(body.data?.far.commonAncestor).toEqual({ name: '江苏省' });
  });

  it('counts nodes per kind and per town', async () => {
    const { body } = await server.graphql<{
      stats: {
        total: number;
        kinds: { kind: string; count: number }[];
        places: { place: { name: string }; counts: { kind: string; count: number }[] }[];
      };
    }>(`{ stats { total kinds { kind count } places { place { name } counts { kind count } } } }`);
    expect(body.errors).toBeUndefined();
    const kinds = new Map(body.data?.stats.kinds.map((k) => [k.kind, k.count]));
    expect(kinds.get('PLACE')).toBe(11);
    expect(kinds.get('PROJECT')).toBe(4);
    expect(kinds.get('DOCUMENT')).toBe(2);
    expect(body.data?.stats.total).toBe([...kinds.values()].reduce((a, b) => a + b, 0));
    const jiaze = body.data?.stats.places.find((p) => p.place.name === '嘉泽镇');
    const counts = new Map(jiaze?.counts.map((c) => [c.kind, c.count]));
    expect(counts.get('PROJECT')).toBe(3);
    expect(counts.get('TARGET')).toBe(1);
    expect(counts.get('PLACE')).toBe(1);
    expect(counts.get('DOCUMENT')).toBe(2);
    const pingwang = body.data?.stats.places.find((p) => p.place.name === '平望镇');
    expect(pingwang?.counts.find((c) => c.kind === 'DOCUMENT')?.count).toBe(1);
    expect(body.data?.stats.places.map((p) => p.place.name).sort()).toEqual(
      ['嘉泽镇', '平望镇', '湖塘镇', '郑陆镇'].sort(),
    );
  });
});
