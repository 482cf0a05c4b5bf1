import { placeIdFromCode } from '../../schema/ids';
import { shortName, type Gazetteer, type PlaceRecord } from '../gazetteer';
import type { EntityMention, ExtractedFacts, RelationMention, Span } from '../types';
import type { PlaceMatch } from './place-scan';

export function placeKey(code: string): string {
  return `Place:${placeIdFromCode(code)}`;
}

/**
 * The place a record stands for: a prefecture-level city without counties (东莞市, 中山市)
 * is listed again at the district level under its own name, and that entry is the city.
 */
export function ownLevel(gazetteer: Gazetteer, record: PlaceRecord): PlaceRecord {
  if (record.kind !== 'DISTRICT') return record;
  const parent = gazetteer.parent(record.code);
  if (parent?.name === record.name) return parent;
  // A county-level city the province governs itself (潜江市, 天门市) has no prefecture
  // between them: it stands at the city level, and the conventions call it CITY.
  return parent?.kind === 'PROVINCE' && record.name.endsWith('市') ? { ...record, kind: 'CITY' } : record;
}

/** The entity mention of a resolved place. */
export function placeMention(
  record: PlaceRecord,
  at: { span: Span; rule: string; confidence: number; name?: string; kind?: string },
): EntityMention {
  const name = at.name ?? record.name;
  const kind = at.kind ?? record.kind;
  const short = shortName(name, record.kind === kind ? record.kind : 'VILLAGE');
  return {
    key: placeKey(record.code),
    label: 'Place',
    name,
    aliases: short ? [short] : [],
    properties: { kind, code: record.code },
    span: at.span,
    rule: at.rule,
    confidence: at.confidence,
    resolvedId: placeIdFromCode(record.code),
  };
}

export interface LocatedMatch {
  match: PlaceMatch;
  span: Span;
}

/**
 * Entities for every match, plus each matched place's parent chain (village → town →
 * district → city → province), once per document, with the LOCATED_IN links between them.
 * The chain comes from the gazetteer, so its links are certain; their span is the mention
 * that brought the place in (rules place.ancestor and gazetteer).
 * Example: "闵市村存量安置房宅改项目顺利完成" → 闵市村 → 嘉泽镇 → 武进区 → 常州市 → 江苏省.
 */
export function placeFacts(gazetteer: Gazetteer, found: readonly LocatedMatch[]): ExtractedFacts {
  const entities: EntityMention[] = [];
  const relations: RelationMention[] = [];
  const chained = new Set<string>();
  for (const { match, span } of found) {
    const record = ownLevel(gazetteer, match.record);
    const kind = record === match.record ? match.kind : record.kind;
    entities.push(placeMention(record, { ...match, span, kind }));
    let child = record;
    while (!chained.has(child.code)) {
      chained.add(child.code);
      const upper = gazetteer.parent(child.code);
      const parent = upper ? ownLevel(gazetteer, upper) : null;
      if (!parent) break;
      if (!chained.has(parent.code)) {
        entities.push(placeMention(parent, { span, rule: 'place.ancestor', confidence: 1 }));
      }
      relations.push({
        type: 'LOCATED_IN',
        fromKey: placeKey(child.code),
        toKey: placeKey(parent.code),
        properties: {},
        span,
        rule: 'gazetteer',
        confidence: 1,
      });
      child = parent;
    }
  }
  return { entities, relations };
}
