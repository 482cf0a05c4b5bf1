import type { EntityLabel } from '../../schema/model';
import { isGenericName, nameStart, type NameSpan } from './name-scan';
import { isPlausibleName } from './name-mention';
import { sharedScan } from './sentence-cache';
import { looksLikeCompany } from './enterprise-names';

/** A list of names with the head noun that says what they are. */
export interface Enumeration {
  label: EntityLabel;
  head: string;
  items: NameSpan[];
  /** Sentence-local offsets of the whole list, head included. */
  start: number;
  end: number;
  rule: 'enumeration.deng' | 'enumeration.listing' | 'enumeration.status';
}

/** Head nouns of a list and the kind of its items. */
const HEADS: readonly [RegExp, EntityLabel][] = [
  [/项目|工程|安置小区/, 'Project'],
  [/企业|公司|银行|厂家|合作社|农庄|民宿/, 'Enterprise'],
  [/院所|高校|院校|大学/, 'Institution'],
  [/园区|产业园|工业园/, 'Zone'],
];

function labelOf(head: string): EntityLabel | null {
  return HEADS.find(([re]) => re.test(head))?.[1] ?? null;
}

/**
 * 等一批园区重点企业: a park word that qualifies a later head (企业, 项目) is not the list's head.
 * A bucket threshold may stand before the head (等500万元以上重点项目).
 */
const DENG =
  /等(?:[\d一二三四五六七八九十百]+[余多]?[个家所座项处]|一批|多个|多家)?(?:[\d.]+(?:千万|百万|亿|万)?元以上)?([\u4e00-\u9fa5]{0,6}?(?:项目|工程|安置小区|企业|公司|银行|合作社|农庄|民宿|院所|高校|院校|大学|(?:园区|产业园|工业园)(?![\u4e00-\u9fa5]{0,4}(?:企业|公司|项目))))/g;
const LISTING = /(?:分别是|分别为|具体包括|包括|主要有)[：:]?/g;
/** Names of villages and towns; a short name in 区/市 is a district or city (校区, 园区 are longer). */
const PLACE_END = /(村|镇|乡|街道|社区|县)$|^[\u4e00-\u9fa5]{1,3}[区市]$/;
const CLAUSE_START = /[，,；;。：:！？\n]/;

/** The amount that sizes an item of a list of works: 总投资150亿元的某某项目、投资2亿元某某项目. */
const ITEM_AMOUNT =
  /^(?:总投资|计划投资|投资)(?:额)?[约超近达逾]?\s*[\d.]+\s*(?:千万|百万|亿|万)?(?:美)?元的?/;

/** Splits `A、B和C` or `“A”“B”` into item spans (local offsets), first item stripped of leading verbs. */
export function splitItems(text: string, range: { start: number; end: number }): NameSpan[] {
  const body = text.slice(range.start, range.end);
  const parts: NameSpan[] = [];
  const re = /“[^”]{1,20}”|[^、“”]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const piece = m[0];
    const at = range.start + m.index;
    const joined = /^(.+?)(?:和|及|以及|与)(.+)$/.exec(piece);
    // In the first piece, `X与A` names the partner of the list, not an item: 深化与南大、南医大.
    if (
      joined &&
      parts.length === 0 &&
      m.index === 0 &&
      /与$/.test(piece.slice(0, piece.length - (joined[2] ?? '').length))
    ) {
      const second = joined[2] ?? '';
      const secondAt = at + piece.length - second.length;
      parts.push({ name: second, start: secondAt, end: secondAt + second.length });
    } else if (
      joined &&
      !piece.startsWith('“') &&
      (joined[1] ?? '').length >= 2 &&
      (joined[2] ?? '').length >= 2
    ) {
      const first = joined[1] ?? '';
      parts.push({ name: first, start: at, end: at + first.length });
      const second = joined[2] ?? '';
      const secondAt = at + piece.length - second.length;
      parts.push({ name: second, start: secondAt, end: secondAt + second.length });
    } else {
      const amount = parts.length > 0 ? (ITEM_AMOUNT.exec(piece)?.[0] ?? '') : '';
      parts.push({ name: piece.slice(amount.length), start: at + amount.length, end: at + piece.length });
    }
  }
  // One implausible or generic item means the list was not a list of names
  // (商务楼宇、人才公寓、金融及商业设施; 重大基础设施、重大平台、重点项目).
  // A list of villages or towns (孔村村、合楼村等7个村) is a list of places.
  // The items after the first are as they stand: when one of them fails, so does the list,
  // before the first item's reading segments the sentence.
  if (!parts.every((p, i) => i === 0 || namedItem(p))) return [];
  const first = parts[0];
  if (first) {
    // The first item starts after the clause's own verb: 会议集中签约了新能电池储能产业园 → 新能电池储能产业园.
    const start = nameStart(text, { suffixStart: first.end, maxLength: 30, end: first.end });
    if (start === null || start >= first.end) return [];
    // 建设约140亩的商务楼宇、人才公寓…: a measured, described list is of things, not names.
    const lead = text
      .slice(first.start, start)
      .replace(
        /(?:总投资|计划投资|投资)(?:额)?[约超近达逾]?\s*[\d.]+\s*(?:千万|百万|亿|万)?(?:美)?元的?$/,
        '',
      )
      // 新建的某某基地等10个项目: the state of the works before 的 describes no list of things.
      .replace(/(?:新建|在建|续建|扩建|新开工|新引进|新签约)的$/, '');
    if (/的|[\d.]+\s*(亩|平方米|公里|万|亿)/.test(lead)) return [];
    parts[0] = { name: text.slice(start, first.end), start, end: first.end };
  }
  return parts.every(namedItem) ? parts : [];
}

/**
 * 80万吨甲醇深加工, 30万锭高档纺纱: in a list, works may be named by the capacity they are built
 * for and what they make, with no head of works.
 */
const CAPACITY_LED =
  /^[\d.]+(?:万|千|百)?(?:吨|锭|台|套|件|头|只|羽|千瓦|兆瓦|平方米|立方米)[\u4e00-\u9fa5]{3,12}$/;

/** An item that can be a name: plausible, not generic, not a village or a town. */
function namedItem(p: NameSpan): boolean {
  return (
    (isPlausibleName(p.name, { min: 2, max: 25 }) || CAPACITY_LED.test(p.name)) &&
    !PLACE_END.test(p.name) &&
    (p.name.startsWith('“') || !isGenericName(p.name))
  );
}

function clauseStart(text: string, before: number): number {
  let start = before;
  while (start > 0 && !CLAUSE_START.test(text[start - 1] ?? '')) start -= 1;
  return start;
}

/**
 * `A、B和C等5个项目`: items before 等 with the head noun after it.
 * Example: 武进不锈精密超长钢管、宁辉农光互补等6个项目竣工投产。
 */
function dengLists(text: string): Enumeration[] {
  const found: Enumeration[] = [];
  for (const m of text.matchAll(DENG)) {
    const head = m[1] ?? '';
    const label = labelOf(head);
    if (!label || m.index === undefined) continue;
    const start = clauseStart(text, m.index);
    const items = splitItems(text, { start, end: m.index });
    // One named item is enough before a head of works (苏澳大厦等总部项目落地推进).
    const enough = label === 'Project' ? 1 : 2;
    // 推动华新电线电缆等企业: one company named with a brand and a trade word stands for its kind.
    const oneCompany = label === 'Enterprise' && items.length === 1 && looksLikeCompany(items[0]?.name ?? '');
    if (items.length >= enough || oneCompany)
      found.push({ label, head, items, start, end: m.index + m[0].length, rule: 'enumeration.deng' });
  }
  return found;
}

/**
 * `…重大项目7个，分别是A、B…和C项目`: the head noun stands in the clause before the list.
 * Example: 今年共签约重点项目3个，分别是华星光学、远航物流和启明电子项目。
 */
function listings(text: string): Enumeration[] {
  const found: Enumeration[] = [];
  for (const m of text.matchAll(LISTING)) {
    if (m.index === undefined) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const heads = [...before.matchAll(/项目|工程|企业|公司|银行|院所|高校|园区/g)];
    const head = heads[heads.length - 1]?.[0];
    const label = head ? labelOf(head) : null;
    if (!head || !label) continue;
    const listStart = m.index + m[0].length;
    let end = listStart;
    while (end < text.length && !/[，,；;。！？\n]/.test(text[end] ?? '')) end += 1;
    // 包括甲、乙、丙等，涉及…: the 等 closing the list is not part of its last item.
    const itemsEnd = text[end - 1] === '等' ? end - 1 : end;
    const items = splitItems(text, { start: listStart, end: itemsEnd });
    // 包括甲产业园(乙中心)、…: the list opens right after its word; a bracketed note at the end
    // of the first item does not move its start into the note.
    const first = items[0];
    if (first && first.start > listStart && /[（(]/.test(text.slice(listStart, first.start)))
      items[0] = { name: text.slice(listStart, first.end), start: listStart, end: first.end };
    // The list's status is told in the clause that names its head: 今年签约重点项目3个，分别是…
    const headClause = clauseStart(text, Math.max(0, m.index - 1));
    if (items.length >= 2)
      found.push({ label, head, items, start: headClause, end, rule: 'enumeration.listing' });
  }
  return found;
}

const STATUS_CLAUSE =
  /(?:^|[，,；;：:])([^，,；;：:。]{4,80}?)(?:已经|均已|已|均)?(?:正式|顺利|全面)?(?:开工|签约|竣工|投产|落地|落户|开业|投用|出形态|投入运行|开通运营)/g;

/**
 * `A、B已正式开工` after a clause about projects: the subjects of a status verb are projects.
 * Example: 积极引进新兴产业项目，华星光学、远航物流已正式开工。
 */
function statusLists(text: string): Enumeration[] {
  const found: Enumeration[] = [];
  // A list needs 、 (checked on each clause below): without one, the scan would find nothing.
  if (!text.includes('、')) return found;
  for (const m of text.matchAll(STATUS_CLAUSE)) {
    if (m.index === undefined) continue;
    const body = m[1] ?? '';
    const start = m.index + m[0].indexOf(body);
    // Verbs of building (出形态, 开通运营) need no context; 开工 or 签约 follow a clause about projects.
    const building = /(出形态|投入运行|开通运营)$/.test(m[0]);
    if (!body.includes('、') || (!building && !/项目/.test(text.slice(0, start)))) continue;
    const items = splitItems(text, { start, end: start + body.length });
    if (items.length >= 2)
      found.push({
        label: 'Project',
        head: '项目',
        items,
        start,
        end: m.index + m[0].length,
        rule: 'enumeration.status',
      });
  }
  return found;
}

/**
 * Every enumeration of named entities in a sentence. Six rules ask for the lists of each
 * sentence: they are found once per text (sentence-cache.ts) and shared, frozen.
 */
export const findEnumerations: (text: string) => readonly Enumeration[] = sharedScan(enumerationsOf);

function enumerationsOf(text: string): Enumeration[] {
  const found: Enumeration[] = [];
  // A status clause may hold a 等 list already found (A、B等一批项目相继落户): the first reading wins.
  for (const list of [...dengLists(text), ...listings(text), ...statusLists(text)]) {
    const overlaps = found.some((f) =>
      f.items.some((a) => list.items.some((b) => a.start < b.end && b.start < a.end)),
    );
    if (!overlaps) found.push(list);
  }
  return found;
}
