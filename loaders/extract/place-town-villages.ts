import type { PlaceRecord } from '../gazetteer';
import type { Sentence } from '../types';
import type { PlaceMatch } from './place-scan';
import type { ScopedPlaces } from './place-scope';
import type { UnlistedPlace } from './place-unlisted';

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
const SEPARATOR = /^[、和及与]/;

/**
 * Villages and communities listed right after the document's own town (某镇甲村、乙村…, 某镇
 * 下辖甲村、乙村): the text places them in that town, whatever the gazetteer says. The gazetteer
 * misses villages merged or renamed since it was compiled, and a same-named village of
 * another town in the district is not the one meant. Returns name → kind, for the names the
 * gazetteer does not already list under the town.
 */
export function villagesOfTown(
  sentences: readonly Sentence[],
  at: { town: PlaceRecord; places: ScopedPlaces },
): Map<string, UnlistedPlace['kind']> {
  const found = new Map<string, UnlistedPlace['kind']>();
  for (const { text } of sentences) {
    for (const from of townMentions(text, at.town.name)) {
      for (const item of listAfter(text, from)) {
        const listed = at.places.full(item.name);
        if (listed?.code.startsWith(at.town.code)) continue;
        found.set(item.name, item.name.endsWith('社区') ? 'COMMUNITY' : 'VILLAGE');
      }
    }
  }
  if (found.size > 0) for (const { text } of sentences) addListedWith(text, { found, ...at });
  return found;
}

/** A list of villages: the first item may run back into the words before it. */
const VILLAGE_LIST = /[\u4e00-\u9fa5]{2,4}?(?:村|社区)(?:[、和及与][\u4e00-\u9fa5]{2,4}?(?:村|社区))+/g;

/**
 * 天鹅村、尚义村、太平村三村联建: the villages listed with one of the town's villages are the
 * town's too. A first item counts only where the list opens a clause (its start is then clean).
 */
function addListedWith(
  text: string,
  at: { found: Map<string, UnlistedPlace['kind']>; town: PlaceRecord; places: ScopedPlaces },
): void {
  for (const m of text.matchAll(VILLAGE_LIST)) {
    const items = m[0].split(/[、和及与]/);
    const opensClause = (m.index ?? 0) === 0 || /[，,。；;：:\s]/.test(text[(m.index ?? 0) - 1] ?? '');
    const clean = opensClause ? items : items.slice(1);
    const known = items.some((item, i) =>
      i === 0 ? [...at.found.keys()].some((v) => item.endsWith(v)) : at.found.has(item),
    );
    if (!known) continue;
    for (const item of clean) {
      const stem = item.replace(/(村|社区)$/, '');
      if (at.found.has(item) || NOT_A_NAME.test(stem) || stem.length < 2 || stem.length > 4) continue;
      if (at.places.full(item)?.code.startsWith(at.town.code)) continue;
      at.found.set(item, item.endsWith('社区') ? 'COMMUNITY' : 'VILLAGE');
    }
  }
}

/** Where the words after each mention of the town begin. */
function townMentions(text: string, town: string): number[] {
  const ends: number[] = [];
  for (let at = text.indexOf(town); at >= 0; at = text.indexOf(town, at + town.length))
    ends.push(at + town.length);
  for (const m of text.matchAll(THIS_TOWN)) ends.push((m.index ?? 0) + m[0].length);
  return ends;
}

/** The villages listed from `from` on: the first right after the town, the rest after 、和及与. */
function listAfter(text: string, from: number): { name: string; start: number }[] {
  const items: { name: string; start: number }[] = [];
  let at = from + (GOVERNS.exec(text.slice(from))?.[0].length ?? 0);
  for (;;) {
    const m = ITEM.exec(text.slice(at));
    if (!m?.[1] || NOT_A_NAME.test(m[1])) break;
    items.push({ name: m[0], start: at });
    at += m[0].length;
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
  at: {
    villages: ReadonlyMap<string, UnlistedPlace['kind']>;
    town: PlaceRecord;
    matches: readonly PlaceMatch[];
  },
): { kept: PlaceMatch[]; unlisted: UnlistedPlace[] } {
  const kept = at.matches.filter(
    (m) => !(at.villages.has(m.name) && !m.record.code.startsWith(at.town.code)),
  );
  const unlisted: UnlistedPlace[] = [];
  for (const [name, kind] of at.villages) {
    for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + name.length)) {
      const end = start + name.length;
      // 大田村 inside 新大田村: a longer place read there is another place.
      if (kept.some((m) => m.start < end && start < m.end)) continue;
      unlisted.push({ name, kind, start, end, town: at.town.code, rule: 'place.town-village' });
    }
  }
  return { kept, unlisted };
}
