import { hutangRecords, IDS, jiazeRecords, SENTENCES } from './fixtures';
import { startTestServer, type TestServer } from './harness';

const TOWNS_QUERY = /* GraphQL */ `
  {
    towns {
      name
      district {
        name
      }
      city {
        name
      }
      projects {
        name
      }
      targets {
        metric
        value
        unit
        year
      }
    }
  }
`;

interface Town {
  name: string;
  district: { name: string } | null;
  city: { name: string } | null;
  projects: { name: string }[];
  targets: { metric: string; value: number; unit: string; year: number }[];
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ records: [jiazeRecords(), hutangRecords()] });
});
afterAll(() => server.close());

describe('towns over hand-made records', () => {
  it('answers the frontends’ towns query with districts, cities, projects and goals', async () => {
    const { status, body } = await server.graphql<{ towns: Town[] }>(TOWNS_QUERY);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const towns = body.data?.towns ?? [];
    const byName = new Map(towns.map((town) => [town.name, town]));
    expect([...byName.keys()].sort()).toEqual(['嘉泽镇', '平望镇', '湖塘镇', '郑陆镇'].sort());
    expect(byName.get('嘉泽镇')?.district?.name).toBe('武进区');
    expect(byName.get('湖塘镇')?.district?.name).toBe('武进区');
    expect(byName.get('郑陆镇')?.district?.name).toBe('天宁区');
    expect(byName.get('平望镇')?.district?.name).toBe('吴江区');
    expect(byName.get('嘉泽镇')?.city?.name).toBe('常州市');
    expect(byName.get('平望镇')?.city?.name).toBe('苏州市');
    // Projects directly in the town, in its zone and in its village all count.
    expect(
      byName
        .get('嘉泽镇')
        ?.projects.map((p) => p.name)
        .sort(),
    ).toEqual(['夏溪村道路改造工程', '氢能产业园项目', '花木产业转型项目'].sort());
    expect(byName.get('嘉泽镇')?.targets).toEqual([
      { metric: '工业开票销售', value: 13e9, unit: '元', year: 2024 },
    ]);
  });

  it('adds the goals of what lies under a town when asked', async () => {
    const { body } = await server.graphql<{ node: { own: { name: string }[]; all: { name: string }[] } }>(
      `{ node(id: "${IDS.hutang}") { ... on Place { own: targets { name } all: targets(includeUnder: true) { name } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.node.own).toEqual([]);
    expect(body.data?.node.all).toEqual([{ name: '商业面积5万平方米' }]);
  });

  it('gives a project its town and a goal its value, unit and subject', async () => {
    const { body } = await server.graphql<{
      project: { name: string; status: string; place: { name: string }; zone: { name: string } | null };
      target: {
        value: number;
        unit: string;
        qualifier: string;
        hard: boolean;
        subject: { id: string; name: string };
      };
    }>(`{
      project: node(id: "${IDS.hydrogenProject}") { ... on Project { name status place { name } zone { name } } }
      target: node(id: "${IDS.target}") { ... on Target { value unit qualifier hard subject { id name } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.project).toEqual({
      name: '氢能产业园项目',
      status: 'SIGNED',
      place: { name: '嘉泽镇' },
      zone: { name: '两湖创新区' },
    });
    expect(body.data?.target).toEqual({
      value: 13e9,
      unit: '元',
      qualifier: '力争',
      hard: false,
      subject: { id: IDS.jiaze, name: '嘉泽镇' },
    });
  });

  it('points provenance at the sentence that states the fact', async () => {
    const { body } = await server.graphql<{
      node: {
        provenance: {
          sentence: string;
          start: number;
          end: number;
          rule: string;
          document: { id: string; title: string };
        }[];
        relationships: {
          type: string;
          from: { id: string };
          provenance: { sentence: string; documentId: string };
        }[];
      };
    }>(`{ node(id: "${IDS.target}") { ... on Target {
          provenance { sentence start end rule document { id title } }
          relationships(direction: IN) { type from { id } provenance { sentence documentId } } } } }`);
    expect(body.errors).toBeUndefined();
    const [mention] = body.data?.node.provenance ?? [];
    const text = SENTENCES.jiaze.join('');
    expect(mention?.sentence).toBe('力争全年完成工业开票销售130亿元。');
    expect(text.slice(mention?.start, mention?.end)).toBe('工业开票销售130亿元');
    expect(mention?.document.id).toBe(IDS.docJiaze);
    expect(body.data?.node.relationships).toEqual([
      {
        type: 'TARGETS',
        from: { id: IDS.jiaze },
        provenance: { sentence: '力争全年完成工业开票销售130亿元。', documentId: IDS.docJiaze },
      },
    ]);
  });

  it('answers node and nodes by global id, null where absent', async () => {
    const { body } = await server.graphql<{
      node: { id: string; __typename: string };
      nodes: ({ id: string } | null)[];
    }>(
      `{ node(id: "${IDS.jiaze}") { id __typename } nodes(ids: ["${IDS.enterprise}", "place:000", "${IDS.docJiaze}"]) { id } }`,
    );
    expect(body.data?.node).toEqual({ id: IDS.jiaze, __typename: 'Place' });
    expect(body.data?.nodes).toEqual([{ id: IDS.enterprise }, null, { id: IDS.docJiaze }]);
    const many = Array.from({ length: 101 }, (_, i) => `"place:${i}"`).join(',');
    const tooMany = await server.graphql(`{ nodes(ids: [${many}]) { id } }`);
    expect(tooMany.body).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('reports document quality and the entities a document mentions', async () => {
    const { body } = await server.graphql<{
      node: {
        title: string;
        place: { name: string };
        quality: { flags: string[]; spam: string[] };
        entities: { totalCount: number; edges: { node: { name: string } }[] };
      };
    }>(`{ node(id: "${IDS.docHutang}") { ... on Document { title place { name } quality { flags spam }
          entities(kinds: [PLACE]) { totalCount edges { node { name } } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.node.quality.flags).toContain('SPAM_INJECTED');
    expect(body.data?.node.place).toEqual({ name: '湖塘镇' });
    expect(body.data?.node.entities.totalCount).toBe(2);
    expect(body.data?.node.entities.edges.map((e) => e.node.name).sort()).toEqual(
      ['武进区', '湖塘镇'].sort(),
    );
  });
});
