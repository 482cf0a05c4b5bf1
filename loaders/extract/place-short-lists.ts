import type { Gazetteer, PlaceRecord } from '../gazetteer';
import type { PlaceMatch } from './place-scan';
import type { ScopedPlaces } from './place-scope';

/**
 * place.short-list: provinces and prefecture-level cities named by their short forms in a
 * list of destinations closed by 等地 (赴青岛、温州等地招商 → 青岛市, 温州市). Outside the
 * document's own scope a short form alone is a word like any other; before 等地 it is a place.
 * A list item may carry the verb that opens the list (赴青岛): its tail is tried too.
 */
const LIST = /((?:[\u4e00-\u9fa5]{2,6}、)*[\u4e00-\u9fa5]{2,6})等(?:地|城市|省市|地区|省份)/g;

export function scanShortPlaceLists(text: string, gazetteer: Gazetteer): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  for (const m of text.matchAll(LIST)) {
    let at = m.index;
    for (const item of (m[1] ?? '').split('、')) {
      const match = itemPlace(gazetteer, item, at);
      if (match) found.push(match);
      at += item.length + 1;
    }
  }
  return found;
}

/** A part of a province or city named by its short form: 福建沿海, 苏南地区's 苏南 is no place. */
const REGION_OF = /([\u4e00-\u9fa5]{2,3})(?:沿海|地区|一带|北部|南部|东部|西部|中部|沿江|山区)$/;

/**
 * The place an item names: the whole item, else its last two to four characters, else a
 * short form before a word for a part of it (深入福建沿海、…等地 → 福建省).
 */
function itemPlace(gazetteer: Gazetteer, item: string, start: number): PlaceMatch | null {
  return wholeOrTail(gazetteer, item, start) ?? regionHead(gazetteer, item, start);
}

function regionHead(gazetteer: Gazetteer, item: string, start: number): PlaceMatch | null {
  const m = REGION_OF.exec(item);
  if (!m?.[1]) return null;
  // 深入福建 holds the verb: try the head's tails, longest first.
  for (const form of [m[1], m[1].slice(1)].filter((f) => f.length >= 2)) {
    const records = gazetteer.lookupUpperShort(form);
    const record = records.length === 1 ? records[0] : undefined;
    if (!record) continue;
    const at = start + m.index + (m[1].length - form.length);
    return shortListMatch(record, at, at + form.length);
  }
  return null;
}

/** A place of a short list, found at [start, end) of the sentence. */
function shortListMatch(record: PlaceRecord, start: number, end: number): PlaceMatch {
  return {
    start,
    end,
    record,
    name: record.name,
    kind: record.kind,
    rule: 'place.short-list',
    confidence: 0.8,
  };
}

function wholeOrTail(gazetteer: Gazetteer, item: string, start: number): PlaceMatch | null {
  for (let from = 0; from <= item.length - 2; from += 1) {
    const form = item.slice(from);
    if (form.length > 4 && from > 0) continue;
    const records = gazetteer.lookupUpperShort(form);
    const record = records.length === 1 ? records[0] : undefined;
    if (!record) continue;
    return shortListMatch(record, start + from, start + item.length);
  }
  return null;
}

const BRACKETED = /[（(]([\u4e00-\u9fa5]{2,4})[）)]/g;

/**
 * place.short-bracketed: a town of the document's district named by its short form in
 * brackets, the way a shared name gives its second seat (城北(青禾)工业园区 → 青禾镇).
 */
export function scanBracketedTowns(text: string, places: ScopedPlaces): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  for (const m of text.matchAll(BRACKETED)) {
    const stem = m[1] ?? '';
    const towns = places.short(stem, ['TOWN']);
    const record = towns.length === 1 ? towns[0] : undefined;
    if (!record) continue;
    const start = m.index + 1;
    found.push({
      start,
      end: start + stem.length,
      record,
      name: record.name,
      kind: record.kind,
      rule: 'place.short-bracketed',
      confidence: 0.8,
    });
  }
  return found;
}
