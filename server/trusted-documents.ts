import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

/** The id of an operation in the allow-list: the SHA-256 of its text, in hex. */
export function documentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The allow-list file: `{ "<sha256>": "<operation text>" }`. */
export function readTrustedDocuments(file: string): Map<string, string> {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`${file}: trusted documents must be a JSON object of hash → operation`);
  const documents = new Map<string, string>();
  for (const [hash, text] of Object.entries(parsed)) {
    if (typeof text !== 'string' || documentId(text) !== hash)
      throw new Error(`${file}: the entry ${hash} is not the SHA-256 of its operation`);
    documents.set(hash, text);
  }
  return documents;
}

/**
 * Only operations of the allow-list run. A client may send the hash
 * (`extensions.persistedQuery.sha256Hash`) or the text itself, which is hashed and looked
 * up, so the explorer works unchanged; anything else is refused with
 * PERSISTED_QUERY_NOT_IN_LIST.
 */
export function useTrustedDocuments(file: string): Plugin[] {
  const documents = readTrustedDocuments(file);
  return [
    {
      // The persisted-operations plugin refuses a request carrying both a text and an id:
      // a text is turned into its id first, and the plugin then runs the listed text.
      onParams({ params, setParams }) {
        if (typeof params.query !== 'string') return;
        const { query, ...rest } = params;
        setParams({
          ...rest,
          extensions: { ...params.extensions, persistedQuery: { version: 1, sha256Hash: documentId(query) } },
        });
      },
    },
    usePersistedOperations({
      allowArbitraryOperations: false,
      getPersistedOperation: (key) => documents.get(key) ?? null,
      customErrors: {
        notFound: {
          message: 'this operation is not among the server’s trusted documents',
          extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST', http: { status: 400 } },
        },
        keyNotFound: {
          message: 'send an operation (its text or its sha256Hash)',
          extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
        },
      },
    }),
  ];
}
