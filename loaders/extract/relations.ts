import type { DocumentContext, EntityMention, ExtractedFacts, RelationMention, Sentence } from '../types';
import { localPlaceForms } from './place-context';
import { clauseAround } from './name-mention';
import { companyAtHead, looksLikeBrand } from './enterprise-names';
import { capacityCompany } from './enterprise-heads';
import { relation } from './relation-mention';
import { projectParts } from './relation-parts';
import { seatOfBody } from './relation-seats';
import { operatorsByVerb } from './relation-operators';
import { carriesCore, companyCore } from './relation-company-core';
import {
  headingPlaces,
  hostInName,
  isAncestor,
  placeInsideName,
  placesThroughZones,
  startsWithLocalPlace,
} from './relation-places';
import { anaphoricLocations, nearestTownSubject } from './relation-located-subject';
import {
  joinedDivision,
  namesOnlyAPeriod,
  participantOf,
  sentenceSubject,
  topicOfSpeech,
} from './relation-participants';

const LOCATABLE = new Set(['Zone', 'Project', 'Enterprise', 'Institution']);
const FINE = new Set(['TOWN', 'VILLAGE', 'COMMUNITY']);
/** A registered company name at the head of a longer name, with something after it. */
const LEGAL_HEAD =
  /^([\u4e00-\u9fa5()（）A-Za-z]{2,30}?(?:股份有限公司|有限责任公司|有限公司|专业合作社|合作社))(?=[\u4e00-\u9fa5A-Za-z\d]{2,})/u;
const COOPERATION = /合作|签约|签订|共建|携手|联建|结对/;

function inClause(
  sentence: Sentence,
  mention: EntityMention,
  candidates: readonly EntityMention[],
): EntityMention[] {
  const local = mention.span.start - sentence.start;
  const clause = clauseAround(sentence.text, local);
  return candidates.filter(
    (c) =>
      c !== mention &&
      c.span.start >= sentence.start + clause.start &&
      c.span.end <= sentence.start + clause.end,
  );
}

/** Whether a place named in a clause lies inside another entity's name, not in the open. */
function insideOther(host: EntityMention, mention: EntityMention, all: readonly EntityMention[]): boolean {
  return all.some(
    (e) =>
      e !== mention &&
      e !== host &&
      e.label !== 'Place' &&
      e.span.start <= host.span.start &&
      e.span.end >= host.span.end &&
      e.span.end - e.span.start > host.span.end - host.span.start &&
      !(e.span.start <= mention.span.start && e.span.end >= mention.span.end),
  );
}

/**
 * A zone or village listed before the mention (甲园、乙项目; 来到某镇甲村、乙园、丙馆) is its
 * sibling in the list, not its host: the host is what heads the list (某镇).
 */
function listedBefore(sentence: Sentence, host: EntityMention, mention: EntityMention): boolean {
  const gap = sentence.text.slice(host.span.end - sentence.start, mention.span.start - sentence.start);
  if (host.label === 'Zone') return /^(?:、|和|及|以及|与)/.test(gap) && !/[，,；;：:]/.test(gap);
  const kind = String(host.properties.kind);
  return (kind === 'VILLAGE' || kind === 'COMMUNITY') && /^、/.test(gap) && !/[，,；;：:]/.test(gap);
}

/** 从浙江引进某项目, 来自江苏的某企业: the place things come from does not host them. */
function isOrigin(sentence: Sentence, place: EntityMention): boolean {
  if (place.label !== 'Place') return false;
  return /(?:从|来自)$/.test(sentence.text.slice(0, place.span.start - sentence.start));
}

/** 甲园区（某镇）与乙园区: a place in brackets right after another name is that name's, not a host. */
function bracketedAfterOther(
  sentence: Sentence,
  host: EntityMention,
  mention: EntityMention,
  all: readonly EntityMention[],
): boolean {
  const open = host.span.start - 1;
  if (!/[（(]/.test(sentence.text[open - sentence.start] ?? '')) return false;
  return all.some((e) => e !== mention && e.label !== 'Place' && e.span.end === open);
}

/**
 * LOCATED_IN: a zone, project, enterprise or institution lies in the zone named inside its
 * own name, else in the innermost place its name begins with (relation-places.ts), else in
 * the zone or place named before it in its clause (the nearest, but not one inside another
 * item's name: 甲村道路项目、乙工厂项目 puts nothing of 甲村 in the second), else in the
 * place whose heading it stands under, else in the document's primary place.
 * Example: 湖塘科技产业园D区项目建设现场 → 湖塘科技产业园D区项目 LOCATED_IN 湖塘科技产业园.
 */
function locatedIn(
  ctx: DocumentContext,
  at: {
    sentence: Sentence;
    mention: EntityMention;
    all: readonly EntityMention[];
    heading: EntityMention | undefined;
  },
): RelationMention | null {
  const { sentence, mention, all } = at;
  // Read as the clause's host, so that the places and zone written with it (位于甲村和乙村的,
  // 位于某投资区甲镇的) host it too (coordinateHosts, zoneBeforeHost).
  const before = statedBefore(sentence, mention, all);
  if (before)
    return relation('LOCATED_IN', mention, {
      to: before.key,
      rule: 'relation.located-in.clause',
      confidence: 0.75,
    });
  if (mention.label === 'Institution') {
    const seat = seatOfBody(ctx, mention);
    if (seat && 'national' in seat) return null;
    if (seat)
      return relation('LOCATED_IN', mention, {
        to: seat.place.key,
        rule: 'relation.located-in.seat',
        confidence: 0.7,
      });
  }
  const hosts = inClause(
    sentence,
    mention,
    all.filter((e) => e.label === 'Zone' || e.label === 'Place'),
  )
    // A host named before the mention or inside its name; not one whose name holds the mention.
    .filter((h) => h.span.start <= mention.span.start && h.key !== mention.key && h.name !== mention.name)
    .filter(
      (h) =>
        !(
          h.span.start <= mention.span.start &&
          h.span.end >= mention.span.end &&
          h.span.end - h.span.start > mention.span.end - mention.span.start
        ),
    )
    .filter((h) => !(h.label === 'Zone' && mention.label === 'Zone'))
    .filter((h) => !insideOther(h, mention, all) && !listedBefore(sentence, h, mention))
    .filter((h) => !bracketedAfterOther(sentence, h, mention, all))
    .filter((h) => !isOrigin(sentence, h))
    .sort((a, b) => b.span.start - a.span.start);
  const stated = statedLocation(sentence, mention, all);
  if (stated)
    return relation('LOCATED_IN', mention, {
      to: stated.key,
      rule: 'relation.located-in.stated',
      confidence: 0.75,
    });
  // A zone read off the head of the name (某某镇农贸市场 in 某某镇农贸市场改造项目) that starts
  // with a town's or village's full name is that place's works, not a zone: the place hosts.
  const zoneInName = hosts.find(
    (h) => h.label === 'Zone' && h.span.start >= mention.span.start && !startsWithLocalPlace(ctx, h.name),
  );
  const named = zoneInName ? null : hostInName(ctx, mention);
  // 某公司秸秆利用甲乡基地建设项目: a town inside the name, after the head, places the works.
  const inside = zoneInName ? null : placeInsideName(ctx, mention);
  if (inside && (!named || named.key === inside.key || isAncestor(named, inside)))
    return relation('LOCATED_IN', mention, {
      to: inside.key,
      rule: 'relation.located-in.name',
      confidence: 0.7,
    });
  if (named && named.key !== mention.key)
    return relation('LOCATED_IN', mention, {
      to: named.key,
      rule: 'relation.located-in.name',
      confidence: 0.7,
    });
  const primary = at.heading ?? ctx.places.primary;
  // 位于甲村的重庆市某区某公司: the city or county heading the company's own name says where it
  // is registered; the place named before the name in the clause says where it stands.
  const fine = (h: EntityMention | undefined): boolean =>
    h?.label === 'Place' && FINE.has(String(h.properties.kind));
  const outside = hosts.find((h) => h.span.end <= mention.span.start && fine(h));
  const head = hosts[0];
  const host =
    zoneInName ??
    (head?.label === 'Place' && head.span.start >= mention.span.start && !fine(head) && outside
      ? outside
      : head);
  // 常州西太湖科技产业园 in a report on 武进区: the city in a name is a brand, the document's place is nearer.
  const coarser =
    host &&
    primary &&
    host.key !== primary.key &&
    (host.key === ctx.places.city?.key || host.key === ctx.places.district?.key);
  // 在某镇某村，东莞市某公司某项目…: the city heading the item's own name leaves the place to
  // what the sentence says before it (an opening locative), else to the primary place below.
  const ownHead = !!host && coarser && host.span.start >= mention.span.start;
  const opening = openingLocative(sentence, mention, all);
  if (ownHead && opening && !(opening.label === 'Zone' && mention.label === 'Zone'))
    return relation('LOCATED_IN', mention, {
      to: opening.key,
      rule: 'relation.located-in.opening',
      confidence: 0.6,
    });
  // 甲镇负责实施兰州某某城、…: a city heading the item's own name leaves the place to the town
  // whose clause lists it.
  const listedUnder =
    ownHead && mention.label !== 'Enterprise'
      ? nearestTownSubject(ctx, sentence, { offset: mention.span.start, all })
      : null;
  if (listedUnder && listedUnder.key !== primary?.key)
    return relation('LOCATED_IN', mention, {
      to: listedUnder.key,
      rule: 'relation.located-in.subject',
      confidence: 0.55,
    });
  if (host && coarser && primary)
    return relation('LOCATED_IN', mention, {
      to: primary.key,
      rule: at.heading ? 'relation.located-in.heading' : 'relation.located-in.primary',
      confidence: 0.55,
    });
  if (host)
    return relation('LOCATED_IN', mention, {
      to: host.key,
      rule: 'relation.located-in.clause',
      confidence: 0.7,
    });
  // 在某镇某村，某项目正在施工: a locative opening the sentence places the works after it.
  if (opening && !(opening.label === 'Zone' && mention.label === 'Zone'))
    return relation('LOCATED_IN', mention, {
      to: opening.key,
      rule: 'relation.located-in.opening',
      confidence: 0.6,
    });
  // 钟管镇今年开工青禾物流园…: the works in a sentence whose subject is a town lie there.
  const subject =
    mention.label === 'Enterprise'
      ? null
      : (nearestTownSubject(ctx, sentence, { offset: mention.span.start, all }) ??
        sentenceSubject(ctx, sentence, mention.span.start));
  if (subject && FINE.has(String(subject.properties.kind)) && subject.key !== primary?.key)
    return relation('LOCATED_IN', mention, {
      to: subject.key,
      rule: 'relation.located-in.subject',
      confidence: 0.55,
    });
  return primary && (mention.label !== 'Enterprise' || isLocalCompany(ctx, mention))
    ? relation('LOCATED_IN', mention, {
        to: primary.key,
        rule: at.heading ? 'relation.located-in.heading' : 'relation.located-in.primary',
        confidence: 0.5,
      })
    : null;
}

/**
 * 位于甲村和乙村的某项目: villages or towns written together before the name (joined by 和, 、,
 * 及 or 与) all host it, not only the nearer one the clause rule picked.
 */
function coordinateHosts(
  sentence: Sentence,
  located: RelationMention,
  mention: EntityMention,
  here: readonly EntityMention[],
): RelationMention[] {
  if (located.rule !== 'relation.located-in.clause') return [];
  const places = here.filter((e) => e.label === 'Place' && e.rule !== 'place.ancestor');
  let host = places.find((p) => p.key === located.toKey && p.span.end <= mention.span.start);
  const kind = host ? String(host.properties.kind) : '';
  if (!host || !FINE.has(kind)) return [];
  const found: RelationMention[] = [];
  const seen = new Set([located.toKey]);
  for (;;) {
    const start = host.span.start;
    const before = places.find((p) => {
      const gap = sentence.text.slice(p.span.end - sentence.start, start - sentence.start);
      return /^(?:和|、|及|与)$/.test(gap) && String(p.properties.kind) === kind;
    });
    if (!before || seen.has(before.key)) break;
    seen.add(before.key);
    found.push(
      relation('LOCATED_IN', mention, {
        to: before.key,
        rule: 'relation.located-in.clause',
        confidence: 0.65,
      }),
    );
    host = before;
  }
  return found;
}

/**
 * 位于某台商投资区甲镇的某项目: a zone written right before the place that hosts a work (the
 * zone's part that lies in that place) hosts it too.
 */
function zoneBeforeHost(
  located: RelationMention,
  mention: EntityMention,
  here: readonly EntityMention[],
): RelationMention[] {
  if (located.rule !== 'relation.located-in.clause' || mention.label === 'Zone') return [];
  const host = here.find(
    (p) => p.label === 'Place' && p.key === located.toKey && p.span.end <= mention.span.start,
  );
  if (!host) return [];
  const zone = here.find((z) => z.label === 'Zone' && z.span.end === host.span.start);
  return zone
    ? [relation('LOCATED_IN', mention, { to: zone.key, rule: 'relation.located-in.clause', confidence: 0.6 })]
    : [];
}

/**
 * A first clause that only says where (在某镇某村，…; 走进某镇，…; 近日，在某园区，…), after an
 * optional dateline and byline (本报讯（记者 某某）; 某某网讯 通讯员某某报道：) and an optional
 * time: what the rest of the sentence reports happens there.
 */
const OPENING_LOCATIVE =
  /^(?:[^，,。；;\s]{1,16}(?:讯|\d{1,2}日电)\s*(?:[（(][^）)]{0,40}[）)])?(?:[^，,。；;:：]{0,30}[:：])?\s*)?(?:(?:近日|日前|近年来|今年以来|目前|当天|如今|随后|接着|之后|然后|最后|\d{1,2}月\d{1,2}日)[，,]?)?(?:在|走进|来到|走入|深入|(?:[\u4e00-\u9fa5]{1,8}?)?(?:又|还|再|一行|先后|随即)?(?:赶赴|前往|来到|走进|深入|奔赴|转战))([^，,。；;]{2,24})[，,]/;

/** The innermost place or zone of a locative first clause, for a mention after that clause. */
function openingLocative(
  sentence: Sentence,
  mention: EntityMention,
  all: readonly EntityMention[],
): EntityMention | null {
  const m = OPENING_LOCATIVE.exec(sentence.text);
  if (!m?.[1]) return null;
  const frameEnd = sentence.start + m[0].length - 1;
  const frameStart = frameEnd - m[1].length;
  if (mention.span.start <= frameEnd) return null;
  const inFrame = all.filter(
    (e) =>
      (e.label === 'Place' || e.label === 'Zone') &&
      e.rule !== 'place.ancestor' &&
      e.span.start >= frameStart &&
      e.span.end <= frameEnd,
  );
  return inFrame.sort((a, b) => b.span.start - a.span.start)[0] ?? null;
}

/**
 * A verb that states where something lies, right after its name (某园区位于某镇, 某项目选址在
 * 某村), perhaps after a date and an adverb (某园于今年11月签约入驻某镇, 某项目已正式落地某村),
 * or the place in brackets after it (某农业园区（某镇）).
 */
const LIES_IN =
  /^(?:项目)?(?:[（(][^）)]{1,12}[）)])?(?:于[^，,。；;]{1,10}?[年月日底初])?(?:已经|已|正式|成功|顺利|签约)*(?:位于|坐落于|坐落在|地处|落户于|落户在|落户|入驻|落地|选址于|选址在|选址|建在|设在)|^[（(](?=[^）)]{2,12}[）)])/;

/**
 * The place or zone a statement of location names (某园区位于江苏省某市某镇): the innermost of
 * the places written one after another right after the verb.
 */
function statedLocation(
  sentence: Sentence,
  mention: EntityMention,
  all: readonly EntityMention[],
): EntityMention | null {
  const verb = LIES_IN.exec(sentence.text.slice(mention.span.end - sentence.start));
  if (!verb) return null;
  // A zone lies in a place, not in another zone (某飞地园区位于某县经济开发区内 → 某县): for a
  // zone only the places of the statement count.
  const candidates = all.filter(
    (e) =>
      (e.label === 'Place' || (e.label === 'Zone' && mention.label !== 'Zone')) &&
      e.rule !== 'place.ancestor' &&
      e.span.sentenceIndex === sentence.index &&
      e.key !== mention.key,
  );
  let at = mention.span.end + verb[0].length;
  let last: EntityMention | null = null;
  for (;;) {
    const next = candidates.filter((c) => c.span.start === at).sort((a, b) => b.span.end - a.span.end)[0];
    if (!next) break;
    last = next;
    at = next.span.end;
  }
  // In brackets, the places must fill them: 某园区（某镇）, not 某园区（某镇牵头）.
  const bracketed = /^[（(]$/.test(verb[0]);
  return bracketed && !/^[）)]/.test(sentence.text.slice(at - sentence.start)) ? null : last;
}

/** 位于甲村的…, 落户某区甲镇的…: a statement of location written before the name, as its attribute. */
const LIES_IN_BEFORE = /(?:位于|地处|坐落于|坐落在|落户于|落户在|落户)([^，,。；;]{2,30}?)的$/;

/**
 * The place a statement of location before the name gives (地处甲乡某岭的某中心, 落户某区甲镇的
 * 某项目): the innermost place or zone written between the verb and 的. It says more than the
 * seat a body's name implies (市某中心 is not the city's for being called 市…).
 */
function statedBefore(
  sentence: Sentence,
  mention: EntityMention,
  all: readonly EntityMention[],
): EntityMention | null {
  const before = sentence.text.slice(0, mention.span.start - sentence.start);
  const m = LIES_IN_BEFORE.exec(before);
  if (!m?.[1]) return null;
  const end = mention.span.start - 1;
  const start = end - m[1].length;
  const inFrame = all.filter(
    (e) =>
      (e.label === 'Place' || (e.label === 'Zone' && mention.label !== 'Zone')) &&
      e.rule !== 'place.ancestor' &&
      e.key !== mention.key &&
      e.span.sentenceIndex === sentence.index &&
      e.span.start >= start &&
      e.span.end <= end,
  );
  return inFrame.sort((a, b) => b.span.start - a.span.start)[0] ?? null;
}

/**
 * A company a town's document names is the town's unless its name says otherwise: a
 * national group (中国…, 中交) or a company registered under another place (上海…有限公司 in
 * a report on a town of Jiangsu) is located where the text does not say.
 */
function isLocalCompany(ctx: DocumentContext, company: EntityMention): boolean {
  if (/^(中国|国家|中[交铁建冶核粮化石电信]|华润|国网|国家电网)/.test(company.name)) return false;
  const home = ctx.places.primary?.properties.code;
  const head = ctx.places.places.find(
    (p) =>
      company.name.startsWith(p.name) || p.aliases.some((a) => a.length >= 2 && company.name.startsWith(a)),
  );
  const code = head?.properties.code;
  if (typeof home !== 'string' || typeof code !== 'string') return true;
  // 常州…有限公司 in a report on a town of 常州: the city is the town's own ancestor.
  return home.startsWith(code) || code.startsWith(home);
}

/**
 * OPERATED_BY: a project whose name starts with an enterprise's name, or which is named
 * like a company (百鸿智能电气 已正式开工), is run by that enterprise.
 * Example: 武进不锈精密超长钢管项目竣工投产 → OPERATED_BY 武进不锈.
 */
function operatedBy(project: EntityMention, enterprises: readonly EntityMention[]): RelationMention | null {
  // A project named by its company's trade name alone (某某光电 已开工) is that company's.
  const operator = enterprises.find((e) =>
    [e.name, ...e.aliases].some((n) => n.length >= 2 && project.name.startsWith(n)),
  );
  if (operator)
    return relation('OPERATED_BY', project, {
      to: operator.key,
      rule: 'relation.operated-by.name',
      confidence: 0.7,
    });
  // 青禾项目 of 杭州青禾餐饮设备有限公司: the project carries the registered name's core.
  const registered = enterprises.find((e) => carriesRegisteredCore(project, e));
  return registered
    ? relation('OPERATED_BY', project, {
        to: registered.key,
        rule: 'relation.operated-by.core',
        confidence: 0.6,
      })
    : null;
}

/**
 * PARTNERS_WITH: partners named with a cooperation verb; the subject is the entity or place
 * before 与, else the document's primary place.
 * Example: 与江南农村商业银行、嘉泽派出所等单位实现党建共建签约。
 */
function partners(
  ctx: DocumentContext,
  sentence: Sentence,
  mentions: readonly EntityMention[],
): RelationMention[] {
  const yu = sentence.text.indexOf('与');
  if (yu < 0 || !COOPERATION.test(sentence.text.slice(yu))) return [];
  const at = sentence.start + yu;
  const parties = mentions.filter((m) => ['Enterprise', 'Institution'].includes(m.label));
  const after = parties.filter((p) => p.span.start > at);
  const subject = parties.filter((p) => p.span.end <= at).pop() ?? ctx.places.primary;
  if (!subject) return [];
  return after
    .filter((p) => p.key !== subject.key)
    .map((p) =>
      relation('PARTNERS_WITH', subject, {
        to: p.key,
        rule: 'relation.partners-with',
        confidence: 0.65,
        at: p,
      }),
    );
}

/**
 * PART_OF between programmes, when the text says one belongs to the other.
 * Example: “红管家”行动是“清风柳溪”建设的重要组成部分。
 */
function programmeParts(sentence: Sentence, programmes: readonly EntityMention[]): RelationMention[] {
  const found: RelationMention[] = [];
  const ordered = [...programmes].sort((a, b) => a.span.start - b.span.start);
  for (const part of ordered) {
    for (const whole of ordered) {
      if (whole.span.start < part.span.end || whole.key === part.key) continue;
      const between = sentence.text.slice(part.span.end - sentence.start, whole.span.start - sentence.start);
      const after = sentence.text.slice(whole.span.end - sentence.start);
      const stated =
        /^(是|作为|为|属于)$/.test(between) &&
        /^[^，。；]{0,2}的(重要)?(组成部分|一部分|内容|举措|子项)/.test(after);
      const included = /^(纳入|列入|融入)$/.test(between);
      if (stated || included)
        found.push(
          relation('PART_OF', part, { to: whole.key, rule: 'relation.part-of.programme', confidence: 0.6 }),
        );
    }
  }
  return found;
}

/**
 * A project named after a company's short name is also written with the full name:
 * 瑞丰食品预制菜加工项目 = 庐江瑞丰食品有限公司预制菜加工项目.
 */
function fullNamedProjects(entities: readonly EntityMention[]): EntityMention[] {
  const companies = entities.filter((e) => e.label === 'Enterprise' && e.aliases.length > 0);
  const found: EntityMention[] = [];
  for (const project of entities.filter((e) => e.label === 'Project')) {
    for (const company of companies) {
      const short = company.aliases.find(
        (a) => a.length >= 3 && project.name.startsWith(a) && !project.name.startsWith(company.name),
      );
      if (short)
        found.push({
          ...project,
          aliases: [...project.aliases, company.name + project.name.slice(short.length)],
        });
    }
  }
  return found;
}

/**
 * Whether a place in a programme's clause can be the one taking part: not a place that
 * names a body (在某市委、市政府的领导下: the leadership, not the participant).
 */
function actsAsParticipant(sentence: Sentence, place: EntityMention): boolean {
  const after = sentence.text.slice(place.span.end - sentence.start);
  return !/^(?:[市县区镇乡]?委|党委|[市县区镇乡]?政府|人民政府|人大|政协|领导)/.test(after);
}

/**
 * Whether the text puts a project under a programme: 某项目纳入/列入/属于某行动, or the
 * programme is the means of the works (以某行动推进某项目).
 */
function placedUnder(sentence: Sentence, project: EntityMention, programme: EntityMention): boolean {
  const local = (offset: number): number => offset - sentence.start;
  if (programme.span.start >= project.span.end) {
    const gap = sentence.text.slice(local(project.span.end), local(programme.span.start));
    return /纳入|列入|属于|列为|作为|是/.test(gap) && gap.length <= 12;
  }
  const before = sentence.text.slice(
    Math.max(0, local(programme.span.start) - 2),
    local(programme.span.start),
  );
  const gap = sentence.text.slice(local(programme.span.end), local(project.span.start));
  return /(?:以|依托|借助)$/.test(before) && /^(?:推进|带动|实施|建设|打造|推动)$/.test(gap);
}

/** Relations among the entities of one document. */
export function extractRelations(ctx: DocumentContext, known: ExtractedFacts): ExtractedFacts {
  let relations: RelationMention[] = [];
  // Places come from the context once each; the facts repeat them as ancestors at one span.
  const all = [...known.entities.filter((e) => e.label !== 'Place'), ...ctx.places.places];
  const enterprises = known.entities.filter((e) => e.label === 'Enterprise');
  // Mentions by sentence, so that a long document costs one pass, not sentences × mentions.
  const bySentence = new Map<number, EntityMention[]>();
  for (const e of all) {
    const list = bySentence.get(e.span.sentenceIndex);
    if (list) list.push(e);
    else bySentence.set(e.span.sentenceIndex, [e]);
  }
  const headings = headingPlaces(ctx);
  for (const sentence of ctx.doc.sentences) {
    const here = bySentence.get(sentence.index) ?? [];
    const heading = headings.get(sentence.index);
    for (const mention of here) {
      if (LOCATABLE.has(mention.label)) {
        const located = locatedIn(ctx, { sentence, mention, all: here, heading });
        if (located)
          relations.push(
            located,
            ...coordinateHosts(sentence, located, mention, here),
            ...zoneBeforeHost(located, mention, here),
          );
      }
      if (mention.label === 'Project') {
        const operated = operatedBy(mention, enterprises);
        if (operated) relations.push(operated);
        // Only a project the text puts under the programme (纳入/列入/属于…): a project that
        // merely achieves a programme's aim in passing (两个项目实现“拿地即开工”) is not part of it.
        for (const programme of inClause(
          sentence,
          mention,
          here.filter((e) => e.label === 'Programme'),
        ).filter((p) => placedUnder(sentence, mention, p))) {
          relations.push(
            relation('PART_OF', mention, {
              to: programme.key,
              rule: 'relation.part-of.clause',
              confidence: 0.5,
            }),
          );
        }
      }
      if (
        mention.label === 'Programme' &&
        !namesOnlyAPeriod(sentence, mention) &&
        !topicOfSpeech(sentence, mention)
      ) {
        // A place inside the programme's own name (武进 in 武进英才计划) is its owner, not a participant.
        const outside = here.filter(
          (e) =>
            e.label === 'Place' &&
            (e.span.end <= mention.span.start || e.span.start >= mention.span.end) &&
            actsAsParticipant(sentence, e),
        );
        const participant =
          participantOf(ctx, { sentence, programme: mention, heading })?.key ??
          inClause(sentence, mention, outside)[0]?.key ??
          sentenceSubject(ctx, sentence, mention.span.start)?.key ??
          heading?.key ??
          ctx.places.primary?.key;
        if (participant)
          relations.push({
            ...relation('PARTICIPATES_IN', mention, {
              to: mention.key,
              rule: 'relation.participates-in',
              confidence: 0.6,
            }),
            fromKey: participant,
          });
        // The division whose work the participant joins (某街道将紧扣全区加快打造…) acts too.
        const division = participant ? joinedDivision(ctx, sentence, mention) : null;
        if (division && division.key !== participant)
          relations.push({
            ...relation('PARTICIPATES_IN', mention, {
              to: mention.key,
              rule: 'relation.participates-in.division',
              confidence: 0.5,
            }),
            fromKey: division.key,
          });
      }
    }
    relations.push(...partners(ctx, sentence, here), ...projectParts(sentence, here));
    const byVerb = operatorsByVerb(sentence, here, { earlier: bySentence.get(sentence.index - 1) ?? [] });
    // The links already made are gathered only for a sentence that has one to add: most
    // have none, and gathering them for every sentence grew with the square of the text.
    if (byVerb.length > 0) {
      const named = new Set(
        relations.filter((r) => r.type === 'OPERATED_BY').map((r) => `${r.fromKey} ${r.toKey}`),
      );
      relations.push(...byVerb.filter((r) => !named.has(`${r.fromKey} ${r.toKey}`)));
    }
    relations.push(
      ...programmeParts(
        sentence,
        here.filter((e) => e.label === 'Programme'),
      ),
    );
  }
  relations = withStatedByAnaphor(relations, anaphoricLocations(ctx, bySentence));
  const placeForms = localPlaceForms(ctx.places);
  const companies = companiesBehindProjects(known.entities, placeForms);
  relations = withoutDefaults(relations);
  return {
    entities: [...companies.map((c) => c.company), ...fullNamedProjects(known.entities)],
    relations: [
      // A company lies in a place: the zone it stands in gives that place (placesThroughZones)
      // and is not itself the company's location (位于某园区的某企业 → the park's town).
      ...relations.filter(
        (r) =>
          !(r.type === 'LOCATED_IN' && r.fromKey.startsWith('Enterprise:') && r.toKey.startsWith('Zone:')),
      ),
      ...placesThroughZones(relations, ctx.places.primary),
      ...projectOperators(companies),
      ...companiesWhereTheirProjects(ctx, companies, relations),
    ],
  };
}

const DEFAULT_RULES = new Set(['relation.located-in.primary', 'relation.located-in.heading']);

/**
 * 某某项目…。该项目位于甲街道: the place stated of the project replaces the ones it lies
 * inside (the city its name begins with, the document's place) and a default.
 */
function withStatedByAnaphor(
  relations: RelationMention[],
  stated: readonly { project: EntityMention; place: EntityMention }[],
): RelationMention[] {
  if (stated.length === 0) return relations;
  const added = stated.map(({ project, place }) =>
    relation('LOCATED_IN', project, { to: place.key, rule: 'relation.located-in.anaphor', confidence: 0.7 }),
  );
  const codes = new Map<string, string[]>();
  for (const r of added) {
    const code = placeCode(r.toKey);
    if (code) codes.set(r.fromKey, [...(codes.get(r.fromKey) ?? []), code]);
  }
  const kept = relations.filter((r) => {
    if (r.type !== 'LOCATED_IN' || !codes.has(r.fromKey)) return true;
    if (DEFAULT_RULES.has(r.rule)) return false;
    const code = placeCode(r.toKey);
    return !code || !(codes.get(r.fromKey) ?? []).some((c) => c.length > code.length && c.startsWith(code));
  });
  const seen = new Set(kept.map((r) => `${r.type} ${r.fromKey} ${r.toKey}`));
  return [...kept, ...added.filter((r) => !seen.has(`${r.type} ${r.fromKey} ${r.toKey}`))];
}

/** The statistical code in a place's key (Place:place:320412102), or null for an unlisted place. */
function placeCode(key: string): string | null {
  return /^Place:place:(\d+)$/.exec(key)?.[1] ?? null;
}

/**
 * An item placed by default (the primary or heading place) at one mention and in another
 * place at another lies in the place the text said: inside the default (某镇… then 该镇甲村…
 * 建设某项目) or beside it (a city's tour report on 甲县 that goes on 随后赶赴乙县，观摩了某项目,
 * the project named again later in the report). The default stood for what the text had
 * not said yet. A place said that contains the default (the county, where the default is
 * one of its towns) leaves the default standing.
 */
function withoutDefaults(relations: readonly RelationMention[]): RelationMention[] {
  const specific = new Map<string, string[]>();
  for (const r of relations) {
    const code = r.type === 'LOCATED_IN' && !DEFAULT_RULES.has(r.rule) ? placeCode(r.toKey) : null;
    if (code) specific.set(r.fromKey, [...(specific.get(r.fromKey) ?? []), code]);
  }
  return relations.filter((r) => {
    if (r.type !== 'LOCATED_IN' || !DEFAULT_RULES.has(r.rule)) return true;
    const code = placeCode(r.toKey);
    return !code || !(specific.get(r.fromKey) ?? []).some((c) => c !== code && !code.startsWith(c));
  });
}

/**
 * A company known only from its project's name (盘珂实业 of 盘珂实业冷链产业园) stands where
 * its project stands, unless its name places it elsewhere.
 */
function companiesWhereTheirProjects(
  ctx: DocumentContext,
  companies: readonly { company: EntityMention; project: EntityMention }[],
  relations: readonly RelationMention[],
): RelationMention[] {
  const found: RelationMention[] = [];
  // One company stands behind every mention of its project: one place for it is enough.
  const placed = new Set(relations.filter((r) => r.type === 'LOCATED_IN').map((r) => r.fromKey));
  for (const { company, project } of companies) {
    // A project named by the trade name alone (某某光电 已开工) already says it: same name, same place.
    if (placed.has(company.key) || company.name === project.name || !isLocalCompany(ctx, company)) continue;
    placed.add(company.key);
    // A company's place is a town or village, not the zone its project stands in.
    const site = relations.find((r) => r.type === 'LOCATED_IN' && r.fromKey === project.key)?.toKey;
    const place = site?.startsWith('Place:') ? site : ctx.places.primary?.key;
    if (place)
      found.push(
        relation('LOCATED_IN', company, {
          to: place,
          rule: 'relation.located-in.project',
          confidence: 0.5,
        }),
      );
  }
  return found;
}

/**
 * The company a project's name gives away: a listed project named by a trade name
 * (百鸿智能电气、普罗吉合成生物已正式开工; 华宇科技、诺德等项目), a brand before a middle
 * dot (中交·智荟港), or a trade name before 项目 (诺德二期项目).
 */
function operatorName(project: EntityMention, placeForms: readonly string[]): string | null {
  // 某某农业发展有限公司饲料加工项目: the registered name stands whole at the head.
  const legal = LEGAL_HEAD.exec(project.name)?.[1];
  if (legal) return legal;
  // 某县中国·某某谷: a place or the country before the dot is where, not who.
  const brand = /^([\u4e00-\u9fa5]{2,6})·/.exec(project.name)?.[1];
  // A valley, a hill or a bay before the dot (某某谷·某某基地) names a site, not a company.
  if (
    brand &&
    !/(?:中国|[省市县区镇乡村谷山湖湾岛峡])$/.test(brand) &&
    !placeForms.some((f) => brand.startsWith(f))
  )
    return brand;
  // 承兴30万锭高档纺纱: the company before the works' capacity.
  const capacity = capacityCompany(project.name, placeForms);
  if (capacity) return capacity;
  const name = tradeNameOf(project, placeForms);
  if (!name || NOT_A_TRADE_NAME.test(name)) return null;
  // 某某管业装备制造 listed among companies is company + product; 钢构制造项目 is works.
  return name === project.name && project.rule.includes('enumeration') ? name : withoutWorks(name);
}

/**
 * What a trade name never is: roads (某某高速, 某某主干道), a verb (抓实), or a piece of a
 * clause that ran into 项目.
 */
const NOT_A_TRADE_NAME = /(?:高速|主干道|大道|公路|干道)$|项目|^(?:抓|推进|促进|加快|做好|强化)/;
/**
 * Works and activities: before 项目 they name what is built, not who builds it (深加工项目);
 * so do mines of any mineral (某某金矿, 某某铜矿, 某某煤矿, 某某矿山).
 */
const WORKS = /(?:加工|制造|开发|生产|建设|改造|[金银铜铁铅锌锡钨钼锰煤磷石]矿|矿山|矿区)$/;

function withoutWorks(name: string): string | null {
  return WORKS.test(name) ? null : name;
}

function tradeNameOf(project: EntityMention, placeForms: readonly string[]): string | null {
  // 凤桥光伏农业: a village's short name in front makes it the village's works.
  if (placeForms.some((form) => project.name.startsWith(form))) return null;
  if (project.rule.includes('enumeration') && looksLikeBrand(project.name)) return project.name;
  const before = /^(.{2,8}?)(?:[一二三四五六七八九十\d]期)?项目$/.exec(project.name)?.[1];
  if (before && looksLikeBrand(before)) return before;
  return companyAtHead(project.name);
}

/** Whether an enterprise found in the text already heads the project's name (OPERATED_BY by name). */
function knownOperator(entities: readonly EntityMention[], project: EntityMention): boolean {
  return entities.some(
    (o) =>
      o.label === 'Enterprise' &&
      ([o.name, ...o.aliases].some((n) => n.length >= 2 && project.name.startsWith(n)) ||
        carriesRegisteredCore(project, o)),
  );
}

/** Whether a project carries the core of a registered company name (relation-company-core.ts). */
function carriesRegisteredCore(project: EntityMention, company: EntityMention): boolean {
  const core = companyCore(company.name);
  return core !== null && core.length >= 2 && carriesCore(project.name, core);
}

function companiesBehindProjects(
  entities: readonly EntityMention[],
  placeForms: readonly string[],
): { company: EntityMention; project: EntityMention }[] {
  const found: { company: EntityMention; project: EntityMention }[] = [];
  for (const project of entities.filter((e) => e.label === 'Project')) {
    const name = operatorName(project, placeForms);
    if (!name || knownOperator(entities, project)) continue;
    const start = project.span.start;
    const company: EntityMention = {
      ...project,
      key: `Enterprise:${name}`,
      label: 'Enterprise',
      name,
      properties: {},
      aliases: [],
      span: { ...project.span, end: start + name.length },
      rule: 'enterprise.project-name',
      confidence: 0.5,
    };
    found.push({ company, project });
  }
  return found;
}

/** The projects companiesBehindProjects found a company for, operated by it. */
function projectOperators(
  companies: readonly { company: EntityMention; project: EntityMention }[],
): RelationMention[] {
  return companies.map(({ company, project }) => ({
    type: 'OPERATED_BY' as const,
    fromKey: project.key,
    toKey: company.key,
    properties: {},
    span: project.span,
    rule: 'relation.operated-by.company-name',
    confidence: 0.5,
  }));
}
