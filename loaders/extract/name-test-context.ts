import type { PlaceKind } from '../../schema/model';
import type { DocumentContext, EntityMention, PlaceContext, ReadDocument, Sentence } from '../types';

/**
 * A document context for rule tests: sentences split at 。！？ and line ends, places
 * found by exact name. Real documents go through loaders/read and extractPlaces.
 */
export function testContext(
  text: string,
  places: { name: string; kind: PlaceKind; short?: string }[] = [],
): DocumentContext {
  const sentences: Sentence[] = [];
  const re = /[^。！？\n]+[。！？]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const section = /今年|明年|力争|将/.test(m[0]) ? 'plan' : 'review';
    sentences.push({
      index: sentences.length,
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      section,
    });
  }
  const doc: ReadDocument = {
    id: 'doc:test',
    name: 'test.txt',
    source: 'test.txt',
    title: 'test',
    publisher: null,
    publishedAt: '2024-01-01',
    text,
    sentences,
    quality: { flags: [], spam: [], restored: [], encoding: 'utf-8' },
    hints: {},
  };
  const mentions: EntityMention[] = [];
  for (const place of places) {
    for (const sentence of sentences) {
      for (const form of [place.name, place.short].filter((f): f is string => Boolean(f))) {
        for (
          let at = sentence.text.indexOf(form);
          at >= 0;
          at = sentence.text.indexOf(form, at + form.length)
        ) {
          mentions.push({
            key: `Place:${place.name}`,
            label: 'Place',
            name: place.name,
            aliases: place.short ? [place.short] : [],
            properties: { kind: place.kind },
            span: {
              sentenceIndex: sentence.index,
              start: sentence.start + at,
              end: sentence.start + at + form.length,
            },
            rule: 'place.test',
            confidence: 1,
            resolvedId: `place:${place.name}`,
          });
        }
      }
    }
  }
  const first = (kind: PlaceKind) => mentions.find((m) => m.properties.kind === kind) ?? null;
  const context: PlaceContext = {
    primary: first('TOWN') ?? first('DISTRICT'),
    district: first('DISTRICT'),
    city: first('CITY'),
    places: mentions,
    lookup: (name) => mentions.find((m) => m.name === name || m.aliases.includes(name)) ?? null,
  };
  return { doc, places: context, referenceYear: 2024 };
}
