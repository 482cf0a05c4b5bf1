import type { EntityLabel } from '../../schema/model';
import type { DocumentContext, EntityMention, Sentence } from '../types';
import { NAMED_LABELS, type KnownNames, type Occurrence } from './target-names';

/** An action verb right before a name makes the name its object (申报“龙城英才计划”项目3个). */
const OBJECT_OF =
  /(?:申报|新增|建成|完成|实现|开展|推动|加快|落实|实施|推进|引进|招引|建设|打造|完成|培育|争创|创建|参与|融入|对接|服务|支持|围绕|依托|借助|联动)[“"]?$/;

/**
 * 建成后致力于打造全国领先的某某产业基地，预计年产值…: what a project is made into names
 * what it will be, however long the words between; the project owns the figure, not the base.
 */
const MADE_INTO = /(?:打造|打造成|建设成为|建成为|培育成|发展成为)[^，,；;。]*$/;

/** Whether the name at `start` is what its clause makes something into (打造…基地). */
export function madeInto(text: string, start: number): boolean {
  const clauseStart =
    Math.max(...['，', ',', '；', ';', '。', '：', ':'].map((p) => text.lastIndexOf(p, start - 1))) + 1;
  return MADE_INTO.test(text.slice(clauseStart, start));
}

/**
 * Who a figure is about:
 * - a project, programme or enterprise named as the subject of the figure's clause
 *   (鹏辰新材料科技股份有限公司与…银行签订130亿元的战略合作协议), or whose name holds the
 *   figure (华翔汽车零部件产业基地超30亿元项目签约落户); for goals, also the nearest project
 *   named in an earlier clause (湖塘科技产业园D区项目建设启动，…，拟建设6栋大楼);
 * - else a place under the document's own place named in the clause before the figure
 *   (闵市村梅庄塘108亩);
 * - else the place a sentence takes as its example (以果树村为例);
 * - else the document's primary place.
 * Names listed before 等N个 or joined by 、 are what the figure counts, never its subject
 * (鑫润丰东、钜苓智能柔性加工线等16个新建项目落地开工).
 */
export function subjectOf(options: {
  ctx: DocumentContext;
  names: KnownNames;
  labels: readonly EntityLabel[];
  sentence: Sentence;
  clause: { start: number; end: number };
  /** Offset of the figure in the sentence. */
  at: number;
  /** Whether the figure is a goal (goals may take the subject of an earlier clause). */
  goal: boolean;
  /** The company, project or park the sentence is about, or the owner its 其中 goes on with. */
  carried?: EntityMention | null;
}): EntityMention | null {
  const { ctx, sentence, clause, at } = options;
  const text = sentence.text;
  const counted = /等$/.test(text.slice(clause.start, at).replace(/[“”"]/g, ''));
  if (counted) return ctx.places.primary;
  const occurrences = options.names
    .in(text, options.labels)
    .filter(
      (o) =>
        o.start < at && !/^[、和及等]/.test(text.slice(o.end)) && !/[、和及与]$/.test(text.slice(0, o.start)),
    )
    .filter((o) => !OBJECT_OF.test(text.slice(Math.max(clause.start, o.start - 4), o.start)))
    .filter((o) => !madeInto(text, o.start));
  const sameClause = occurrences.filter((o) => o.start >= clause.start).sort((a, b) => a.start - b.start)[0];
  if (sameClause) return sameClause.entity;
  const earlier = occurrences
    .filter(
      (o) =>
        options.goal && o.entity.label === 'Project' && o.end <= clause.start && isClauseSubject(text, o),
    )
    .sort((a, b) => b.start - a.start)[0];
  if (earlier) return earlier.entity;
  return (
    localPlace(ctx, { sentence, clause, at, names: options.names }) ??
    zoneReferredTo(ctx, { names: options.names, sentence, clause, at }) ??
    examplePlaceOf(ctx, sentence) ??
    wholeOf(ctx, text.slice(clause.start, at)) ??
    carriedOwner(options.carried, { labels: options.labels, before: text.slice(clause.start, at) }) ??
    actorPlace(ctx, text) ??
    venueActor(ctx) ??
    ctx.places.primary ??
    // A text that names no place of its own: the company or project the sentence is about.
    options.carried ??
    null
  );
}

/**
 * 全镇, 我镇: the clause speaks of the whole place, not of the sentence's company or project;
 * not 全县 as a yardstick (某园区实现产值45亿元，占全县工业总产值的70%: the park's share).
 */
const WHOLE_PLACE = /(?<![占于居列在比])全(?:镇|乡|街道|县|区|市|旗)|我(?:镇|乡|街道|县|区|市|旗)/;

/**
 * The sentence's company or project, where the figure may be one of its kind (a project's
 * progress, 完成投资, stays the place's) and its clause does not speak of the whole place.
 */
function carriedOwner(
  carried: EntityMention | null | undefined,
  at: { labels: readonly EntityLabel[]; before: string },
): EntityMention | null {
  if (!carried || WHOLE_PLACE.test(at.before)) return null;
  return carried.label === 'Place' || at.labels.includes(carried.label) ? carried : null;
}

/** 园区共有41个组合签约, 该园区…: the park the text has just named owns the figure. */
const ZONE_ANAPHORA = /^(?:其中，?)?(?:该园区|园区内?|园内|该基地|基地内)/;

/** The zone a clause opening with 园区 or 该园区 refers to: the last one named before it. */
function zoneReferredTo(
  ctx: DocumentContext,
  at: { names: KnownNames; sentence: Sentence; clause: { start: number; end: number }; at: number },
): EntityMention | null {
  const opening = at.sentence.text.slice(at.clause.start, at.at);
  if (AREA_ANAPHORA.test(opening)) return zoneAsArea(ctx, at);
  if (!ZONE_ANAPHORA.test(opening)) return null;
  const here = parksIn(at.names, at.sentence.text.slice(0, at.clause.start)).pop();
  if (here) return here.entity;
  for (const i of [at.sentence.index - 1, at.sentence.index - 2]) {
    const earlier = ctx.doc.sentences[i];
    const last = earlier ? parksIn(at.names, earlier.text).pop() : undefined;
    if (last) return last.entity;
  }
  return null;
}

/** 该区: the 区 last named, a district or a zone (开发区, 高新区, 新区). */
const AREA_ANAPHORA = /^(?:目前，?|其中，?)?该区(?!域)/;

/** How many sentences back 该区 may find its name: 该区 goes on naming it for a paragraph. */
const AREA_LOOKBACK = 5;

/**
 * The zone 该区 refers to: the last zone ending in 区 named in the sentence or the few
 * before it, unless a place ending in 区 (a district) was named after it.
 */
function zoneAsArea(
  ctx: DocumentContext,
  at: { names: KnownNames; sentence: Sentence; clause: { start: number } },
): EntityMention | null {
  const texts = [at.sentence.text.slice(0, at.clause.start)];
  for (let i = at.sentence.index - 1; i >= 0 && i >= at.sentence.index - AREA_LOOKBACK; i--)
    texts.push(ctx.doc.sentences[i]?.text ?? '');
  const districts = ctx.places.places
    .flatMap((p) => [p.name, ...p.aliases])
    .filter((n) => n.length > 1 && n.endsWith('区'));
  for (const text of texts) {
    const zone = at.names
      .in(text, ['Zone'])
      .filter((o) => o.entity.name.endsWith('区'))
      .sort((a, b) => b.start - a.start)[0];
    const district = Math.max(-1, ...districts.map((n) => text.lastIndexOf(n)));
    if (zone && zone.start >= district) return zone.entity;
    if (district >= 0) return null;
  }
  return null;
}

/** A park built as a project (童装产业示范园, 智造产业园区, 物流基地) is what 园区 may refer to. */
const PARK_PROJECT = /(?:园|园区|基地)$/;

/** Zones and park projects named in a text, left to right. */
function parksIn(names: KnownNames, text: string): Occurrence[] {
  return names
    .in(text, ['Zone', 'Project'])
    .filter((o) => o.entity.label === 'Zone' || PARK_PROJECT.test(o.entity.name));
}

/**
 * 全县谋划实施重点项目106个 in a town's report: the whole county is named, so the county
 * owns the figure (我县 too). 全镇 and 全乡 are the town itself. In a county's or district's
 * text, 全市 and 我市 are the city above it.
 */
function wholeOf(ctx: DocumentContext, before: string): EntityMention | null {
  const primary = ctx.places.primary;
  const kind = primary?.properties.kind;
  if (kind !== 'TOWN' && kind !== 'DISTRICT') return null;
  // 我市新增项目88个 in a city paper's news of one of its districts: the city speaks.
  const whole = [...before.matchAll(/[全我](县|区|市|旗|盟|州|镇|乡|街道)(?![域场间段面内外])/g)].pop()?.[1];
  if (!whole || whole === '镇' || whole === '乡' || whole === '街道') return null;
  const city = ctx.places.city;
  // 全盟, 全州: the league or autonomous prefecture above a banner or county (锡林郭勒盟).
  if (whole === '盟' || whole === '州') return city?.name.endsWith(whole) ? city : null;
  if (kind === 'DISTRICT') return whole === '市' && primary && !primary.name.endsWith('市') ? city : null;
  const district = ctx.places.district;
  if (whole === '市') return district?.name.endsWith('市') ? district : city;
  return district && district.name.endsWith(whole) ? district : null;
}

/**
 * A date or time word that may open a news sentence before its actor: 3月19日，近日，; and
 * the period of a figure (2024年，一季度，前三季度，): 2024年，雅安市实现地区生产总值….
 */
const NEWS_OPENING =
  /^(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?|近日|日前|今年以来|当天|昨天|今天|(?:(?:19|20)\d{2}年)?(?:[一二三四]季度|上半年|前三季度|全年|1[-—至~]\d{1,2}月)?)?[，,]?/;

/**
 * 普兰店区在皮口街道举行集中开工仪式，启动开工项目17个: a district or city that opens the
 * sentence as its actor, above the document's own place, owns the sentence's figures; after
 * the figure's period too (2024年，某市实现地区生产总值…, in a report of one of its towns).
 */
function actorPlace(ctx: DocumentContext, text: string): EntityMention | null {
  const opening = text.replace(NEWS_OPENING, '');
  for (const place of [ctx.places.district, ctx.places.city]) {
    if (!place || place === ctx.places.primary) continue;
    for (const name of [place.name, ...place.aliases]) {
      const at = opening.indexOf(name);
      if (at < 0 || at > 6 || !/^[\u4e00-\u9fa5]{0,4}$/.test(opening.slice(0, at))) continue;
      if (/^(?:在|举行|召开|集中|共|今年|全年|累计|已|实现|完成)/.test(opening.slice(at + name.length)))
        return place;
    }
  }
  return null;
}

/** How many opening sentences may name the event's actor. */
const ACTOR_SENTENCES = 3;

/**
 * 5月11日下午，某州在某县某工地举行集中开工仪式: when the news opens with a city or prefecture
 * holding its event in the document's own county, the county is only the venue; the actor
 * owns the figures of the sentences that name no owner of their own.
 */
function venueActor(ctx: DocumentContext): EntityMention | null {
  const primary = ctx.places.primary;
  if (!primary) return null;
  for (const sentence of ctx.doc.sentences.slice(0, ACTOR_SENTENCES)) {
    const actor = actorPlace(ctx, sentence.text);
    if (!actor) continue;
    const after = sentence.text.slice(sentence.text.indexOf(actor.name) + actor.name.length);
    const venue = [primary.name, ...primary.aliases].some((n) => after.startsWith(`在${n}`));
    return venue ? actor : null;
  }
  return null;
}

/**
 * Whether a name is the subject of its own clause: no hedge or verb governs it there
 * (确保新市镇中心卫生院迁建工程明年6月前投入使用 lists a task; it does not introduce a topic).
 */
function isClauseSubject(text: string, o: Occurrence): boolean {
  const before = text.slice(0, o.start);
  // 在工业园区开工建设的某某项目，建成后…: the verbs qualify the name through 的; the name
  // heads its clause.
  if (/的$/.test(before)) return true;
  const clauseStart = Math.max(...['，', ',', '；', ';', '：', ':'].map((p) => before.lastIndexOf(p))) + 1;
  // 某项目总投资10亿元，为某园区下游项目，…: a name after a copula says what the subject is.
  if (/^(?:为|是|系|属于|作为|列为|成为)/.test(before.slice(clauseStart))) return false;
  return !/力争|力促|确保|争取|计划|预计|预期|规划|拟|将|启动|实施|推进|加快|新建|建设|完成|开展/.test(
    before.slice(clauseStart),
  );
}

/** 以果树村为例，去年村集体收入达到96万元: the example place owns the sentence's figures. */
function examplePlaceOf(ctx: DocumentContext, sentence: Sentence): EntityMention | null {
  const m = /以([\u4e00-\u9fa5]{2,12})为例/.exec(sentence.text);
  return m?.[1] ? ctx.places.lookup(m[1]) : null;
}

/** A place under the primary one named in the clause before the figure, not in a list it counts. */
function localPlace(
  ctx: DocumentContext,
  at: { sentence: Sentence; clause: { start: number; end: number }; at: number; names: KnownNames },
): EntityMention | null {
  const home = ctx.places.primary?.properties.code;
  if (typeof home !== 'string') return null;
  const base = at.sentence.start;
  const text = at.sentence.text;
  // A place inside a name (城西村农旅融合示范项目) qualifies the name, not the figure.
  const names = at.names.in(text, NAMED_LABELS);
  const places = placesOfSentence(ctx.places.places, at.sentence.index).filter((p) => {
    const code = p.properties.code;
    const start = p.span.start - base;
    const end = p.span.end - base;
    return (
      p.span.sentenceIndex === at.sentence.index &&
      !/ancestor|document-hint/.test(p.rule) &&
      start >= at.clause.start &&
      end < at.at &&
      typeof code === 'string' &&
      (code.startsWith(home) || siblingTown(p, home)) &&
      !/^[、和及与等]/.test(text.slice(end)) &&
      !names.some((n) => n.start <= start && end <= n.end && n.end - n.start > end - start)
    );
  });
  // Places above or beside the primary one are qualifiers (常州市级信用贯标企业18家), not owners.
  return places.sort((a, b) => b.span.start - a.span.start)[0] ?? null;
}

/**
 * 街河市镇成功签约3个项目 in a report of the town next door: a town of the same county named
 * before the figure owns it, not the document's own town.
 */
function siblingTown(place: EntityMention, home: string): boolean {
  const code = place.properties.code;
  return (
    place.properties.kind === 'TOWN' &&
    typeof code === 'string' &&
    home.length > 6 &&
    code.length > 6 &&
    code.slice(0, 6) === home.slice(0, 6)
  );
}

const bySentence = new WeakMap<readonly EntityMention[], Map<number, EntityMention[]>>();

/** The place mentions of one sentence; grouped once per document, as figures ask per sentence. */
function placesOfSentence(places: readonly EntityMention[], sentenceIndex: number): EntityMention[] {
  let groups = bySentence.get(places);
  if (!groups) {
    groups = new Map();
    for (const p of places) {
      const list = groups.get(p.span.sentenceIndex) ?? [];
      list.push(p);
      groups.set(p.span.sentenceIndex, list);
    }
    bySentence.set(places, groups);
  }
  return groups.get(sentenceIndex) ?? [];
}
