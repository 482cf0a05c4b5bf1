import { hutangRecords, IDS, jiazeRecords } from './fixtures';
import { startTestServer, type TestServer } from './harness';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { name: string } }[];
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ records: [jiazeRecords(), hutangRecords()] });
});
afterAll(() => server.close());

async function page(query: string): Promise<Page> {
  const { body } = await server.graphql<{ list: Page }>(query);
  expect(body.errors).toBeUndefined();
  return body.data?.list as Page;
}

const FIELDS = 'totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { name } }';

describe('connections', () => {
  it('pages with first and after, counting the whole listing', async () => {
    const first = await page(`{ list: places(filter: { kind: TOWN }, first: 3) { ${FIELDS} } }`);
    expect(first.totalCount).toBe(4);
    expect(first.edges).toHaveLength(3);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await page(
      `{ list: places(filter: { kind: TOWN }, first: 3, after: "${first.pageInfo.endCursor}") { ${FIELDS} } }`,
    );
    expect(second.edges).toHaveLength(1);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const names = [...first.edges, ...second.edges].map((edge) => edge.node.name);
    expect(new Set(names).size).toBe(4);
  });

  it('sorts by the asked field and direction', async () => {
    const asc = await page(`{ list: targets(sort: [{ field: VALUE }]) { ${FIELDS} } }`);
    const desc = await page(
      `{ list: places(filter: { kind: TOWN }, sort: [{ field: NAME, direction: DESC }]) { ${FIELDS} } }`,
    );
    expect(asc.edges.map((e) => e.node.name)).toEqual(['商业面积5万平方米', '工业开票销售130亿元']);
    const names = desc.edges.map((e) => e.node.name);
    expect(names).toEqual([...names].sort().reverse());
  });

  it('refuses a page larger than the limit and a cursor it did not issue', async () => {
    const big = await server.graphql(`{ places(first: 101) { totalCount } }`);
    expect(big.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const forged = await server.graphql(`{ places(after: "not-a-cursor") { totalCount } }`);
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});

describe('filters', () => {
  it('takes a place filter to include everything under the place', async () => {
    const projects = await page(`{ list: projects(filter: { place: "${IDS.wujin}" }) { ${FIELDS} } }`);
    // In the district: one project in a town, one in a zone, one in a village, one in 湖塘镇.
    expect(projects.edges.map((e) => e.node.name).sort()).toEqual(
      ['夏溪村道路改造工程', '氢能产业园项目', '湖塘商贸中心项目', '花木产业转型项目'].sort(),
    );
    const tianning = await page(`{ list: projects(filter: { place: "${IDS.tianning}" }) { ${FIELDS} } }`);
    expect(tianning.totalCount).toBe(0);
    const places = await page(
      `{ list: places(filter: { place: "${IDS.changzhou}", kind: TOWN }) { ${FIELDS} } }`,
    );
    expect(places.edges.map((e) => e.node.name).sort()).toEqual(['嘉泽镇', '湖塘镇', '郑陆镇'].sort());
  });

  it('filters projects by status and programme, goals by year and metric', async () => {
    const started = await page(`{ list: projects(filter: { status: STARTED }) { ${FIELDS} } }`);
    expect(started.edges.map((e) => e.node.name)).toEqual(['花木产业转型项目']);
    const inProgramme = await page(
      `{ list: projects(filter: { programme: "${IDS.programme}" }) { ${FIELDS} } }`,
    );
    expect(inProgramme.edges.map((e) => e.node.name)).toEqual(['花木产业转型项目']);
    const byYear = await page(
      `{ list: targets(filter: { year: 2024, place: "${IDS.changzhou}" }) { ${FIELDS} } }`,
    );
    // The city's goals include those of its towns and of the projects in them.
    expect(byYear.totalCount).toBe(2);
    const hutang = await page(`{ list: targets(filter: { place: "${IDS.hutang}" }) { ${FIELDS} } }`);
    expect(hutang.edges.map((e) => e.node.name)).toEqual(['商业面积5万平方米']);
    const otherYear = await page(`{ list: targets(filter: { year: 2030 }) { ${FIELDS} } }`);
    expect(otherYear.totalCount).toBe(0);
    const byMetric = await page(`{ list: indicators(filter: { metric: "工业总产值" }) { ${FIELDS} } }`);
    expect(byMetric.edges.map((e) => e.node.name)).toEqual(['工业总产值120亿元']);
  });

  it('lists programmes and people of a place and documents mentioning an entity', async () => {
    const programmes = await page(`{ list: programmes(filter: { place: "${IDS.wujin}" }) { ${FIELDS} } }`);
    expect(programmes.edges.map((e) => e.node.name)).toEqual(['“532”发展战略']);
    const people = await page(`{ list: people(filter: { place: "${IDS.changzhou}" }) { ${FIELDS} } }`);
    expect(people.edges.map((e) => e.node.name)).toEqual(['贺军']);
    const { body } = await server.graphql<{ documents: { totalCount: number } }>(
      `{ documents(filter: { mentions: "${IDS.enterprise}" }) { totalCount } }`,
    );
    expect(body.data?.documents.totalCount).toBe(2);
  });

  it('pages the connections of a place', async () => {
    const { body } = await server.graphql<{
      node: {
        projectsConnection: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: unknown[] };
        children: { edges: { node: { name: string } }[] };
      };
    }>(`{ node(id: "${IDS.jiaze}") { ... on Place {
          projectsConnection(first: 2) { totalCount pageInfo { hasNextPage } edges { node { name } } }
          children(kind: VILLAGE) { edges { node { name } } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.node.projectsConnection.totalCount).toBe(3);
    expect(body.data?.node.projectsConnection.edges).toHaveLength(2);
    expect(body.data?.node.projectsConnection.pageInfo.hasNextPage).toBe(true);
    expect(body.data?.node.children.edges.map((e) => e.node.name)).toEqual(['夏溪村']);
  });
});
