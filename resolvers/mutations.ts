import type { DocumentInput } from '../loaders/types';
import { rereadAfterLoad } from '../loaders/corpus/reread';
import { lexiconFromStore } from '../loaders/corpus/store-lexicon';
import { BadRequestError, DocumentError } from '../schema/errors';
import type { DeleteResult, LoadResult } from '../store/graph-store';
import { requireToken } from './authorise';
import type { RequestContext } from './context';
import type { ResolverMap, UnreadArgs } from './types';

export interface IngestDocumentInput {
  file?: File | null;
  text?: string | null;
  base64?: string | null;
  name: string;
  source?: string | null;
  title?: string | null;
  publisher?: string | null;
  publishedAt?: string | null;
  place?: string | null;
  district?: string | null;
  city?: string | null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A document past the size limit, refused with its name and both sizes. */
function checkSize(name: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new DocumentError(name, `document is ${size} bytes, more than the limit of ${maxBytes}`);
  }
}

/** The document's bytes: exactly one of text, base64 and file, within the size limit. */
async function documentBytes(input: IngestDocumentInput, maxBytes: number): Promise<Uint8Array> {
  const given = [input.text, input.base64, input.file].filter((content) => content != null).length;
  if (given !== 1) throw new BadRequestError(`${input.name}: give exactly one of text, base64 and file`);
  if (input.file) {
    // An upload's size is known before it is read.
    checkSize(input.name, input.file.size, maxBytes);
    return new Uint8Array(await input.file.arrayBuffer());
  }
  let bytes: Buffer;
  if (input.text != null) {
    bytes = Buffer.from(input.text, 'utf8');
  } else {
    const encoded = (input.base64 as string).replace(/\s+/g, '');
    if (!BASE64.test(encoded)) throw new DocumentError(input.name, 'base64 content is not valid base64');
    bytes = Buffer.from(encoded, 'base64');
  }
  checkSize(input.name, bytes.length, maxBytes);
  return bytes;
}

async function toDocumentInput(input: IngestDocumentInput, maxBytes: number): Promise<DocumentInput> {
  const name = input.name.trim();
  if (name === '') throw new BadRequestError('a document needs a name');
  return {
    name,
    bytes: await documentBytes({ ...input, name }, maxBytes),
    source: input.source ?? undefined,
    title: input.title ?? undefined,
    publisher: input.publisher ?? undefined,
    publishedAt: input.publishedAt ?? undefined,
    place: input.place ?? undefined,
    district: input.district ?? undefined,
    city: input.city ?? undefined,
  };
}

/**
 * Documents one ingest may read again: a request's work stays bounded (a load from the
 * command line allows more, DEFAULT_MAX_REREAD).
 */
const INGEST_MAX_REREAD = 25;

/** Extraction happens before the store is touched; the load itself is one store transaction. */
async function ingestDocument(
  _root: unknown,
  args: { input: IngestDocumentInput },
  ctx: RequestContext,
): Promise<Omit<LoadResult, 'status'> & { status: string; reread: string[] }> {
  requireToken(ctx.auth);
  const input = await toDocumentInput(args.input, ctx.limits.maxDocumentBytes);
  const maxBytes = ctx.limits.maxDocumentBytes;
  // Corpus identity: the document is read with the names the graph already holds, and the
  // documents holding a name it teaches are read again (loaders/corpus).
  const before = await lexiconFromStore(ctx.store);
  const { records } = await ctx.extract(input, { maxBytes, lexicon: before });
  const result = await ctx.store.loadDocument(records);
  const corpus = await rereadAfterLoad({
    store: ctx.store,
    before,
    maxDocuments: INGEST_MAX_REREAD,
    extract: async (reread, lexicon) => (await ctx.extract(reread, { maxBytes, lexicon })).records,
  });
  ctx.loaders.clearAll();
  ctx.onGraphChanged?.();
  const reread = corpus.outcomes.flatMap((o) => (o.status === 'replaced' ? [o.result.documentId] : []));
  return { ...result, status: result.status.toUpperCase(), reread };
}

async function deleteDocument(
  _root: unknown,
  args: { id: string },
  ctx: RequestContext,
): Promise<DeleteResult> {
  requireToken(ctx.auth);
  const result = await ctx.store.deleteDocument(args.id);
  ctx.loaders.clearAll();
  ctx.onGraphChanged?.();
  return result;
}

export const mutationResolvers: ResolverMap = {
  Mutation: { ingestDocument, deleteDocument },
  LoadResult: {
    document: (result: Pick<LoadResult, 'documentId'>, _args: UnreadArgs, ctx: RequestContext) =>
      ctx.loaders.nodes.load(result.documentId),
  },
};
