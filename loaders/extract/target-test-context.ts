import type { DocumentContext, ReadDocument } from '../types';
import { extractPlaces } from './places';
import { fixtureDocument } from './place-sample-document';

/** A document context with real places, for the target, indicator and industry tests. */
export function targetTestContext(
  text: string,
  hints: ReadDocument['hints'],
  publishedAt = '2023-12-20',
): DocumentContext {
  const doc = fixtureDocument(text, hints, publishedAt);
  return { doc, places: extractPlaces(doc).context, referenceYear: Number(publishedAt.slice(0, 4)) };
}

export function contextOf(doc: ReadDocument): DocumentContext {
  return {
    doc,
    places: extractPlaces(doc).context,
    referenceYear: doc.publishedAt ? Number(doc.publishedAt.slice(0, 4)) : null,
  };
}
