import { entityId, placeIdFromCode } from '../../schema/ids';
import type { EntityMention, ExtractedFacts, Span } from '../types';
import { placeKey } from './place-facts';
import type { PlaceMatch } from './place-scan';

const ITEM = /^[\u4e00-\u9fa5]{2,5}(村|社区)$/;
const SEPARATOR = /[、和及与]/;

/**
 * place.unlisted-sibling: a village or community the gazetteer does not list (renamed,
 * merged, or a natural village) named in one list with listed villages of the same town.
 * It becomes a place under that town, with an id from its kind, parent and name, and a
 * lower confidence. Example: "黄天荡村、新名村、焦溪村等村" with 新名村 unlisted → 新名村 in 郑陆镇.
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
