import type { ReadDocument } from '../types';

/**
 * A document as the reader would hand it over, with a title and text and nothing else
 * known (no date, no hints, no sentences): what whole-text rules such as the choice of a
 * document's town read. Used by their tests.
 */
export function bareDocument(title: string, text: string): ReadDocument {
  return {
    id: 'd',
    name: 'd.txt',
    source: 'd.txt',
    title,
    publisher: null,
    publishedAt: null,
    text,
    sentences: [],
    quality: { flags: [], spam: [], restored: [], encoding: 'utf-8' },
    hints: {},
  };
}
