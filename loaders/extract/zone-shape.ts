import { clauseAround } from './name-mention';
import type { NameSpan } from './name-scan';

/**
 * The shape of a zone's name in running text: where a scanned span holds more than one
 * zone's name, or only describes a kind of zone. Real reports join a park to its sector with
 * a dash (某某产业园区--某某板块), name works inside a zone after the zone (某某示范区某某商贸城),
 * and speak of zones by level or scope (市级文化产业园区, 全省开发区) or as a goal
 * (打造具有影响力的某某园区).
 */

/** A double hyphen or a dash joins two names (某某园区--某某板块); the first is the zone. */
const DASH = /-{2,}|[—–]+/;

/** The part of a span before a dash that joins two names, when the span has one. */
export function beforeDash(span: NameSpan): NameSpan {
  const m = DASH.exec(span.name);
  if (!m || m.index < 4) return span;
  const name = span.name.slice(0, m.index);
  return { name, start: span.start, end: span.start + name.length };
}

/**
 * Heads that close a zone of its own inside a longer span: 川渝合作示范区 in 川渝合作示范区某某
 * 商贸城, 某某园区 in 某某园区某某孵化园. Only the heads of planned areas with their own
 * administration: a park or a market inside one is what the area holds.
 */
const CONTAINER_HEADS = /^(.{2,14}?(?:示范区|开发区|高新区|经开区|园区|新区|合作区|试验区|集中区))(.{3,})$/;

/**
 * The container zone at the head of a span that names something inside it (川渝合作示范区某某
 * 物流商贸城 → 川渝合作示范区), when `isZone` accepts it; null when the span is one name.
 */
export function containerZone(span: NameSpan, isZone: (name: string) => boolean): NameSpan | null {
  const m = CONTAINER_HEADS.exec(span.name);
  const outer = m?.[1];
  const rest = m?.[2] ?? '';
  // 某某园区管委会, 某某园区二期: a body or a phase of the zone, not a second name.
  if (!outer || /^(?:[一二三四五六七八九十\d]+期|管委会|党工委|内|外|中)/.test(rest)) return null;
  if (!isZone(outer)) return null;
  return { name: outer, start: span.start, end: span.start + outer.length };
}

/**
 * 某某产业转移工业园中心启动区, 某某新城核心区: a part of a zone named by its stage or its place in
 * the plan (启动区, 起步区, 核心区) is that zone's part, not a zone of its own name.
 */
const PART_AREA = /^(.{4,}?)(?:中心|核心|首期|一期)?(?:启动区|起步区|核心区)$/;

/** The zone whose part the span names (某某工业园 of 某某工业园中心启动区), when `isZone` accepts it. */
export function partOwner(span: NameSpan, isZone: (name: string) => boolean): NameSpan | null {
  const owner = PART_AREA.exec(span.name)?.[1];
  if (!owner || !isZone(owner)) return null;
  return { name: owner, start: span.start, end: span.start + owner.length };
}

/**
 * 市级文化产业园区, 省级高新区: a level names a class of zone, not one zone; also after the
 * place or the sponsor that owns the class (某某区市级文化产业园区, 某某学院省级大学科技园).
 */
const LEVEL_CLASS = /(?:国家|省|市|县|区|镇)级/;
/** 白鹭省级经济开发区: a level between a proper name and a development zone's head is its rank. */
const RANKED_ZONE =
  /^[\u4e00-\u9fa5]{2,8}(?:国家|省)级(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|经开区|工业园区)$/;

/** 全省开发区, 各类园区, 本区园区: a scope in front speaks of all the zones of a kind. */
const SCOPE_CLASS = /(?:全[省市县区国镇]|各类?|本[省市县区镇]|所有)$/;
/** The same scope inside the span, where a word before it stuck to the name (领会全省开发区). */
const SCOPE_INSIDE = /全[省市县国镇]|各类/;

/**
 * 打造具有区域影响力的某某园区, 把某镇打造成为某某示范区、某某度假区: a zone described as a goal
 * is not yet a name.
 */
const GOAL_BEFORE =
  /(?:打造|建成为|建设成为?|成为|争创|培育)[^，,；;。：:、]*的$|(?:打造成|建设成|建成为)[^，,；;。：:]*$/;

/** 建成 alone is a completion (建成投运的某某园区, 某某建成区), not a goal: only 建成为 is. */
const GOAL_INSIDE = /打造成|建设成|建成为/;

/**
 * True when the span (local to `text`) speaks of a kind of zone, by its level, its scope or
 * as a goal, rather than naming one.
 */
export function isZoneClass(text: string, span: NameSpan): boolean {
  if (LEVEL_CLASS.test(span.name) && !RANKED_ZONE.test(span.name)) return true;
  // 某某商圈经济: the economy of a kind of district, not the district.
  if (span.name.endsWith('商圈') && text.startsWith('经济', span.end)) return true;
  const clause = clauseAround(text, span.start);
  const before = text.slice(clause.start, span.start);
  if (SCOPE_CLASS.test(before) || SCOPE_INSIDE.test(span.name)) return true;
  // 某州努力建设成某某示范区: the verb of making stuck inside the span makes it a goal too.
  if (GOAL_INSIDE.test(span.name)) return true;
  return GOAL_BEFORE.test(before);
}
