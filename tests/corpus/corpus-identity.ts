import type { GraphStore } from '../../store/graph-store';
import { extractDocument } from '../../loaders';
import { loadDocuments, type LoadSummary } from '../../loaders/load';
import type { DocumentSource } from '../../loaders/types';

/**
 * Corpus identity on a store: a company named in full in one document is recognised by its
 * short form in another, whichever is loaded first. The sentences are the project's own.
 */

export const FULL_NAME = '常州岚拓精密机械有限公司';

/** Names the company in full; its short forms are learnt from here. */
export const REPORT = {
  source: 'test://corpus/report',
  text: '常州市武进区嘉泽镇2024年工作总结。今年，常州岚拓精密机械有限公司在嘉泽镇投资建设智能车间，总投资2亿元。',
};

/** Calls the company only by its short form (岚拓精密), never in full. */
export const NEWS = {
  source: 'test://corpus/news',
  text: '常州市武进区嘉泽镇召开项目推进会。会上通报，岚拓精密二期生产线已于三月投产，新增产值5000万元。',
};

export function source(doc: { source: string; text: string }): DocumentSource {
  return {
    name: doc.source,
    open: async () => ({ name: doc.source, source: doc.source, bytes: new TextEncoder().encode(doc.text) }),
  };
}

export interface CorpusState {
  /** Ids of the documents that mention the company, sorted. */
  mentionedIn: string[];
  /** Every document id in the store, sorted. */
  documents: string[];
  /** Every entity id in the store, sorted. */
  nodes: string[];
}

export async function corpusState(store: GraphStore): Promise<CorpusState> {
  const company = await store.findNodes({ filter: { label: 'Enterprise', nameContains: '岚拓' }, limit: 10 });
  const documents = await store.findNodes({ filter: { label: 'Document' }, limit: 100 });
  const all = await store.findNodes({ filter: {}, limit: 1000 });
  return {
    mentionedIn: company.nodes.flatMap((n) => (n.name === FULL_NAME ? [...n.documentIds].sort() : [])),
    documents: documents.nodes.map((n) => n.id).sort(),
    nodes: all.nodes
      .filter((n) => n.label !== 'Document')
      .map((n) => n.id)
      .sort(),
  };
}

/** A busy machine can take long over a Neo4j test's few transactions. */
const TEST_TIMEOUT_MS = 120_000;

/** The corpus suite, run on each store by tests/corpus/*.test.ts. */
export function describeCorpusIdentity(backend: string, open: () => Promise<GraphStore>): void {
  describe(`corpus identity (${backend})`, () => {
    let store: GraphStore | undefined;
    // The gazetteer and the word dictionary load on the first extraction, and a fresh Neo4j
    // plans its first statements slowly: both happen here, not inside a test.
    beforeAll(async () => {
      extractDocument({ name: 'warm-up.txt', bytes: new TextEncoder().encode(REPORT.text) });
      const warm = await open();
      await loadDocuments({ store: warm, sources: [source(REPORT)] });
      await warm.close();
    }, 240_000);
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    const load = async (docs: { source: string; text: string }[]): Promise<LoadSummary> =>
      loadDocuments({ store: store!, sources: docs.map(source) });

    it(
      'full name first: the later document is read with the learnt short form',
      async () => {
        store = await open();
        await load([REPORT]);
        const summary = await load([NEWS]);
        expect(summary.loaded).toBe(1);
        // The news holds no registered name, so it teaches nothing and nothing is read again.
        expect(summary.corpus?.learnt).toEqual([]);
        const state = await corpusState(store);
        expect(state.mentionedIn).toHaveLength(2);
        expect(state.documents).toEqual(state.mentionedIn);
      },
      TEST_TIMEOUT_MS,
    );

    it(
      'short form first: loading the full name reads the earlier document again, replacing it',
      async () => {
        store = await open();
        const first = await load([NEWS]);
        const newsBefore = first.outcomes[0]?.status === 'loaded' ? first.outcomes[0].result.documentId : '';
        expect((await corpusState(store)).mentionedIn).toEqual([]);

        const second = await load([REPORT]);
        expect(second.loaded).toBe(1);
        expect(second.corpus?.learnt).toEqual(expect.arrayContaining(['岚拓精密', '岚拓精密机械']));
        expect(second.corpus?.outcomes).toEqual([
          expect.objectContaining({ documentId: newsBefore, status: 'replaced' }),
        ]);
        const replaced = second.corpus?.outcomes[0];
        const newsAfter = replaced && replaced.status === 'replaced' ? replaced.result : null;
        expect(newsAfter?.replaced).toEqual([newsBefore]);

        const state = await corpusState(store);
        expect(state.mentionedIn).toHaveLength(2);
        expect(state.mentionedIn).toContain(newsAfter?.documentId);
        expect(state.documents).not.toContain(newsBefore);
      },
      TEST_TIMEOUT_MS,
    );

    it(
      'one batch in either order ends in the same graph, with one learning pass',
      async () => {
        store = await open();
        const batch = await load([NEWS, REPORT]);
        expect(batch.loaded).toBe(2);
        expect(batch.corpus?.outcomes.map((o) => o.status)).toEqual(['replaced']);
        const newsFirst = await corpusState(store);
        await store.close();

        store = await open();
        const other = await load([REPORT, NEWS]);
        // The report's names are learnt after the batch: the news, read without them, is read again.
        expect(other.corpus?.outcomes.map((o) => o.status)).toEqual(['replaced']);
        expect(await corpusState(store)).toEqual(newsFirst);
        expect(newsFirst.mentionedIn).toHaveLength(2);
      },
      TEST_TIMEOUT_MS,
    );

    it(
      'reads again at most the bound, and counts the documents left over',
      async () => {
        store = await open();
        const copies = [1, 2, 3].map((n) => ({
          source: `${NEWS.source}/${n}`,
          text: NEWS.text.replace('三月', `${n}月`),
        }));
        await load(copies);
        const summary = await loadDocuments({ store, sources: [source(REPORT)], maxReread: 2 });
        expect(summary.corpus).toMatchObject({ candidates: 3, skipped: 1 });
        expect(summary.corpus?.outcomes.map((o) => o.status)).toEqual(['replaced', 'replaced']);
        // The report and the two documents read again mention the company; the third does not.
        expect((await corpusState(store)).mentionedIn).toHaveLength(3);
      },
      TEST_TIMEOUT_MS,
    );

    it(
      'loading the same corpus again changes nothing',
      async () => {
        store = await open();
        await load([NEWS, REPORT]);
        const before = await corpusState(store);
        const again = await load([NEWS, REPORT]);
        expect(again.unchanged).toBe(2);
        expect(again.corpus?.learnt).toEqual([]);
        expect(await corpusState(store)).toEqual(before);
      },
      TEST_TIMEOUT_MS,
    );
  });
}
