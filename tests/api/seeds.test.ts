import { readFileSync } from 'node:fs';
import path from 'node:path';
import { graphSnapshot } from './graph-snapshot';
import { startTestServer, type TestServer } from './harness';

const SEEDS = path.join(__dirname, '..', '..', 'seeds');
const TOKEN = 'seed-loading-token';

interface ManifestEntry {
  file: string;
  title: string;
  publisher: string;
  date: string;
  place: string;
  district: string;
  city: string;
}

const manifest = (
  JSON.parse(readFileSync(path.join(SEEDS, 'manifest.json'), 'utf8')) as { documents: ManifestEntry[] }
).documents;

const PINGWANG = manifest.find((entry) => entry.place === '平望镇') as ManifestEntry;

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestDocumentInput!) {
    ingestDocument(input: $input) {
      documentId
      status
    }
  }
`;

/** Sends one seed through the ingestDocument mutation, as a client uploading a file would. */
async function ingestSeed(entry: ManifestEntry, extra = ''): Promise<{ documentId: string; status: string }> {
  const text = readFileSync(path.join(SEEDS, entry.file), 'utf8');
  // An extra paragraph goes after the opening one, inside the article rather than its page footer.
  const cut = text.indexOf('\n\n', 200);
  const bytes = Buffer.from(extra ? `${text.slice(0, cut)}${extra}${text.slice(cut)}` : text, 'utf8');
  const { body } = await server.graphql<{ ingestDocument: { documentId: string; status: string } }>(INGEST, {
    headers: { authorization: `Bearer ${TOKEN}` },
    variables: {
      input: {
        name: entry.file,
        base64: bytes.toString('base64'),
        source: `seeds/${entry.file}${extra ? '#revised' : ''}`,
        title: entry.title,
        publisher: entry.publisher,
        publishedAt: entry.date,
        place: entry.place,
        district: entry.district,
        city: entry.city,
      },
    },
  });
  expect(body.errors).toBeUndefined();
  return body.data?.ingestDocument as { documentId: string; status: string };
}

interface Town {
  id: string;
  name: string;
  district: { name: string } | null;
  city: { name: string } | null;
  projects: { name: string }[];
  targets: { metric: string | null; value: number | null; unit: string | null; year: number | null }[];
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ config: { token: TOKEN } });
  for (const entry of manifest) expect((await ingestSeed(entry)).status).toBe('LOADED');
}, 120_000);
afterAll(() => server.close());

async function towns(): Promise<Map<string, Town>> {
  const { body } = await server.graphql<{ towns: Town[] }>(`{
    towns { id name district { name } city { name } projects { name } targets { metric value unit year } } }`);
  expect(body.errors).toBeUndefined();
  return new Map((body.data?.towns ?? []).map((town) => [town.name, town]));
}

describe('the API over the seed documents', () => {
  it('lists the four seed towns with their districts and cities', async () => {
    const byName = await towns();
    const expected: [string, string, string][] = [
      ['嘉泽镇', '武进区', '常州市'],
      ['湖塘镇', '武进区', '常州市'],
      ['郑陆镇', '天宁区', '常州市'],
      ['平望镇', '吴江区', '苏州市'],
    ];
    for (const [town, district, city] of expected) {
      expect({
        town,
        district: byName.get(town)?.district?.name,
        city: byName.get(town)?.city?.name,
      }).toEqual({ town, district, city });
    }
  });

  it('gives the towns projects and goals with values and units', async () => {
    const byName = await towns();
    const all = [...byName.values()];
    expect(all.some((town) => town.projects.length > 0)).toBe(true);
    const goals = all.flatMap((town) => town.targets);
    expect(goals.length).toBeGreaterThan(0);
    expect(goals.some((goal) => typeof goal.value === 'number' && typeof goal.unit === 'string')).toBe(true);
  });

  it('places every project of a town under that town', async () => {
    const byName = await towns();
    const town = [...byName.values()].find((candidate) => candidate.projects.length > 0) as Town;
    const { body } = await server.graphql<{
      projects: { edges: { node: { place: { id: string; ancestors: { id: string }[] } | null } }[] };
    }>(
      `{ projects(filter: { place: "${town.id}" }, first: 100) { edges { node { place { id ancestors { id } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const edges = body.data?.projects.edges ?? [];
    expect(edges.length).toBe(town.projects.length);
    for (const { node } of edges) {
      const chain = [node.place?.id, ...(node.place?.ancestors.map((a) => a.id) ?? [])];
      expect(chain).toContain(town.id);
    }
  });

  it('points each goal’s provenance at a sentence stating it', async () => {
    const { body } = await server.graphql<{
      targets: {
        edges: {
          node: {
            text: string | null;
            provenance: { sentence: string; start: number; end: number; document: { id: string } }[];
          };
        }[];
      };
    }>(
      `{ targets(first: 50) { edges { node { text provenance { sentence start end document { id } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const goals = body.data?.targets.edges.map((edge) => edge.node) ?? [];
    expect(goals.length).toBeGreaterThan(0);
    for (const goal of goals) {
      expect(goal.provenance.length).toBeGreaterThan(0);
      for (const mention of goal.provenance) {
        expect(mention.end).toBeGreaterThan(mention.start);
        expect(mention.document.id).toMatch(/^doc:/);
        if (goal.text)
          expect(mention.sentence.replace(/\s/g, '')).toContain(goal.text.replace(/\s/g, '').slice(0, 4));
      }
    }
  });

  it('finds 嘉泽镇 first for 嘉泽 and traces a path from it to 湖塘镇', async () => {
    const byName = await towns();
    const { body } = await server.graphql<{ search: { node: { id: string } }[] }>(
      `{ search(text: "嘉泽") { node { id } } }`,
    );
    expect(body.data?.search[0]?.node.id).toBe(byName.get('嘉泽镇')?.id);
    const trace = await server.graphql<{ trace: { nodes: { id: string }[] }[] }>(
      `{ trace(from: "${byName.get('嘉泽镇')?.id}", to: "${byName.get('湖塘镇')?.id}", maxHops: 4) { nodes { id } } }`,
    );
    expect(trace.body.errors).toBeUndefined();
    expect(trace.body.data?.trace.length).toBeGreaterThan(0);
  });

  it('says what 嘉泽镇 and 湖塘镇 share: at least their district', async () => {
    const byName = await towns();
    const { body } = await server.graphql<{ shared: { commonAncestor: { name: string } | null } }>(
      `{ shared(a: "${byName.get('嘉泽镇')?.id}", b: "${byName.get('湖塘镇')?.id}") { commonAncestor { name } programmes { name } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.shared.commonAncestor?.name).toBe('武进区');
  });

  it('ingests a document through the API and deletes it, leaving the graph as it was', async () => {
    const before = await graphSnapshot(server.store);
    // A revised copy of a seed from another source: a new document sharing the seed's entities.
    const loaded = await ingestSeed(PINGWANG, '\n\n平望镇将继续推进古镇保护。\n');
    expect(loaded.status).toBe('LOADED');
    expect(await graphSnapshot(server.store)).not.toEqual(before);
    const { body } = await server.graphql<{ deleteDocument: { deleted: boolean } }>(
      `mutation { deleteDocument(id: "${loaded.documentId}") { deleted } }`,
      { headers: { authorization: `Bearer ${TOKEN}` } },
    );
    expect(body.data?.deleteDocument.deleted).toBe(true);
    expect(await graphSnapshot(server.store)).toEqual(before);
  });

  it('lists the seed documents with their places and the spam found in 郑陆镇’s report', async () => {
    const { body } = await server.graphql<{
      documents: {
        totalCount: number;
        edges: {
          node: {
            title: string;
            place: { name: string } | null;
            quality: { flags: string[]; spam: string[] };
          };
        }[];
      };
    }>(
      `{ documents(first: 10, sort: [{ field: PUBLISHED_AT }]) { totalCount edges { node { title place { name } quality { flags spam } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.documents.totalCount).toBe(manifest.length);
    const zhenglu = body.data?.documents.edges.find((edge) => edge.node.title.includes('郑陆镇'))?.node;
    expect(zhenglu?.place?.name).toBe('郑陆镇');
    expect(zhenglu?.quality.spam.length).toBeGreaterThan(0);
    expect(zhenglu?.quality.flags.length).toBeGreaterThan(0);
  });

  it('gives 郑陆镇 its 2021 revenue goal with the sentence that sets it', async () => {
    const byName = await towns();
    const { body } = await server.graphql<{
      node: {
        targets: {
          metric: string | null;
          value: number | null;
          unit: string | null;
          year: number | null;
          change: boolean | null;
          provenance: { sentence: string }[];
        }[];
      };
    }>(
      `{ node(id: "${byName.get('郑陆镇')?.id}") { ... on Place { targets(year: 2021) { metric value unit year change provenance { sentence } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const revenue = body.data?.node.targets.find((goal) => goal.metric?.includes('一般公共预算收入'));
    // 增长6%: a change, not a level.
    expect(revenue).toMatchObject({ value: 6, unit: '%', year: 2021, change: true });
    expect(revenue?.provenance.some((mention) => mention.sentence.includes('一般公共预算收入增长6%'))).toBe(
      true,
    );
  });
});
