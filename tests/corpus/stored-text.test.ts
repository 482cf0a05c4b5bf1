import { extractDocument } from '../../loaders';
import { EMPTY_LEXICON } from '../../loaders/corpus/lexicon';
import { readAgain } from '../../loaders/corpus/reread';
import { MAX_KEPT_TEXT } from '../../loaders/resolve/build-records';
import { NEWS, REPORT } from './corpus-identity';

const encode = (text: string) => new TextEncoder().encode(text);

describe('the text a Document keeps for a second reading', () => {
  it('reads back from its stored text to the same document', async () => {
    const first = extractDocument({
      name: 'report.html',
      source: REPORT.source,
      title: '嘉泽镇工作总结',
      publishedAt: '2024-12-30',
      place: '嘉泽镇',
      bytes: encode(`<html><body><p>${REPORT.text}</p><p>${NEWS.text}</p></body></html>`),
    });
    const stored = { ...first.records.documents[0]!, documentIds: [] };
    expect(stored.properties.text).toBe(first.document.text);
    expect(stored.properties.hintPlace).toBe('嘉泽镇');
    const again = await readAgain({
      document: stored,
      lexicon: EMPTY_LEXICON,
      extract: async (input, lexicon) => extractDocument(input, { lexicon }).records,
    });
    // Same text, metadata and quality report: the same records, and the same id, so a store
    // keeps the document unchanged.
    expect(stored.properties.quality).toEqual(['HTML']);
    expect(again).toEqual(first.records);
  });

  it('is not kept for a document longer than the limit', () => {
    const long = `${REPORT.text}\n${'附表：数据留存备查。\n'.repeat(Math.ceil(MAX_KEPT_TEXT / 10))}`;
    const { records, document } = extractDocument({ name: 'long.txt', bytes: encode(long) });
    expect(document.text.length).toBeGreaterThan(MAX_KEPT_TEXT);
    expect(records.documents[0]?.properties).not.toHaveProperty('text');
  });
});
