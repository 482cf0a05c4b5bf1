import type { EntityMention } from '../types';
import { splitItems } from './name-enumeration';
import { parseChineseNumeral } from './number-chinese';
import { stripLeading, type NameSpan } from './name-scan';
import { looksLikeBrand } from './enterprise-names';

function countOf(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (parseChineseNumeral(text) ?? NaN);
}

/** A list counted by its head: A、B、C及D4个项目. */
export interface CountedList {
  items: NameSpan[];
  /** Sentence-local offsets of the list with its head. */
  start: number;
  end: number;
}

/** 4个项目, 两个省级重点项目: the count, then at most a class of projects, then 项目. */
const COUNTED =
  /([\d一二三四五六七八九十两]{1,2})个(?:[省市县区镇]级)?(?:重点|重大|在谈|新建|续建|产业|工业)?(?:集中)?(?:开工|签约|竣工|开竣工|投产|在建)?项目/g;

/** The items of `A、B…` between `from` and `to`, split at 、 only: 某某总部及生产基地 stays one. */
function splitAtCommas(text: string, from: number, to: number): NameSpan[] {
  const items: NameSpan[] = [];
  let start = from;
  for (let i = from; i <= to; i += 1) {
    if (i < to && text[i] !== '、') continue;
    items.push({ name: text.slice(start, i), start, end: i });
    start = i + 1;
  }
  return items;
}

/**
 * 县委常委、副县长某某对甲、乙…6个项目情况进行了通报: a list of the right count is the last
 * items, the first of them taken after the preposition that governs the list (对, 把, 将, 就).
 * Without such a preposition the first item is not known to start a name, and the list is left.
 */
function afterPreposition(items: NameSpan[]): NameSpan[] {
  const first = items[0];
  const m = first ? /^.*?[对把将就]/.exec(first.name) : null;
  if (!first || !m || first.name.length - m[0].length < 3) return [];
  const rest = { name: first.name.slice(m[0].length), start: first.start + m[0].length, end: first.end };
  return [rest, ...items.slice(1)];
}

/**
 * 甲和乙两个光伏发电项目: the count, then the kind of works the listed companies build. Read
 * only when every item is a company's trade name (a list of places or products under a kind
 * is a scope, not projects).
 */
const COUNTED_KIND = /([\d一二三四五六七八九十两]{1,2})个[\u4e00-\u9fa5]{2,6}?项目/g;

/**
 * `A、B、C及D4个项目正式落户`: a list with no 等 whose count of projects follows it. The
 * items are projects when their number is the count, read at 、 and 及 (特种门、锂电池…及
 * 光伏组件4个项目) or at 、 alone (某某产业园、某某总部及生产基地两个项目). Lists counted
 * with a kind of works (COUNTED_KIND, above) are read where no such list overlaps them.
 */
export function countedLists(text: string): CountedList[] {
  const found = countedBy(text, COUNTED);
  if (!text.includes('个')) return found;
  for (const list of countedBy(text, COUNTED_KIND))
    if (
      !found.some((f) => f.start < list.end && list.start < f.end) &&
      list.items.every((item) => looksLikeBrand(withoutHandlingVerb(item).name))
    )
      found.push(list);
  return found;
}

function countedBy(text: string, counted: RegExp): CountedList[] {
  const found: CountedList[] = [];
  for (const m of text.matchAll(counted)) {
    const at = m.index ?? 0;
    const count = countOf(m[1] ?? '');
    let start = at;
    while (start > 0 && !/[，,；;。：:！？\n]/.test(text[start - 1] ?? '')) start -= 1;
    const listed = text.slice(start, at);
    // A、B…4个项目, or two joined by 和: 保障甲和乙两个省级重点项目.
    if (!listed.includes('、') && !(count === 2 && /[和及与]/.test(listed))) continue;
    let items = splitItems(text, { start, end: at });
    if (items.length > count && items[0]) items = splitAtCommas(text, items[0].start, at);
    if (items.length > count) items = afterPreposition(items.slice(-count));
    if (items.length !== count || items.length < 2) continue;
    // 总投资8亿元和3亿元两个项目: a pair of amounts is not a pair of names.
    if (items.some((item) => /^[\d.]/.test(item.name))) continue;
    found.push({ items, start: items[0]?.start ?? start, end: at + m[0].length });
  }
  return found;
}

const BRACKETED = /项目([\d一二三四五六七八九十两]{1,2})个[（(]([^（）()]{2,80})[）)]/g;

/**
 * `工业项目2个(甲、乙)`: a count of projects with their names in brackets after it. The items
 * are projects when their number is the count.
 */
export function bracketedLists(text: string): CountedList[] {
  const found: CountedList[] = [];
  for (const m of text.matchAll(BRACKETED)) {
    const at = (m.index ?? 0) + m[0].indexOf(m[2] ?? '');
    const end = at + (m[2] ?? '').length;
    // The first item's name starts inside the brackets, not at the bracket the scan may take back.
    const items = splitItems(text, { start: at, end }).map((item) =>
      item.start < at ? { name: text.slice(at, item.end), start: at, end: item.end } : item,
    );
    if (items.length !== countOf(m[1] ?? '') || items.length < 2) continue;
    if (items.some((item) => /^[\d.]/.test(item.name))) continue;
    found.push({ items, start: m.index ?? 0, end: end + 1 });
  }
  return found;
}

/**
 * A name that ends in 项目 or 工程 keeps that head as its end: the last item of a list read up
 * to the predicate (甲工程、乙工程集中开工, 甲项目、乙项目正式签约) leaves the batch and status
 * words out.
 */
const AFTER_WORKS_HEAD =
  /^(.{2,}(?:项目|工程))(?:集中|统一|同步|正式|全面|顺利|相继|陆续|先后|均|也|都|已)+(?:开工|动工|签约|竣工|投产|开建|落地|启动)?$/;

/**
 * Status words an item of a list may carry at its end (某某中心项目将(开工)), and the
 * appositive 即 at its start (…项目，即某某民宿、…).
 */
export function withoutTrailingModal(item: NameSpan): NameSpan {
  const batch = AFTER_WORKS_HEAD.exec(item.name);
  if (batch?.[1]) return { name: batch[1], start: item.start, end: item.start + batch[1].length };
  const m = /(?:即将|将|拟|已经|已|正在|正)$/.exec(item.name);
  const cut =
    m && item.name.length - m[0].length >= 2
      ? { name: item.name.slice(0, -m[0].length), start: item.start, end: item.end - m[0].length }
      : item;
  return /^即[^将]/.test(cut.name) && cut.name.length >= 4
    ? { name: cut.name.slice(1), start: cut.start + 1, end: cut.end }
    : cut;
}

/** Verbs of handling projects that open a list's first item: 保障甲和乙…, 重点攻坚甲、乙等…. */
const HANDLING =
  /^(?:全力|重点|着力)?(?:保障|攻坚|服务|推进|加快|推动|抓好|支持|跟进|盯紧|紧盯|招引|引进|谋划|策划|储备|洽谈)/;

/** The first item of a list without the verb that handles the list (保障金桥轻合金 → 金桥轻合金). */
export function withoutHandlingVerb(item: NameSpan): NameSpan {
  const m = HANDLING.exec(item.name);
  if (!m || item.name.length - m[0].length < 3) return item;
  return { name: item.name.slice(m[0].length), start: item.start + m[0].length, end: item.end };
}

/**
 * 火车站至某某新区主干道: a road is named by both its ends; the scan stops at 至, so the
 * origin before it is taken back into the name.
 */
export function withRoadOrigin(text: string, span: NameSpan): NameSpan {
  if (!/(道|路|线|公路|高速|铁路|通道)(项目|工程)?$/.test(span.name) || text[span.start - 1] !== '至')
    return span;
  let start = span.start - 1;
  while (start > 0 && /[\u4e00-\u9fa5A-Za-z0-9]/.test(text[start - 1] ?? '')) start -= 1;
  const origin = stripLeading(text, { from: start, limit: span.start - 1 });
  const length = span.start - 1 - origin;
  return length >= 2 && length <= 8
    ? { name: text.slice(origin, span.end), start: origin, end: span.end }
    : span;
}

/** A prefix that says where works are: a place, a zone or a park. */
const WHERE = /([区镇村乡园]|社区|街道)$/;

/**
 * A project named in full once and then by its tail (官道镇某某村建设项目 … 某某村建设项目;
 * 某某产业园区保障性租赁住房项目 … 园区保障性租赁住房项目): the tail is the same project.
 * The full name becomes an alias of the tail, which joins them when the document is resolved.
 */
export function withFullNames(mentions: readonly EntityMention[]): EntityMention[] {
  const names = [...new Set(mentions.map((m) => m.name))];
  return mentions.map((m) => {
    const fuller = names.filter((n) => {
      if (n.length <= m.name.length || !n.endsWith(m.name)) return false;
      const prefix = n.slice(0, n.length - m.name.length);
      return WHERE.test(prefix) || /^(园区|镇|村)/.test(m.name);
    });
    return fuller.length === 1 && fuller[0] && m.name.length >= 6
      ? { ...m, aliases: [...new Set([...m.aliases, fuller[0]])] }
      : m;
  });
}

/** A village or community in front of works says where they are: the rest is how the works are known. */
export function withoutPlacePrefix(name: string): string | null {
  const m = /^[\u4e00-\u9fa5]{2,4}(?:村|社区)(.{6,})$/.exec(name);
  return m?.[1] && !/^[村社区]/.test(m[1]) ? m[1] : null;
}

/**
 * 山西省某市某县某镇食品物流园项目: the provinces, cities, counties and towns in front say
 * where the works are. Each shorter form left after one of them (某镇食品物流园项目,
 * 食品物流园项目) is how the same works are also written, and becomes an alias; a form too
 * short to name works by itself is left out. `places` are the document's full place names.
 */
export function withPlaceShortForms(
  mentions: readonly EntityMention[],
  places: readonly string[],
): EntityMention[] {
  const admin = places.filter((p) => p.length >= 2 && /(省|市|县|区|镇|乡|街道)$/.test(p));
  return mentions.map((m) => {
    const forms: string[] = [];
    let rest = m.name;
    for (;;) {
      const place = admin.filter((p) => rest.startsWith(p)).sort((a, b) => b.length - a.length)[0];
      if (!place) break;
      rest = rest.slice(place.length);
      if (rest.replace(/(项目|工程)$/, '').length < 5) break;
      forms.push(rest);
    }
    return forms.length === 0 ? m : { ...m, aliases: [...new Set([...m.aliases, ...forms])] };
  });
}
