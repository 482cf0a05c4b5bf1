import { extractDocument } from '../../loaders';
import { startTestServer, type TestServer } from '../api/harness';
import { corpusState, NEWS, REPORT } from './corpus-identity';

const TOKEN = 'corpus-ingest-token';
const INGEST = `
  mutation Ingest($input: IngestDocumentInput!) {
    ingestDocument(input: $input) { documentId status replaced reread }
  }
`;

interface IngestAnswer {
  ingestDocument: { documentId: string; status: string; replaced: string[]; reread: string[] };
}

/** ingestDocument learns names like a load: an upload that names a company in full reads the earlier news again. */
describe('ingestDocument and corpus identity', () => {
  let server: TestServer;
  beforeAll(async () => {
    // The loaders on this thread, with the lexicon the mutation hands them.
    server = await startTestServer({
      config: { token: TOKEN },
      extract: (input, options) => extractDocument(input, options),
    });
  }, 120_000);
  afterAll(() => server.close());

  const ingest = async (doc: { source: string; text: string }) => {
    const response = await server.graphql<IngestAnswer>(INGEST, {
      variables: { input: { name: doc.source, source: doc.source, text: doc.text } },
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.ingestDocument;
  };

  it('reports the earlier document read again, which now mentions the company', async () => {
    const news = await ingest(NEWS);
    expect(news).toMatchObject({ status: 'LOADED', reread: [] });
    expect((await corpusState(server.store)).mentionedIn).toEqual([]);

    const report = await ingest(REPORT);
    expect(report.status).toBe('LOADED');
    expect(report.reread).toHaveLength(1);
    const [rereadNews] = report.reread;
    expect(rereadNews).not.toBe(news.documentId);

    const state = await corpusState(server.store);
    expect(state.mentionedIn).toEqual([report.documentId, rereadNews].sort());
    expect(state.documents).toEqual([report.documentId, rereadNews].sort());
  }, 120_000);
});
