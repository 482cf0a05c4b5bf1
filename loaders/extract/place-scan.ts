import type { PlaceKind } from '../../schema/model';
import type { PlaceRecord } from '../gazetteer';
import { fullKeys, type ScopedPlaces } from './place-scope';
import { inSloganList, suffixStartsWord } from './place-false-names';

/** A place found in a sentence; offsets are into the sentence's text. */
export interface PlaceMatch {
  start: number;
  end: number;
  record: PlaceRecord;
  /** The name the place goes by here (成章村 for the merged 成章社区 committee). */
  name: string;
  kind: PlaceKind;
  rule: string;
  confidence: number;
}

const SUFFIX = /省|市|区|县|旗|州|盟|镇|乡|街道|社区|村/g;
const HAN = /^[\u4e00-\u9fa5]+$/;
const MAX_STEM = 8;
/** An autonomous division's name holds its nationalities (双江拉祜族佤族布朗族傣族自治县). */
const MAX_AUTONOMOUS_STEM = 14;

/**
 * place.full-name: a run of characters ending in a division suffix that the gazetteer
 * confirms in the document's scope; the longest confirmed run wins.
 * Example: "闵市村存量安置房宅改项目顺利完成" → 闵市村 (320412119207).
 * A village-level name goes first to a town named before it in the sentence, and when the
 * document's scope cannot place it, to a town named earlier in the text (`earlier`):
 * "到邻县某乡甲村、乙村参观" names that township's villages, not namesakes at home.
 */
export function scanFullNames(
  text: string,
  places: ScopedPlaces,
  earlier: { towns?: readonly string[]; upper?: readonly string[] } = {},
): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  const near: string[] = [];
  const nearUpper: string[] = [];
  for (const m of text.matchAll(SUFFIX)) {
    const end = m.index + m[0].length;
    // 调研乡村振兴, 运河区域: the suffix begins a word (place-false-names.ts).
    if (suffixStartsWord(text, m.index, m[0].length)) continue;
    const longest = text.endsWith('自治', m.index) ? MAX_AUTONOMOUS_STEM : MAX_STEM;
    // A stem reaching past the Chinese characters before the suffix is no name (HAN below):
    // start at the longest that does not.
    for (let stem = hanRunBefore(text, m.index, longest); stem >= 2; stem--) {
      const name = text.slice(m.index - stem, end);
      if (!HAN.test(name)) continue;
      if (inSloganList(text, { start: m.index - stem, end }, (item) => shortNamesPlace(places, item)))
        continue;
      const record = places.full(name, {
        near,
        earlier: earlier.towns,
        nearUpper,
        earlierUpper: earlier.upper,
      });
      if (!record) continue;
      if (record.kind === 'TOWN') near.unshift(record.code);
      if (record.kind === 'DISTRICT' || record.kind === 'CITY') nearUpper.unshift(record.code);
      found.push(
        matchOf(record, { start: m.index - stem, end, name, rule: 'place.full-name', confidence: 1 }),
      );
      break;
    }
    const short = oneCharacterCounty(text, m, places);
    if (short && !found.some((f) => f.end === end))
      found.push(
        matchOf(short, {
          start: m.index - 1,
          end,
          name: short.name,
          rule: 'place.full-name',
          confidence: 0.9,
        }),
      );
  }
  return dropContained(found);
}

/** How many Chinese characters (as HAN reads them) stand right before `at`, at most `limit`. */
function hanRunBefore(text: string, at: number, limit: number): number {
  let run = 0;
  while (run < limit && run < at) {
    const code = text.charCodeAt(at - run - 1);
    if (code < 0x4e00 || code > 0x9fa5) break;
    run += 1;
  }
  return run;
}

/**
 * A county whose name is one character before 县 (眉县, 沛县, 临县): too short to trust
 * anywhere, so only a county of the document's own city counts (太白县 and its neighbour
 * 眉县 under 宝鸡市), where a namesake word is unlikely.
 */
function oneCharacterCounty(text: string, m: RegExpMatchArray, places: ScopedPlaces): PlaceRecord | null {
  const city = places.scope.city;
  if (m[0] !== '县' || m.index === undefined || m.index < 1 || !city) return null;
  const name = text.slice(m.index - 1, m.index + 1);
  if (!HAN.test(name)) return null;
  const found = places.gazetteer.lookup(name).filter((r) => r.kind === 'DISTRICT' && r.code.startsWith(city));
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** A short item of a list that is a town, village, city or province by short form (大港 in 大港、大路镇). */
function shortNamesPlace(places: ScopedPlaces, item: string): boolean {
  return (
    places.short(item, ['TOWN', 'VILLAGE', 'COMMUNITY']).length > 0 ||
    places.gazetteer.lookupUpperShort(item).length > 0 ||
    places.gazetteer.lookup(`${item}镇`).length > 0 ||
    places.gazetteer.lookup(`${item}乡`).length > 0
  );
}

/**
 * place.short-form: the short form of the document's own town, district or city.
 * Example: "扎扎实实推进中国式现代化嘉泽新实践" → 嘉泽镇.
 */
export function scanShortForms(text: string, shorts: ReadonlyMap<string, PlaceRecord>): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  for (const [stem, record] of shorts) pushStemMatches(found, text, stem, record, 'place.short-form', 0.9);
  return found;
}

/**
 * Every occurrence of `stem` in the text as a match of `record` under its full name; an
 * occurrence `skip` refuses (given the index after the stem) is left out.
 */
function pushStemMatches(
  found: PlaceMatch[],
  text: string,
  stem: string,
  record: PlaceRecord,
  rule: string,
  confidence: number,
  skip: (end: number) => boolean = () => false,
): void {
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length)) {
    const end = at + stem.length;
    if (skip(end)) continue;
    found.push(matchOf(record, { start: at, end, name: record.name, rule, confidence }));
  }
}

/**
 * The end of a village name that is a settlement's own name without 村 (枣林庄, 姚庄子, 十里堡,
 * 三尖铺): northern and central villages are written so, the committee's 村 dropped.
 */
const SETTLEMENT_END = /(?:庄|庄子|屯|营|寨|堡|铺|集|楼|圩|垓|圈|店|坊|峪|洼)$/;

/**
 * place.settlement-name: a village of the document's own town written without its 村, when
 * the rest is a settlement's name of three characters or more (以枣林庄为中心 → 枣林庄村).
 * Only the home town's villages are looked for: elsewhere such a word is too often a
 * street, a shop or a village of another town.
 */
export function scanSettlementVillages(
  text: string,
  places: ScopedPlaces,
  home: string | null,
): PlaceMatch[] {
  if (!home) return [];
  const found: PlaceMatch[] = [];
  for (const record of places.gazetteer.children(home)) {
    if (record.kind !== 'VILLAGE' || !record.name.endsWith('村')) continue;
    const stem = record.name.slice(0, -1);
    if (stem.length < 3 || !SETTLEMENT_END.test(stem)) continue;
    pushStemMatches(found, text, stem, record, 'place.settlement-name', 0.8, (end) => text[end] === '村');
  }
  return found;
}

export const ENUMERATION =
  /([\u4e00-\u9fa5]{2,8}(?:[、和及与][\u4e00-\u9fa5]{2,4}?)+)等?(?:[0-9一二两三四五六七八九十]+[个条])?[两三四五六七八九十]?(?:传统|历史文化|古)*(村落|村|社区|镇|街道)/g;
/** Every match of ENUMERATION ends in one of these nouns: most sentences hold none. */
const ENUMERATION_NOUN = /[村镇]|社区|街道/;
const NO_ENUMERATIONS: readonly RegExpExecArray[] = [];

/** The matches of ENUMERATION in a text, without running it over a sentence that names no village, town or community. */
export function enumerationMatches(text: string): Iterable<RegExpExecArray> {
  return ENUMERATION_NOUN.test(text) ? text.matchAll(ENUMERATION) : NO_ENUMERATIONS;
}

const KINDS_OF: Record<string, PlaceKind[]> = {
  村: ['VILLAGE', 'COMMUNITY'],
  村落: ['VILLAGE', 'COMMUNITY'],
  社区: ['COMMUNITY'],
  镇: ['TOWN'],
  街道: ['TOWN'],
};

/**
 * place.short-enumeration: short forms listed before a collective noun of the kind.
 * Example: "运河上街项目入股的庙头、新南、秋泽等3个村预期年收益10%" → 庙头村, 新南村, 秋泽村.
 * The noun may be counted and qualified (甲、乙两村; 甲、乙传统古村落; 甲、乙、丙三个历史文化村).
 */
export function scanShortEnumerations(text: string, places: ScopedPlaces, home: string | null): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  for (const m of enumerationMatches(text)) {
    const noun = m[2] ?? '村';
    const items = (m[1] ?? '').replace(/等$/, '').split(/[、和及与]/);
    let at = m.index;
    const resolved: PlaceMatch[] = [];
    items.forEach((raw, i) => {
      // The first item runs back into the words before the list (完成了对观庄): try its tails, longest first.
      const tails = i === 0 ? [4, 3, 2].map((n) => raw.slice(-n)).filter((t) => t.length >= 2) : [raw];
      for (const stem of tails) {
        const candidates = places.short(stem, KINDS_OF[noun] ?? []);
        // 宝石村 beside 宝石社区: before 村 the village is meant.
        const villages = candidates.filter((c) => c.kind === 'VILLAGE');
        const record =
          pick(candidates, home) ??
          (noun.startsWith('村') && villages.length < candidates.length ? pick(villages, home) : null);
        if (!record) continue;
        const start = at + raw.length - stem.length;
        resolved.push(enumerated(record, { stem, noun, start }));
        break;
      }
      at += raw.length + 1;
    });
    if (resolved.length >= 2) found.push(...resolved);
  }
  return found;
}

function enumerated(record: PlaceRecord, at: { stem: string; noun: string; start: number }): PlaceMatch {
  const asVillage = `${at.stem}村`;
  const merged =
    at.noun.startsWith('村') && record.kind === 'COMMUNITY' && fullKeys(record).includes(asVillage);
  return {
    start: at.start,
    end: at.start + at.stem.length,
    record,
    name: merged ? asVillage : record.name,
    kind: merged ? 'VILLAGE' : record.kind,
    rule: 'place.short-enumeration',
    confidence: 0.85,
  };
}

/** One candidate, or the one under the document's own town when the district has several. */
function pick(candidates: PlaceRecord[], home: string | null): PlaceRecord | null {
  if (candidates.length === 1) return candidates[0] ?? null;
  const local = candidates.filter((c) => home && c.code.startsWith(home));
  return local.length === 1 ? (local[0] ?? null) : null;
}

function matchOf(
  record: PlaceRecord,
  at: { start: number; end: number; name: string; rule: string; confidence: number },
): PlaceMatch {
  const merged = at.name !== record.name && /村$/.test(at.name);
  // 川底乡 for the district's 川底镇 (ScopedPlaces.full): the text's title is the name here.
  const retitled = record.kind === 'TOWN' && at.name !== record.name && /[乡镇]$/.test(at.name);
  return {
    ...at,
    record,
    name: merged || retitled ? at.name : record.name,
    kind: merged ? 'VILLAGE' : record.kind,
  };
}

/** Drops matches inside a longer one, and later matches overlapping an earlier one. */
export function dropContained(matches: PlaceMatch[]): PlaceMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PlaceMatch[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}
