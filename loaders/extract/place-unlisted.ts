import { entityId, placeIdFromCode } from '../../schema/ids';
import type { EntityMention, ExtractedFacts, Span } from '../types';
import { placeKey } from './place-facts';
import { enumerationMatches, type PlaceMatch } from './place-scan';

const ITEM = /^[\u4e00-\u9fa5]{2,5}(村|社区)$/;
const SEPARATOR = /[、和及与]/;

/**
 * place.unlisted-sibling: a village or community the gazetteer does not list (renamed,
 * merged, or a natural village) named in one list with listed villages of the same town.
 * It becomes a place under that town, with an id from its kind, parent and name, and a
 * lower confidence. Example: "黄天荡村、新名村、焦溪村等村" with 新名村 unlisted → 新名村 in 郑陆镇.
 * Lists of short forms count too: "黄天荡、新名、焦溪3个村" gives the same.
 */
export function scanUnlistedSiblings(text: string, listed: readonly PlaceMatch[]): UnlistedPlace[] {
  const villages = listed.filter((m) => m.record.code.length === 12);
  const found: UnlistedPlace[] = [];
  for (const v of villages) {
    for (const item of neighbours(text, v)) {
      const kind = villageKind(item.name);
      const taken =
        listed.some((m) => m.start < item.end && item.start < m.end) ||
        found.some((f) => f.start === item.start);
      if (!taken) found.push({ ...item, kind, town: v.record.code.slice(0, 9) });
    }
  }
  return [...found, ...shortSiblings(text, listed)];
}

/** Words a list of short forms holds that name no village (周边、其他等村). */
const NOT_A_STEM =
  /^(?:周边|周围|附近|邻近|其他|其它|其余|部分|相关|全部|所有|各|多|全|本|该|[\d一二两三四五六七八九十]+)/;

/**
 * The items of a list of short forms (甲、乙、丙3个村) that the gazetteer does not list,
 * where at least two others are villages of one town: they are that town's too, named by
 * stem and noun. The first item is left alone, as its start runs into the words before it.
 */
function shortSiblings(text: string, listed: readonly PlaceMatch[]): UnlistedPlace[] {
  const found: UnlistedPlace[] = [];
  for (const m of enumerationMatches(text)) {
    const noun = (m[2] ?? '').replace(/落$/, '');
    if (noun !== '村' && noun !== '社区') continue;
    const end = m.index + (m[1] ?? '').length;
    const inList = listed.filter(
      (l) =>
        l.rule === 'place.short-enumeration' &&
        l.start >= m.index &&
        l.end <= end &&
        l.record.code.length === 12,
    );
    const towns = new Set(inList.map((l) => l.record.code.slice(0, 9)));
    const town = [...towns][0];
    if (inList.length < 2 || towns.size !== 1 || !town) continue;
    let at = m.index;
    (m[1] ?? '').split(/[、和及与]/).forEach((raw, i) => {
      const start = at;
      at += raw.length + 1;
      const stem = raw.replace(/等$/, '');
      if (i === 0 || stem.length < 2 || stem.length > 4 || NOT_A_STEM.test(stem)) return;
      if (listed.some((l) => l.start < start + stem.length && start < l.end)) return;
      const name = `${stem}${noun}`;
      found.push({ name, kind: villageKind(name), start, end: start + stem.length, town });
    });
  }
  return found;
}

/** A community by its noun, a village otherwise. */
export function villageKind(name: string): UnlistedPlace['kind'] {
  return name.endsWith('社区') ? 'COMMUNITY' : 'VILLAGE';
}

export interface UnlistedPlace {
  name: string;
  kind: 'VILLAGE' | 'COMMUNITY';
  start: number;
  end: number;
  /** Code of the town the listed siblings stand in. */
  town: string;
  /** The rule that found it, when not the sibling rule. */
  rule?: string;
}

/** The list items right before and after a match, when they look like village names. */
function neighbours(text: string, m: PlaceMatch): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  if (SEPARATOR.test(text[m.end] ?? '')) {
    const rest = /^[\u4e00-\u9fa5]+?(?:村|社区)(?=[、和及与等，,。；;]|$)/.exec(text.slice(m.end + 1));
    if (rest && ITEM.test(rest[0]))
      out.push({ name: rest[0], start: m.end + 1, end: m.end + 1 + rest[0].length });
  }
  if (SEPARATOR.test(text[m.start - 1] ?? '')) {
    const head = /(?:^|[、和及与，,；;：:])([\u4e00-\u9fa5]{2,5}(?:村|社区))$/.exec(
      text.slice(0, m.start - 1),
    );
    if (head?.[1]) out.push({ name: head[1], start: m.start - 1 - head[1].length, end: m.start - 1 });
  }
  return out;
}

/** Entities and LOCATED_IN links for unlisted places, each with the span that named it. */
export function unlistedFacts(found: readonly { place: UnlistedPlace; span: Span }[]): ExtractedFacts {
  const entities: EntityMention[] = [];
  const relations: ExtractedFacts['relations'] = [];
  for (const { place, span } of found) {
    const parentId = placeIdFromCode(place.town);
    const id = entityId('Place', place.kind, parentId, place.name);
    const key = `Place:${id}`;
    const short = place.name.replace(/(村|社区)$/, '');
    entities.push({
      key,
      label: 'Place',
      name: place.name,
      aliases: short.length >= 2 ? [short] : [],
      properties: { kind: place.kind, code: null },
      span,
      rule: place.rule ?? 'place.unlisted-sibling',
      confidence: 0.5,
      resolvedId: id,
    });
    relations.push({
      type: 'LOCATED_IN',
      fromKey: key,
      toKey: placeKey(place.town),
      properties: {},
      span,
      rule: place.rule ?? 'place.unlisted-sibling',
      confidence: 0.5,
    });
  }
  return { entities, relations };
}
