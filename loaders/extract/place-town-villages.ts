import type { Gazetteer, PlaceRecord } from '../gazetteer';
import type { Sentence } from '../types';
import type { PlaceMatch } from './place-scan';
import { fullKeys } from './place-scope';
import { villageKind, type UnlistedPlace } from './place-unlisted';

/** Words between a town and the villages it governs: 某镇下辖甲村、乙村; 该镇所辖甲村. */
const GOVERNS = /^(?:下辖|所辖|辖|管辖)?/;
/** The document's own town named by a pronoun, only before a verb of governing. */
const THIS_TOWN = /(?:该|本|我)(?:镇|乡|街道)(?=下辖|所辖|辖|管辖)/g;
/** One village or community: a short stem and its noun, not 村委/村民/村级 and the like. */
const ITEM = /^([\u4e00-\u9fa5]{2,4}?)(村|社区)(?![委民级干组庄落里])/;
/**
 * Stems that classify villages instead of naming one (示范村, 行政村, 三个村), stems that open
 * with a function word (的乡村 after 某镇), and 乡村/农村 read as a name's end.
 */
const NOT_A_NAME =
  /[乡农]$|^[的在和与及对向把被将是有共为]|^(?:行政|自然|示范|重点|中心|贫困|脱贫|美丽|文明|先进|特色|试点|样板|和美|宜居|精品|新农|农|乡|城|各|全|本|该|每|所有|相关|[一二两三四五六七八九十百\d]+个?)/;
/** Verbs of events and works, which no village name holds: 某镇举行新设社区揭牌仪式. */
const EVENT_VERB = /举行|召开|举办|组织|开展|新设|新增|新建|打造|成立|创建|推进|实施|启动|揭牌|挂牌/;
const SEPARATOR = /^[、和及与]/;
const SHORT_ITEM = /^[\u4e00-\u9fa5](?:村|社区)(?=[、和及与])/;

/** A village the text places in a town: its kind and that town. */
export interface TownVillage {
  kind: UnlistedPlace['kind'];
  town: PlaceRecord;
}

/**
 * Villages and communities listed right after a town the text names (某镇甲村、乙村…, 某镇下辖
 * 甲村、乙村, and 该镇下辖… for the document's own town): the text places them in that town,
 * whatever the gazetteer says. The gazetteer misses villages merged or renamed since it was
 * compiled, and a same-named village of another town is not the one meant. Returns name →
 * village, for the names the gazetteer does not already list under their town.
 */
export function villagesOfTowns(
  sentences: readonly Sentence[],
  at: { towns: readonly PlaceRecord[]; home: PlaceRecord | null; gazetteer: Gazetteer },
): Map<string, TownVillage> {
  const found = new Map<string, TownVillage>();
  for (const town of at.towns) {
    const own = ownNames(at.gazetteer, town);
    const home = town.code === at.home?.code;
    for (const { text } of sentences) {
      for (const from of townMentions(text, { town: town.name, home })) {
        for (const item of listAfter(text, from)) {
          if (own.has(item.name) || found.has(item.name)) continue;
          found.set(item.name, { kind: villageKind(item.name), town });
        }
      }
    }
  }
  if (found.size > 0)
    for (const { text } of sentences) addListedWith(text, { found, gazetteer: at.gazetteer });
  return found;
}

/** The full names of a town's villages and communities in the gazetteer. */
function ownNames(gazetteer: Gazetteer, town: PlaceRecord): Set<string> {
  return new Set(gazetteer.children(town.code).flatMap((c) => fullKeys(c)));
}

/** A list of villages: the first item may run back into the words before it. */
const VILLAGE_LIST = /[\u4e00-\u9fa5]{2,4}?(?:村|社区)(?:[、和及与][\u4e00-\u9fa5]{2,4}?(?:村|社区))+/g;

/**
 * 天鹅村、尚义村、太平村三村联建: the villages listed with one of a town's villages are that
 * town's too. A first item counts only where the list opens a clause (its start is then clean).
 */
function addListedWith(text: string, at: { found: Map<string, TownVillage>; gazetteer: Gazetteer }): void {
  for (const m of text.matchAll(VILLAGE_LIST)) {
    const items = m[0].split(/[、和及与]/);
    const opensClause = (m.index ?? 0) === 0 || /[，,。；;：:\s]/.test(text[(m.index ?? 0) - 1] ?? '');
    const clean = opensClause ? items : items.slice(1);
    const known = items
      .map((item, i) => (i === 0 ? [...at.found.keys()].find((v) => item.endsWith(v)) : item))
      .map((name) => (name ? at.found.get(name) : undefined))
      .find((v) => v !== undefined);
    if (!known) continue;
    const own = ownNames(at.gazetteer, known.town);
    for (const item of clean) {
      const stem = item.replace(/(村|社区)$/, '');
      if (
        at.found.has(item) ||
        own.has(item) ||
        NOT_A_NAME.test(stem) ||
        EVENT_VERB.test(stem) ||
        stem.length < 2 ||
        stem.length > 4
      )
        continue;
      at.found.set(item, { kind: villageKind(item), town: known.town });
    }
  }
}

/** Where the words after each mention of the town begin; 该镇 stands for the document's own town. */
function townMentions(text: string, at: { town: string; home: boolean }): number[] {
  const ends: number[] = [];
  for (let i = text.indexOf(at.town); i >= 0; i = text.indexOf(at.town, i + at.town.length))
    ends.push(i + at.town.length);
  if (at.home) for (const m of text.matchAll(THIS_TOWN)) ends.push((m.index ?? 0) + m[0].length);
  return ends;
}

/** The villages listed from `from` on: the first right after the town, the rest after 、和及与. */
function listAfter(text: string, from: number): { name: string; start: number }[] {
  const items: { name: string; start: number }[] = [];
  let at = from + (GOVERNS.exec(text.slice(from))?.[0].length ?? 0);
  for (;;) {
    // 某镇蔡村、大陆村: a one-character stem is too short to trust, but the list goes on after it.
    const short = SHORT_ITEM.exec(text.slice(at));
    const m = short ? null : ITEM.exec(text.slice(at));
    if (!short && (!m?.[1] || NOT_A_NAME.test(m[1]) || EVENT_VERB.test(m[1]))) break;
    if (m) items.push({ name: m[0], start: at });
    at += (short ?? m)?.[0].length ?? 0;
    const sep = SEPARATOR.exec(text.slice(at));
    if (!sep) break;
    at += sep[0].length;
  }
  return items;
}

/**
 * The mentions in one sentence of the town's villages: matches the gazetteer resolved to a
 * same-named place elsewhere are dropped, and every mention becomes an unlisted place under
 * the town.
 */
export function townVillageMentions(
  text: string,
  at: { villages: ReadonlyMap<string, TownVillage>; matches: readonly PlaceMatch[] },
): { kept: PlaceMatch[]; unlisted: UnlistedPlace[] } {
  const kept = at.matches.filter((m) => {
    const village = at.villages.get(m.name);
    return !village || m.record.code.startsWith(village.town.code);
  });
  const unlisted: UnlistedPlace[] = [];
  for (const [name, { kind, town }] of at.villages) {
    for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + name.length)) {
      const end = start + name.length;
      // 大田村 inside 新大田村: a longer place read there is another place.
      if (kept.some((m) => m.start < end && start < m.end)) continue;
      unlisted.push({ name, kind, start, end, town: town.code, rule: 'place.town-village' });
    }
  }
  return { kept, unlisted };
}
