import type { DocumentContext, EntityMention } from '../types';
import { isAncestor, placesAtHead } from './relation-places';

/**
 * Where a public body sits, as its own name says. A body is named after the division it
 * serves: 青禾县农业农村局 sits in 青禾县, even in a report on one of its towns, and a
 * level word stands for the document's own division of that level (省工信厅 → the
 * document's province, 市发改委 → its city). National bodies (国务院, 国家…, 中国…, 科技部)
 * sit in no place the text is about.
 */

const NATIONAL = /^(?:国务院|国家|中央|中共中央|全国|中国|[\u4e00-\u9fa5]{1,3}部$)/;
/**
 * Universities and colleges serve a province or the country: a report on a town names them as
 * partners (与某某农业大学合作), not as its own bodies. They sit where their name says or nowhere.
 */
const COLLEGE = /(?:大学|学院)$/;
const LEVEL_WORD = /^([省市县区镇])(?![民场区县镇])/;

/** `national`: the body sits in no place the text is about (中国…, 科技部, an unplaced university). */
export type Seat = { place: EntityMention } | { national: true } | null;

export function seatOfBody(ctx: DocumentContext, body: EntityMention): Seat {
  if (NATIONAL.test(body.name)) return { national: true };
  const chain = placesAtHead(ctx, body.name);
  const inner = chain[chain.length - 1];
  if (inner) return { place: inner };
  if (COLLEGE.test(body.name)) return { national: true };
  const level = LEVEL_WORD.exec(body.name)?.[1];
  const place = level ? divisionAtLevel(ctx, level) : null;
  return place ? { place } : null;
}

/**
 * The document's own division a level word stands for (省工信厅, 全县, 全区, 全镇): 省 its
 * province, 市 its city, 县/区 its district, 镇/乡/街道 its town when the document is a town's.
 */
export function divisionAtLevel(ctx: DocumentContext, level: string): EntityMention | null {
  const { primary, district, city } = ctx.places;
  if (level === '县' || level === '区') return district;
  if (level === '市') return city;
  if (level !== '省') return primary && primary.properties.kind === 'TOWN' ? primary : null;
  // The district first: a town the gazetteer does not list has no code to compare.
  const inside = district ?? city ?? primary;
  return (
    ctx.places.places.find(
      (p) => p.properties.kind === 'PROVINCE' && inside !== null && (isAncestor(p, inside) || p === inside),
    ) ?? null
  );
}
