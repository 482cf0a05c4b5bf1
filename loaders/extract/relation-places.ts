import type { DocumentContext, EntityMention, RelationMention, Sentence } from '../types';
import { clauseAround } from './name-mention';

/**
 * Where an entity lies, as far as its own name and the headings above it say: the places
 * a name begins with (山西省吕梁市临县某镇食品物流园项目 lies in 某镇) and the town heading a
 * report's section (a line that is only 某某镇, the projects listed under it lie there).
 */

function codeOf(place: EntityMention): string | null {
  const code = place.properties.code;
  return typeof code === 'string' ? code : null;
}

/** Whether `outer` contains `inner` in the gazetteer (by code prefix), itself excluded. */
export function isAncestor(outer: EntityMention, inner: EntityMention): boolean {
  const a = codeOf(outer);
  const b = codeOf(inner);
  return a !== null && b !== null && a !== b && b.startsWith(a);
}

function forms(place: EntityMention): string[] {
  return [place.name, ...place.aliases].filter((form) => form.length >= 2);
}

/**
 * The forms by which a place heads a name. A village or community counts by its full name
 * only (某某村…): its short form is usually also the name of an old town, a lake or a
 * brand (焦溪古镇, 焦溪二花脸猪), which says nothing about the village.
 */
function headForms(place: EntityMention): string[] {
  const kind = String(place.properties.kind);
  return kind === 'VILLAGE' || kind === 'COMMUNITY' ? [place.name] : forms(place);
}

/**
 * The chain of places a name begins with, outermost first: 松滋市某某镇建材项目 → [松滋市,
 * 某某镇]. Each link must lie inside the one before it, so a brand that merely starts like
 * a place (a company 衢州… in another county) stops the chain.
 */
export function placesAtHead(ctx: DocumentContext, name: string): EntityMention[] {
  return placeChainAtHead(ctx, name).places;
}

/** The head chain of a name and how many characters of the name it covers. */
export function placeChainAtHead(
  ctx: DocumentContext,
  name: string,
): { places: EntityMention[]; length: number } {
  const chain: EntityMention[] = [];
  let length = 0;
  for (;;) {
    const rest = name.slice(length);
    let best: { place: EntityMention; length: number } | null = null;
    for (const place of ctx.places.places) {
      for (const form of headForms(place)) {
        if (!rest.startsWith(form) || form.length >= rest.length) continue;
        if (best && best.length >= form.length) continue;
        const last = chain[chain.length - 1];
        if (last && !isAncestor(last, place)) continue;
        best = { place, length: form.length };
      }
    }
    if (!best) return { places: chain, length };
    chain.push(best.place);
    length += best.length;
  }
}

/**
 * The host a name's own head gives: the innermost place of its head chain, when it is the
 * document's own place, a place inside it, or a town or village. A county or city at the
 * head (松滋市… in a report on one of its towns, 苏州… before a park) says where a company is
 * registered or whose brand a zone carries, not where the works stand: it gives nothing.
 */
export function hostInName(ctx: DocumentContext, mention: EntityMention): EntityMention | null {
  const name = writtenName(mention);
  const bracketed = bracketedTown(ctx, name);
  if (bracketed) return bracketed;
  // 深圳(潮州)产业转移工业园, 广州(清远)某某园: a park one city builds in another names its host in
  // brackets after the builder; the bracketed city or county hosts it.
  const partner = mention.label === 'Zone' ? bracketedHost(ctx, name) : null;
  if (partner) return partner;
  const district = mention.label === 'Zone' ? subParkHost(ctx, name) : null;
  if (district) return district;
  const chain = placesAtHead(ctx, name);
  const inner = chain[chain.length - 1];
  if (!inner) return null;
  const primary = ctx.places.primary;
  if (primary && (inner.key === primary.key || isAncestor(primary, inner))) return inner;
  // A development zone named after a county or city (某某经开区) is that county's or city's,
  // even in a report on one of its towns: the town hosts a project, not the zone.
  if (mention.label === 'Zone' && DEVELOPMENT_ZONE.test(mention.name) && primary && isTownLevel(primary))
    return inner;
  // 天水经济技术开发区 in a report on a county of 天水市: a development zone named after a city or a
  // county lies there, not in the place the report is about (a province's name alone places nothing).
  if (
    mention.label === 'Zone' &&
    DEVELOPMENT_ZONE.test(mention.name) &&
    COUNTY_OR_CITY.has(String(inner.properties.kind))
  )
    return inner;
  // 德清县农业科技园 in a report on one of its towns: a zone carrying a county's full name
  // (not a short form, which is often only a brand) is the county's.
  if (mention.label === 'Zone' && primary && isTownLevel(primary) && name.startsWith(inner.name))
    return inner;
  // 益阳市沅江市船舶制造小镇 in a province's list of towns: a zone written after a county's or a
  // city's full name lies there whatever place the report is about (a brand carries a short form).
  if (
    mention.label === 'Zone' &&
    COUNTY_OR_CITY.has(String(inner.properties.kind)) &&
    /[市县区旗]$/.test(inner.name) &&
    name.includes(inner.name)
  )
    return inner;
  return FINE_KINDS.has(String(inner.properties.kind)) ? inner : null;
}

/**
 * A town, village or community named inside a project's name, after its head, before the
 * part of the works that lies there (某公司秸秆综合利用甲乡基地建设项目, 某大道甲村段, 某贷款
 * 项目甲镇子项目): that part, and so the project as the text lists it, lies in that place. The
 * place must lie inside the document's own district (a company's home county before its
 * name says nothing of the site), and a village counts by its full name only (headForms).
 */
export function placeInsideName(ctx: DocumentContext, mention: EntityMention): EntityMention | null {
  if (mention.label !== 'Project') return null;
  const name = mention.name;
  const primary = ctx.places.primary;
  const home = primary ? codeOf(primary) : null;
  if (!home) return null;
  const district = home.slice(0, 6);
  let best: { place: EntityMention; at: number } | null = null;
  for (const place of ctx.places.places) {
    const code = codeOf(place);
    if (!code || !code.startsWith(district) || !FINE_KINDS.has(String(place.properties.kind))) continue;
    for (const form of headForms(place)) {
      for (let at = name.indexOf(form, 1); at > 0; at = name.indexOf(form, at + 1)) {
        if (!PART_AFTER_PLACE.test(name.slice(at + form.length))) continue;
        if (!best || at > best.at) best = { place, at };
      }
    }
  }
  return best?.place ?? null;
}

/** The part of a work that a place inside its name introduces (甲乡基地, 甲村段, 甲镇子项目). */
const PART_AFTER_PLACE = /^(?:基地|段|分厂|厂区|子项目|片区|园区)/;

/**
 * The name as the text wrote it: a zone found as 某某区国家农业科技园 is named without the place
 * in front (国家农业科技园), which stays an alias; the place it was written with still hosts it.
 */
function writtenName(mention: EntityMention): string {
  if (mention.label !== 'Zone') return mention.name;
  return (
    mention.aliases.find((a) => a.endsWith(mention.name) && a.length > mention.name.length) ?? mention.name
  );
}

/**
 * A town named in brackets inside a name gives the seat a shared brand does not
 * (城北(青禾)工业园区 lies in 青禾镇, not in 城北街道 whose name it begins with).
 */
function bracketedTown(ctx: DocumentContext, name: string): EntityMention | null {
  const inner = /[（(]([\u4e00-\u9fa5]{2,6})[）)]/.exec(name)?.[1];
  const place = inner ? ctx.places.lookup(inner) : null;
  return place && FINE_KINDS.has(String(place.properties.kind)) && forms(place).includes(inner ?? '')
    ? place
    : null;
}

/** Heads of the parts a zone runs in its divisions (某高新区某区片区, 某开发区某旗产业园). */
const SUB_PARK = /^(.{3,}?(?:园|区|城))([\u4e00-\u9fa5]{2,6}?)(?:片区|园区|产业园|工业园|分园)$/;

/**
 * 某高新区北碚片区, 某开发区科右中旗产业园, 某产业园大泽园区: a part of a zone named after a
 * division at its end lies in that division (the zone in front spans several).
 */
function subParkHost(ctx: DocumentContext, name: string): EntityMention | null {
  const m = SUB_PARK.exec(name);
  const tail = m?.[2];
  if (!tail) return null;
  return ctx.places.places.find((p) => forms(p).includes(tail)) ?? null;
}

/** A city or county in brackets after the builder's place at a zone's head (深圳南山(潮州)…). */
function bracketedHost(ctx: DocumentContext, name: string): EntityMention | null {
  const m = /^([\u4e00-\u9fa5]{2,8})[（(]([\u4e00-\u9fa5]{2,6})[）)]/.exec(name);
  const builder = m?.[1] ? placesAtHead(ctx, name)[0] : undefined;
  const place = m?.[2] ? ctx.places.lookup(m[2]) : null;
  if (!builder || !place || place.key === builder.key || !COUNTY_OR_CITY.has(String(place.properties.kind)))
    return null;
  return forms(place).includes(m?.[2] ?? '') ? place : null;
}

const DEVELOPMENT_ZONE =
  /(?:经开区|经济技术开发区|经济开发区|高新区|高新技术产业开发区|开发区|新片区|投资区|保税区|产业集聚区)$/;

function isTownLevel(place: EntityMention): boolean {
  return FINE_KINDS.has(String(place.properties.kind));
}

const FINE_KINDS = new Set(['TOWN', 'VILLAGE', 'COMMUNITY']);
const COUNTY_OR_CITY = new Set(['CITY', 'DISTRICT']);

/** Whether a name begins with a town's, village's or community's full name (某某镇…, 某某村…). */
export function startsWithLocalPlace(ctx: DocumentContext, name: string): boolean {
  const chain = placeChainAtHead(ctx, name);
  const inner = chain.places[chain.places.length - 1];
  return (
    inner !== undefined &&
    FINE_KINDS.has(String(inner.properties.kind)) &&
    name.slice(0, chain.length).endsWith(inner.name)
  );
}

/** Leading numbering of a heading: 一、 (二) 3. */
const NUMBERING = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])\s*/;

/**
 * The place each sentence stands under: a line that is only a place's name (a heading,
 * 某某镇 alone, perhaps numbered) opens a section about that place, which runs until the
 * next such line. Sentences before any heading have none.
 */
export function headingPlaces(ctx: DocumentContext): Map<number, EntityMention> {
  const under = new Map<number, EntityMention>();
  let current: EntityMention | null = null;
  for (const sentence of ctx.doc.sentences) {
    const heading = headingOf(ctx, sentence);
    if (heading) current = heading;
    if (current) under.set(sentence.index, current);
  }
  return under;
}

function headingOf(ctx: DocumentContext, sentence: Sentence): EntityMention | null {
  const text = sentence.text
    .replace(NUMBERING, '')
    .replace(/[\s:：]+$/u, '')
    .trim();
  if (text.length < 2 || text.length > 12 || /[，,。；;、]/.test(text)) return null;
  const place = ctx.places.lookup(text);
  if (place && forms(place).includes(text)) return place;
  // 某县某镇 on its own line: the chain's innermost place heads the section.
  const chain = placeChainAtHead(ctx, `${text}。`);
  return chain.length === text.length ? (chain.places[chain.places.length - 1] ?? null) : null;
}

/** A place written as the one acting, not as a body (某市委、市政府) or a party to a title. */
const BODY_AFTER = /^(?:[市县区镇乡]?委|党委|[市县区镇乡]?政府|人民政府|人大|政协|领导|管委会)/;
/**
 * A place's committee and government that themselves carry a programme out (某县县委、县政府大力
 * 实施某某战略): the place acts, unlike a body that only leads (在县委县政府领导下) or issues one.
 */
const BODY_ACTS =
  /^(?:[市县区镇乡]?委|党委|[市县区镇乡]?政府|人民政府)(?:[、和及]?(?:[市县区镇乡]?委|党委|[市县区镇乡]?政府|人民政府))*(?:始终|坚持|大力|全力|深入|全面|持续|积极|着力|扎实)?(?:实施|推进|推行|提出|部署|启动|开展|实行)/;

/** A place named as an attribute of what follows (视察青禾重要讲话, 对青禾工作, 青禾市文明村镇), not as an actor. */
const ATTRIBUTE_AFTER = /^(?:重要讲话|讲话|重要指示|指示|批示|工作(?!者)|文明|考察|视察)/;

/** A place written in a sentence, with where its form ends. */
export interface PlaceAt {
  place: EntityMention;
  start: number;
  end: number;
}

/**
 * The places written before an offset in its clause, read off the text, nearest last: the
 * context keeps one mention per place, so a town named again later in the document is
 * found here (为某县加快建设“某某”: 某县 takes part). Forms inside `skip` (a name), bodies
 * (某市委) and attributes (视察某省重要讲话) do not count.
 */
export function placesBefore(
  ctx: DocumentContext,
  sentence: Sentence,
  at: { offset: number; skip?: { start: number; end: number } },
): PlaceAt[] {
  const local = at.offset - sentence.start;
  const clause = clauseAround(sentence.text, local);
  const text = sentence.text.slice(clause.start, local);
  const found: PlaceAt[] = [];
  for (const place of ctx.places.places) {
    for (const form of forms(place)) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        const start = sentence.start + clause.start + i;
        const end = start + form.length;
        if (at.skip && start >= at.skip.start && end <= at.skip.end) continue;
        const after = sentence.text.slice(end - sentence.start);
        if ((BODY_AFTER.test(after) && !BODY_ACTS.test(after)) || ATTRIBUTE_AFTER.test(after)) continue;
        found.push({ place, start, end });
      }
    }
  }
  // Nearest last; at one end the longest form (青禾镇 over 青禾) wins.
  found.sort((a, b) => a.end - b.end || a.end - a.start - (b.end - b.start));
  // A form inside a longer one ending at the same place (青禾 in 青禾镇) is that one.
  return found.filter(
    (f) =>
      !found.some(
        (g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start,
      ),
  );
}

/** The place written nearest before an offset in its clause (placesBefore). */
export function placeBefore(
  ctx: DocumentContext,
  sentence: Sentence,
  at: { offset: number; skip?: { start: number; end: number } },
): EntityMention | null {
  return placesBefore(ctx, sentence, at).pop()?.place ?? null;
}

/**
 * A work placed in a zone lies in the zone's place too: 青禾智造产业园的蓝湾项目 is also a
 * project of the town the park lies in, and a query for a town's projects should find it
 * without walking through its parks. The place is the zone's own LOCATED_IN place, else
 * the document's primary place.
 */
export function placesThroughZones(
  relations: readonly RelationMention[],
  primary: EntityMention | null,
): RelationMention[] {
  const located = relations.filter((r) => r.type === 'LOCATED_IN');
  const inPlace = new Set(located.filter((r) => r.toKey.startsWith('Place:')).map((r) => r.fromKey));
  const zonePlace = new Map<string, string>();
  for (const r of located)
    if (r.fromKey.startsWith('Zone:') && r.toKey.startsWith('Place:') && !zonePlace.has(r.fromKey))
      zonePlace.set(r.fromKey, r.toKey);
  const found: RelationMention[] = [];
  for (const r of located) {
    if (!r.toKey.startsWith('Zone:') || inPlace.has(r.fromKey)) continue;
    const place = zonePlace.get(r.toKey) ?? primary?.key;
    if (!place) continue;
    inPlace.add(r.fromKey);
    found.push({
      ...r,
      toKey: place,
      rule: 'relation.located-in.zone-place',
      confidence: r.confidence * 0.9,
    });
  }
  return found;
}
