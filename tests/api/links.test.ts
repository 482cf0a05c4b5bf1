import path from 'node:path';
import { fileSources, listDocumentFiles } from '../../loaders/inputs';
import { loadDocuments } from '../../loaders/load';
import { buildDocument } from './fixture-builder';
import { hutangRecords, IDS, jiazeRecords } from './fixtures';
import { startTestServer, type TestServer } from './harness';

/**
 * Links across towns and projects, and the comparison of towns, over HTTP: on the
 * hand-made fixture (where every link is known) and on the seeds (where each link must
 * agree with what `shared` says the two towns have in common).
 */

const TOWN_LINKS = /* GraphQL */ `
  query ($town: ID!, $first: Int) {
    townLinks(town: $town, first: $first) {
      town {
        id
      }
      totalCount
      truncated
      links {
        town {
          id
          name
        }
        strength
        documentCount
        evidence(first: 10) {
          kind
          entity {
            id
            name
          }
          documents {
            id
            title
          }
          relationships(first: 10) {
            type
            provenance {
              documentId
              sentence
            }
          }
        }
      }
    }
  }
`;

interface TownLinksData {
  townLinks: {
    totalCount: number;
    truncated: boolean;
    links: {
      town: { id: string; name: string };
      strength: number;
      documentCount: number;
      evidence: {
        kind: string;
        entity: { id: string; name: string };
        documents: { id: string; title: string }[];
        relationships: { type: string; provenance: { documentId: string; sentence: string } | null }[];
      }[];
    }[];
  };
}

const SHARED = /* GraphQL */ `
  query ($a: ID!, $b: ID!) {
    shared(a: $a, b: $b) {
      programmes {
        id
      }
      enterprises {
        id
      }
      industries {
        id
      }
      zones {
        id
      }
    }
  }
`;

type SharedData = { shared: Record<'programmes' | 'enterprises' | 'industries' | 'zones', { id: string }[]> };

const HUTANG_PROJECT_DOC = 'doc:fixture00hutang2';
const HUTANG_FLOWERS = 'project:fixture-hutang-flowers';

/** A third document: a project in 湖塘镇 run by 嘉泽镇's enterprise, under the same programme. */
function hutangFlowerRecords() {
  const doc = buildDocument({
    id: HUTANG_PROJECT_DOC,
    title: '湖塘镇花木展销中心开工',
    placeId: IDS.hutang,
    sentences: ['湖塘镇花木展销中心项目开工,由天合花木有限公司建设,纳入“532”发展战略。'],
  });
  doc.node({
    id: IDS.hutang,
    label: 'Place',
    name: '湖塘镇',
    properties: { kind: 'TOWN', code: '320412100' },
  });
  doc.node({ id: IDS.enterprise, label: 'Enterprise', name: '天合花木有限公司' });
  doc.node({ id: IDS.programme, label: 'Programme', name: '“532”发展战略', properties: { level: 'CITY' } });
  doc.node({
    id: HUTANG_FLOWERS,
    label: 'Project',
    name: '湖塘镇花木展销中心项目',
    properties: { status: 'STARTED', investment: 2e8 },
  });
  doc.link({
    type: 'LOCATED_IN',
    from: HUTANG_FLOWERS,
    to: IDS.hutang,
    evidence: '湖塘镇花木展销中心项目开工',
  });
  doc.link({
    type: 'OPERATED_BY',
    from: HUTANG_FLOWERS,
    to: IDS.enterprise,
    evidence: '由天合花木有限公司建设',
  });
  doc.link({ type: 'PART_OF', from: HUTANG_FLOWERS, to: IDS.programme, evidence: '纳入“532”发展战略' });
  return doc.records;
}

describe('links across towns on the fixture', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ records: [jiazeRecords(), hutangRecords(), hutangFlowerRecords()] });
  });
  afterAll(async () => server.close());

  it('links 嘉泽镇 to 湖塘镇 by the programme, enterprise, industry and zone both hold', async () => {
    const { body } = await server.graphql<TownLinksData>(TOWN_LINKS, { variables: { town: IDS.jiaze } });
    expect(body.errors).toBeUndefined();
    const links = body.data!.townLinks.links;
    expect(links.map((l) => l.town.name)).toEqual(['湖塘镇']);
    const [hutang] = links;
    expect(hutang!.evidence.map((e) => [e.kind, e.entity.name])).toEqual([
      ['PROGRAMME', '“532”发展战略'],
      ['ENTERPRISE', '天合花木有限公司'],
      ['INDUSTRY', '花木'],
      ['ZONE', '两湖创新区'],
    ]);
    expect(hutang!.strength).toBe(4);
    // The programme is stated for 嘉泽镇 in one document and for 湖塘镇 in another: both named.
    const programme = hutang!.evidence[0]!;
    expect(programme.documents.map((d) => d.id).sort()).toEqual([IDS.docHutang, IDS.docJiaze].sort());
    expect(programme.relationships.map((r) => r.provenance?.sentence)).toEqual(
      expect.arrayContaining(['嘉泽镇积极落实“532”发展战略。', '湖塘镇当好贯彻落实“532”发展战略的尖兵。']),
    );
    expect(hutang!.documentCount).toBe(2);
  });

  it('gives the same evidence as shared, from either end', async () => {
    const from = await server.graphql<TownLinksData>(TOWN_LINKS, { variables: { town: IDS.hutang } });
    const back = from.body.data!.townLinks.links.find((l) => l.town.id === IDS.jiaze);
    const { body } = await server.graphql<SharedData>(SHARED, { variables: { a: IDS.jiaze, b: IDS.hutang } });
    const shared = Object.values(body.data!.shared).flatMap((list) => list.map((n) => n.id));
    expect(back?.evidence.map((e) => e.entity.id).sort()).toEqual(shared.sort());
  });

  it('bounds the answer: first cuts the list and says so; past the page limit is refused', async () => {
    const none = await server.graphql<TownLinksData>(TOWN_LINKS, {
      variables: { town: IDS.jiaze, first: 0 },
    });
    expect(none.body.data!.townLinks).toMatchObject({ totalCount: 1, truncated: true, links: [] });
    const tooMany = await server.graphql(TOWN_LINKS, { variables: { town: IDS.jiaze, first: 101 } });
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(tooMany.body.errors?.[0]?.message).toMatch(/first must be between 0 and 100/);
  });

  it('refuses what is not a town, and names an id that names nothing', async () => {
    const district = await server.graphql(TOWN_LINKS, { variables: { town: IDS.wujin } });
    expect(district.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const missing = await server.graphql(TOWN_LINKS, { variables: { town: 'place:000000000' } });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.body.errors?.[0]?.message).toMatch(/place:000000000/);
  });

  it('finds the project in another town that shares an enterprise and a programme', async () => {
    const { body } = await server.graphql<{
      projectLinks: {
        towns: { id: string }[];
        totalCount: number;
        links: {
          project: { id: string };
          towns: { id: string }[];
          strength: number;
          evidence: { kind: string; entity: { id: string }; documents: { id: string }[] }[];
        }[];
      };
    }>(
      `query($p: ID!) { projectLinks(project: $p, first: 5) { towns { id } totalCount
        links { project { id } towns { id } strength evidence { kind entity { id } documents { id } } } } }`,
      { variables: { p: IDS.flowerProject } },
    );
    expect(body.errors).toBeUndefined();
    const answer = body.data!.projectLinks;
    expect(answer.towns.map((t) => t.id)).toEqual([IDS.jiaze]);
    expect(answer.links.map((l) => l.project.id)).toEqual([HUTANG_FLOWERS]);
    const [link] = answer.links;
    expect(link!.towns.map((t) => t.id)).toEqual([IDS.hutang]);
    expect(link!.evidence.map((e) => [e.kind, e.entity.id])).toEqual([
      ['PROGRAMME', IDS.programme],
      ['ENTERPRISE', IDS.enterprise],
    ]);
    expect(link!.evidence[1]!.documents.map((d) => d.id).sort()).toEqual(
      [HUTANG_PROJECT_DOC, IDS.docJiaze].sort(),
    );
    // The project in 湖塘镇 finds 嘉泽镇's project back; a project of the same town is no link.
    const back = await server.graphql<{ projectLinks: { links: { project: { id: string } }[] } }>(
      `query($p: ID!) { projectLinks(project: $p) { links { project { id } } } }`,
      { variables: { p: HUTANG_FLOWERS } },
    );
    expect(back.body.data!.projectLinks.links.map((l) => l.project.id)).toEqual([IDS.flowerProject]);
  });

  it('compares the towns of 武进区 with the same counts as the Place fields', async () => {
    const { body } = await server.graphql<{
      compareTowns: {
        totalCount: number;
        truncated: boolean;
        year: number;
        rows: {
          town: { id: string; name: string };
          projects: number;
          enterprises: number;
          programmes: number;
          investment: number | null;
          investedProjects: number;
          targets: number;
          indicators: number;
        }[];
      };
    }>(
      `query($d: ID!) { compareTowns(under: $d, year: 2024) { totalCount truncated year
        rows { town { id name } projects enterprises programmes investment investedProjects targets indicators } } }`,
      { variables: { d: IDS.wujin } },
    );
    expect(body.errors).toBeUndefined();
    const answer = body.data!.compareTowns;
    expect(answer.rows.map((r) => r.town.name)).toEqual(['嘉泽镇', '湖塘镇']);
    expect(answer).toMatchObject({ totalCount: 2, truncated: false, year: 2024 });
    for (const row of answer.rows) {
      const place = await server.graphql<{
        node: {
          projects: { investment: number | null }[];
          enterprises: { totalCount: number };
          programmes: unknown[];
          targets: unknown[];
        };
      }>(
        `query($id: ID!) { node(id: $id) { ... on Place { projects { investment } enterprises { totalCount }
          programmes { id } targets(year: 2024, includeUnder: true) { id } } } }`,
        { variables: { id: row.town.id } },
      );
      const facts = place.body.data!.node;
      const stated = facts.projects.flatMap((p) => (p.investment === null ? [] : [p.investment]));
      expect(row).toMatchObject({
        projects: facts.projects.length,
        enterprises: facts.enterprises.totalCount,
        programmes: facts.programmes.length,
        targets: facts.targets.length,
        investedProjects: stated.length,
        investment: stated.length ? stated.reduce((a, b) => a + b, 0) : null,
      });
    }
    expect(answer.rows[0]).toMatchObject({ investment: 5e9, targets: 1, indicators: 0 });
    // 两湖创新区 lies in both towns, so its 氢能产业园项目 counts for 湖塘镇 too.
    expect(answer.rows[1]).toMatchObject({ investment: 5e9 + 2e8, investedProjects: 2, targets: 1 });
    const cut = await server.graphql<{
      compareTowns: { rows: unknown[]; truncated: boolean; totalCount: number };
    }>(`{ compareTowns(under: "${IDS.wujin}", first: 1) { rows { projects } truncated totalCount } }`);
    expect(cut.body.data!.compareTowns).toMatchObject({ truncated: true, totalCount: 2 });
    expect(cut.body.data!.compareTowns.rows).toHaveLength(1);
  });
});

describe('links across towns on the seeds', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const files = await listDocumentFiles([path.join(__dirname, '..', '..', 'seeds')]);
    const summary = await loadDocuments({
      store: server.store,
      sources: fileSources(files, 16 * 1024 * 1024),
    });
    expect(summary.failed).toBe(0);
  }, 60_000);
  afterAll(async () => server.close());

  it('links each seed town only through entities shared names, the same both ways', async () => {
    const { body } = await server.graphql<{ towns: { id: string; name: string }[] }>('{ towns { id name } }');
    const towns = body.data!.towns;
    const strengths = new Map<string, number>();
    for (const town of towns) {
      const answer = await server.graphql<TownLinksData>(TOWN_LINKS, {
        variables: { town: town.id, first: 20 },
      });
      expect(answer.body.errors).toBeUndefined();
      for (const link of answer.body.data!.townLinks.links) {
        const shared = await server.graphql<SharedData>(SHARED, {
          variables: { a: town.id, b: link.town.id },
        });
        const ids = Object.values(shared.body.data!.shared).flatMap((list) => list.map((n) => n.id));
        expect(link.evidence.map((e) => e.entity.id).sort()).toEqual(ids.sort());
        for (const evidence of link.evidence) expect(evidence.documents.length).toBeGreaterThan(0);
        strengths.set(`${town.id}>${link.town.id}`, link.strength);
      }
    }
    for (const [pair, strength] of strengths) {
      const [a, b] = pair.split('>');
      expect(strengths.get(`${b}>${a}`)).toBe(strength);
    }
    expect(strengths.size).toBeGreaterThan(0);
  });

  it('links 平望镇 and 郑陆镇 through the 经济发达镇改革 programme, each side from its own report', async () => {
    const { body } = await server.graphql<{ towns: { id: string; name: string }[] }>('{ towns { id name } }');
    const pingwang = body.data!.towns.find((t) => t.name === '平望镇')!;
    const answer = await server.graphql<TownLinksData>(TOWN_LINKS, { variables: { town: pingwang.id } });
    const zhenglu = answer.body.data!.townLinks.links.find((l) => l.town.name === '郑陆镇');
    const programme = zhenglu?.evidence.find((e) => e.entity.name === '经济发达镇改革');
    expect(programme?.kind).toBe('PROGRAMME');
    expect(programme?.documents.map((d) => d.title).sort()).toEqual([
      '引改革活水 塑品质之镇',
      '郑陆镇2020年度政府工作报告',
    ]);
  });
});
