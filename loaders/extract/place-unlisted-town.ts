import { entityId, placeIdFromCode } from '../../schema/ids';
import { shortName, type Gazetteer, type PlaceRecord } from '../gazetteer';
import type { EntityMention, ExtractedFacts, ReadDocument } from '../types';
import { placeKey } from './place-facts';
import { firstMention } from './place-ambiguous';
import { suffixStartsWord } from './place-false-names';

/**
 * place.unlisted-town: the town a district's document is about when the gazetteer does not
 * list it (a town kept under a development zone, or renamed after the list was made). The
 * title names it, the text names it again, and no official division bears the name: it
 * becomes a town under the document's district, with an id from its parent and name and
 * no code. Example: a report titled 在青禾镇第五届人民代表大会上 whose text keeps writing
 * 青禾镇, in a county that lists no 青禾镇 → 青禾镇 (TOWN) LOCATED_IN that county.
 */

const SUFFIX = /镇|街道|乡/g;
/** Words that end like a town but are none (全镇, 卫生镇, 重镇, 示范镇). */
const NOT_A_NAME =
  /^(?:全|本|该|各|我|特色|卫生|文明|健康|示范|生态|旅游|工业|农业|重点|中心|历史|文化|商贸|美丽|全国|省级|市级)/;
/** Function words do not stand inside a town's name: 在青禾镇 is 在 + 青禾镇. */
const NOT_IN_NAME = /[的在和与及是为了年月日号届]/;

/** How often a name occurs in a text, and after how many different characters. */
function usage(text: string, name: string): { count: number; before: Set<string> } {
  const before = new Set<string>();
  let count = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    // 调研乡村振兴 uses the word 乡村, not a township 调研乡.
    if (suffixStartsWord(text, at + name.length - 1, 1)) continue;
    count += 1;
    before.add(text[at - 1] ?? '');
  }
  return { count, before };
}

/**
 * The longest name ending at a town suffix in the title that the text uses at least three
 * times, after at least two different characters (在青禾镇 always follows one word, 青禾镇
 * stands anywhere), which the gazetteer does not know anywhere in the country.
 */
export function unlistedTownName(gazetteer: Gazetteer, doc: ReadDocument): string | null {
  const text = `${doc.title}\n${doc.text}`;
  for (const m of doc.title.matchAll(SUFFIX)) {
    const end = m.index + m[0].length;
    if (suffixStartsWord(doc.title, m.index, m[0].length)) continue;
    for (let start = Math.max(0, m.index - 4); start <= m.index - 2; start += 1) {
      const name = doc.title.slice(start, end);
      if (!/^[\u4e00-\u9fa5]+$/.test(name) || NOT_A_NAME.test(name)) continue;
      if (NOT_IN_NAME.test(name.slice(0, name.length - m[0].length))) continue;
      const { count, before } = usage(text, name);
      if (count < 3 || before.size < 2) continue;
      return gazetteer.lookup(name).length === 0 ? name : null;
    }
  }
  return null;
}

/** The unlisted town as a place under its district, with the LOCATED_IN link. */
export function unlistedTown(
  doc: ReadDocument,
  at: { name: string; district: PlaceRecord },
): { mention: EntityMention; facts: ExtractedFacts } {
  const id = entityId('Place', 'TOWN', placeIdFromCode(at.district.code), at.name);
  const key = `Place:${id}`;
  const short = shortName(at.name, 'TOWN');
  const span = firstMention(doc, at.name);
  const mention: EntityMention = {
    key,
    label: 'Place',
    name: at.name,
    aliases: short ? [short] : [],
    properties: { kind: 'TOWN', code: null },
    span,
    rule: 'place.unlisted-town',
    confidence: 0.6,
    resolvedId: id,
  };
  const link = {
    type: 'LOCATED_IN' as const,
    fromKey: key,
    toKey: placeKey(at.district.code),
    properties: {},
    span,
    rule: 'place.unlisted-town',
    confidence: 0.6,
  };
  return { mention, facts: { entities: [mention], relations: [link] } };
}
