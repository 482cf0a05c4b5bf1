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
  // Each match holds 等 (and each county list a 、): most sentences hold none.
  for (const m of text.includes('等') ? text.matchAll(LIST) : []) {
    let at = m.index;
    for (const item of (m[1] ?? '').split('、')) {
      const match = itemPlace(gazetteer, item, at);
      if (match) found.push(match);
      at += item.length + 1;
    }
  }
  return found;
}

/**
 * place.short-destination: provinces and prefecture-level cities named by their short forms
 * right after a verb of travel or origin (赴南阳、郑州开展推介; 从浙江引进; 来自江苏; 在郑州某厂打工), and a county
 * or city of that province named right after it (从浙江义乌引回 → 义乌市). Like the lists before
 * 等地, only a form that names one division counts, and not one that heads an institution's or
 * a street's name (从中山大学毕业, 来自杭州某某有限公司的经理).
 */
const DESTINATION = /(?:赴|前往|远赴|奔赴|从|来自|在|到)/g;
/** After 在 or 到 only a stay or a workplace there says the form is a place: 在郑州某厂打工, 到杭州务工. */
const STAY = /^(?:某|打工|务工|工作|创业|经商|求学)/;
const NAME_GOES_ON =
  /^(?:[\u4e00-\u9fa5（）()]{0,20}?(?:公司|集团|大学|学院|中学|小学|医院|银行|研究院|研究所)|路|街|大道|公园|广场|市场)/;

export function scanShortDestinations(text: string, gazetteer: Gazetteer): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  for (const m of text.matchAll(DESTINATION)) {
    let at = m.index + m[0].length;
    const stay = m[0] === '在' || m[0] === '到';
    for (;;) {
      const item = upperAt(gazetteer, text, at);
      if (!item) break;
      if (stay && !STAY.test(text.slice(item.end))) break;
      found.push(shortListMatch(item.record, at, item.end, 'place.short-destination'));
      at = item.end;
      // 浙江义乌: a county or city of the province (or city) just named.
      const inner = innerAt(gazetteer, text, at, item.record.code);
      if (inner) {
        found.push(shortListMatch(inner.record, at, inner.end, 'place.short-destination'));
        at = inner.end;
      }
      if (text[at] !== '、') break;
      at += 1;
    }
  }
  return found;
}

/**
 * The one place `lookup` gives for the short form starting at `at` (three characters first),
 * unless the name goes on past it.
 */
function shortFormAt(
  text: string,
  at: number,
  lookup: (form: string) => PlaceRecord[],
): { record: PlaceRecord; end: number } | null {
  for (const length of [3, 2]) {
    const form = text.slice(at, at + length);
    if (form.length < length) continue;
    const records = lookup(form);
    if (records.length !== 1 || !records[0] || NAME_GOES_ON.test(text.slice(at + length))) continue;
    return { record: records[0], end: at + length };
  }
  return null;
}

/** The province or prefecture-level city whose short form starts at `at`. */
function upperAt(
  gazetteer: Gazetteer,
  text: string,
  at: number,
): { record: PlaceRecord; end: number } | null {
  return shortFormAt(text, at, (form) => gazetteer.lookupUpperShort(form));
}

/** A county, district or county-level city of `within` named by its short form at `at`. */
function innerAt(
  gazetteer: Gazetteer,
  text: string,
  at: number,
  within: string,
): { record: PlaceRecord; end: number } | null {
  return shortFormAt(text, at, (form) =>
    [...gazetteer.lookupUpperShort(form), ...gazetteer.lookupDistrictShort(form)].filter(
      (r) => r.code.startsWith(within) && r.code !== within,
    ),
  );
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
function shortListMatch(
  record: PlaceRecord,
  start: number,
  end: number,
  rule = 'place.short-list',
): PlaceMatch {
  return {
    start,
    end,
    record,
    name: record.name,
    kind: record.kind,
    rule,
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

/**
 * place.short-county-list: counties, districts and county-level cities listed by their short
 * forms before a counted collective noun (甲、乙、丙三县（市）交界; 甲、乙两区). Every item must
 * name exactly one county-level division, all of them of one prefecture-level city (the
 * document's, when it has one): a list of words that merely look like short forms fails on
 * one item or another.
 */
const COUNTY_LIST =
  /((?:[\u4e00-\u9fa5]{2,4}、)+[\u4e00-\u9fa5]{2,4}?)等?[两二三四五六七八九十]?个?(?:县[（(][市区][）)]|县市区|县市|县区|区县|市县|县|区)(?![域委长级])/g;

export function scanCountyLists(text: string, gazetteer: Gazetteer, city: string | null): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  for (const m of text.includes('、') ? text.matchAll(COUNTY_LIST) : []) {
    const items = (m[1] ?? '').split('、');
    let at = m.index;
    const resolved: PlaceMatch[] = [];
    items.forEach((raw, i) => {
      // The first item runs back into the words before the list (地处甲): try its tails, longest first.
      const tails = i === 0 ? [4, 3, 2].map((n) => raw.slice(-n)).filter((t) => t.length >= 2) : [raw];
      for (const form of tails) {
        const records = gazetteer
          .lookupDistrictShort(form)
          .filter((r) => r.code.length === 6 && (!city || r.code.startsWith(city)));
        const record = records.length === 1 ? records[0] : undefined;
        if (!record) continue;
        const start = at + raw.length - form.length;
        resolved.push(shortListMatch(record, start, start + form.length, 'place.short-county-list'));
        break;
      }
      at += raw.length + 1;
    });
    const cities = new Set(resolved.map((r) => r.record.code.slice(0, 4)));
    if (resolved.length === items.length && resolved.length >= 2 && cities.size === 1)
      found.push(...resolved);
  }
  return found;
}
