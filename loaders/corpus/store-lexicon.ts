import type { GraphStore, StoredNode } from '../../store/graph-store';
import { lexiconFromNames, type CorpusLexicon } from './lexicon';

/** Nodes read from the store per request while the lexicon or the candidates are gathered. */
const PAGE = 500;

/** Every node a listing filter selects, a page at a time. */
export async function* allNodes(
  store: GraphStore,
  filter: Parameters<GraphStore['findNodes']>[0]['filter'],
): AsyncGenerator<StoredNode> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.findNodes({
      filter,
      sort: [{ field: 'id', direction: 'ASC' }],
      offset,
      limit: PAGE,
    });
    yield* page.nodes;
    if (page.nodes.length < PAGE) return;
  }
}

/**
 * The corpus lexicon of what a store holds, derived from its nodes alone, so that it is the
 * same on both stores and after a restart. Only registered company names are learnt, and
 * each holds 公司 (LEGAL_FORMS), so only those nodes are read.
 */
export async function lexiconFromStore(store: GraphStore): Promise<CorpusLexicon> {
  const names: { label: 'Enterprise'; name: string }[] = [];
  for await (const node of allNodes(store, { label: 'Enterprise', nameContains: '公司' }))
    names.push({ label: 'Enterprise', name: node.name });
  return lexiconFromNames(names);
}
