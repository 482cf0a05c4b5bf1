import { DocumentError } from '../../schema/errors';
import type { ExtractDocument } from '../../resolvers';
import { hutangRecords, IDS, jiazeRecords } from './fixtures';
import { graphSnapshot } from './graph-snapshot';
import { startTestServer, type TestServer } from './harness';

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestDocumentInput!) {
    ingestDocument(input: $input) {
      documentId
      status
      replaced
      nodes
      relationships
      document {
        id
        title
      }
    }
  }
`;
const DELETE = /* GraphQL */ `
  mutation Delete($id: ID!) {
    deleteDocument(id: $id) {
      documentId
      deleted
      removedNodes
      removedRelationships
    }
  }
`;
const TOKEN = 's3cret-token-for-tests';

/**
 * Extraction stands in for the loaders here (they are tested on the seeds elsewhere): a
 * document whose text names 湖塘 yields the 湖塘 records, an empty one is refused.
 */
const extract: ExtractDocument = (input) => {
  const text = Buffer.from(input.bytes).toString('utf8');
  if (text.trim() === '') throw new DocumentError(input.name, 'the document is empty');
  return { records: hutangRecords() };
};

const hutangInput = { name: 'hutang.txt', text: '湖塘镇当好贯彻落实“532”发展战略的尖兵。', title: '湖塘' };

describe('mutations with no token configured', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ records: [jiazeRecords()], extract });
  });
  afterAll(() => server.close());

  it('refuses ingest, delete and Cypher with MUTATIONS_DISABLED, even with a token', async () => {
    const headers = { authorization: `Bearer ${TOKEN}` };
    const before = await graphSnapshot(server.store);
    const ingest = await server.graphql(INGEST, { variables: { input: hutangInput }, headers });
    const remove = await server.graphql(DELETE, { variables: { id: IDS.docJiaze }, headers });
    const cypher = await server.graphql(`{ cypher(query: "MATCH (n) RETURN n") { columns } }`, { headers });
    for (const response of [ingest, remove, cypher]) {
      expect(response.body.errors?.[0]?.extensions?.code).toBe('MUTATIONS_DISABLED');
      expect(response.body.errors?.[0]?.message).toContain('TOWNGRAPH_TOKEN');
    }
    expect(await graphSnapshot(server.store)).toEqual(before);
  });
});

describe('mutations with a token configured', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ records: [jiazeRecords()], extract, config: { token: TOKEN } });
  });
  afterAll(() => server.close());
  const auth = { authorization: `Bearer ${TOKEN}` };

  it('refuses a missing or wrong token with UNAUTHENTICATED and changes nothing', async () => {
    const before = await graphSnapshot(server.store);
    const missing = await server.graphql(INGEST, { variables: { input: hutangInput } });
    const wrong = await server.graphql(INGEST, {
      variables: { input: hutangInput },
      headers: { authorization: 'Bearer guess' },
    });
    const wrongDelete = await server.graphql(DELETE, {
      variables: { id: IDS.docJiaze },
      headers: { authorization: 'Bearer guess' },
    });
    for (const response of [missing, wrong, wrongDelete]) {
      expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await graphSnapshot(server.store)).toEqual(before);
  });

  it('ingests a document and deletes it, leaving the graph as it was', async () => {
    const before = await graphSnapshot(server.store);
    const ingest = await server.graphql<{
      ingestDocument: { documentId: string; status: string; document: { id: string } };
    }>(INGEST, {
      variables: { input: hutangInput },
      headers: auth,
    });
    expect(ingest.body.errors).toBeUndefined();
    expect(ingest.body.data?.ingestDocument).toMatchObject({
      documentId: IDS.docHutang,
      status: 'LOADED',
      document: { id: IDS.docHutang },
    });
    const towns = await server.graphql<{ towns: { name: string }[] }>(`{ towns { name } }`);
    expect(towns.body.data?.towns.map((town) => town.name)).toContain('湖塘镇');
    const again = await server.graphql<{ ingestDocument: { status: string } }>(INGEST, {
      variables: { input: hutangInput },
      headers: auth,
    });
    expect(again.body.data?.ingestDocument.status).toBe('UNCHANGED');

    const remove = await server.graphql<{ deleteDocument: { deleted: boolean; removedNodes: number } }>(
      DELETE,
      {
        variables: { id: IDS.docHutang },
        headers: auth,
      },
    );
    expect(remove.body.errors).toBeUndefined();
    expect(remove.body.data?.deleteDocument.deleted).toBe(true);
    expect(remove.body.data?.deleteDocument.removedNodes).toBeGreaterThan(0);
    expect(await graphSnapshot(server.store)).toEqual(before);
  });

  it('accepts base64 content and refuses ambiguous or bad input, naming the document', async () => {
    const base64 = Buffer.from(hutangInput.text, 'utf8').toString('base64');
    const ok = await server.graphql<{ ingestDocument: { status: string } }>(INGEST, {
      variables: { input: { name: 'hutang.b64', base64 } },
      headers: auth,
    });
    expect(ok.body.data?.ingestDocument.status).toMatch(/LOADED|UNCHANGED/);
    await server.graphql(DELETE, { variables: { id: IDS.docHutang }, headers: auth });

    const before = await graphSnapshot(server.store);
    const both = await server.graphql(INGEST, {
      variables: { input: { ...hutangInput, base64 } },
      headers: auth,
    });
    expect(both.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const empty = await server.graphql(INGEST, {
      variables: { input: { name: 'empty.txt', text: '  ' } },
      headers: auth,
    });
    expect(empty.body.errors?.[0]).toMatchObject({
      message: 'empty.txt: the document is empty',
      extensions: { code: 'BAD_DOCUMENT' },
    });
    const garbled = await server.graphql(INGEST, {
      variables: { input: { name: 'bad.b64', base64: '%%%' } },
      headers: auth,
    });
    expect(garbled.body.errors?.[0]?.message).toContain('bad.b64');
    expect(await graphSnapshot(server.store)).toEqual(before);
  });

  it('reports a missing document as not deleted', async () => {
    const { body } = await server.graphql<{ deleteDocument: { deleted: boolean } }>(DELETE, {
      variables: { id: 'doc:0000000000000000' },
      headers: auth,
    });
    expect(body.data?.deleteDocument.deleted).toBe(false);
  });

  it('answers analyst Cypher with NEEDS_NEO4J on the embedded store', async () => {
    const denied = await server.graphql(`{ cypher(query: "MATCH (n) RETURN count(n)") { columns } }`);
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { body } = await server.graphql(
      `{ cypher(query: "MATCH (n) RETURN count(n)", parameters: { a: 1 }) { columns rows truncated } }`,
      {
        headers: auth,
      },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('NEEDS_NEO4J');
  });
});
