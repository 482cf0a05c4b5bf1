import { documentId } from '../trusted-documents';
import * as queries from './src/queries';

/** Name of the allow-list the build writes beside the bundle (not served to browsers). */
export const TRUSTED_DOCUMENTS_FILE = 'trusted-documents.json';

/**
 * Every operation the page can send, keyed by the SHA-256 of its text: the allow-list a
 * server run with TOWNGRAPH_TRUSTED_DOCUMENTS accepts.
 */
export function explorerTrustedDocuments(): Record<string, string> {
  const texts = [
    queries.SEARCH_QUERY,
    queries.ENTITY_QUERY,
    queries.NEIGHBOURHOOD_QUERY,
    queries.TRACE_QUERY,
    queries.TOWNS_QUERY,
    ...queries.DETAIL_KINDS.map((kind) => queries.detailQuery(kind) ?? ''),
  ].filter((text) => text !== '');
  return Object.fromEntries(texts.map((text) => [documentId(text), text]));
}
