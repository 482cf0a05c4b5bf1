import type { PlaceKind, ProgrammeLevel } from '../../schema/model';
import type { DocumentContext, EntityMention, ExtractedFacts, Sentence } from '../types';
import { findEnumerations } from './name-enumeration';
import { entityMention, renamedMention } from './name-mention';
import { scanSuffixNames, stripLeading, type NameSpan } from './name-scan';
import { stripProgrammeLead } from './programme-lead';
import { defaultLevel, programmeLevel } from './programme-level';
import { quotedProgrammes } from './programme-quoted';
import { knownProgrammes, vocabularyEntry, YEAR_CAMPAIGN_HEADS } from './programme-vocabulary';
import { opensWiderCampaign } from './programme-wider';
import {
  AIMED_TITLE,
  DESIGNATION_VERB,
  DESIGNATION_WORD,
  isProgrammeName,
  MECHANISM,
} from './programme-name';
import { campaignWorks } from './programme-works';

const CAMPAIGN_VERBS = [
  '创建',
  '提升',
  '整治',
  '攻坚',
  '建设',
  '提质',
  '清理',
  '巩固',
  '振兴',
  '示范',
  '治理',
  '保护',
];

const SUFFIXES = [
  '发展战略',
  '战略',
  '行动计划',
  '三年行动',
  '专项行动',
  // A campaign names its object and its verb before 行动 (某某庭院创建行动, 某某环境整治行动):
  // the verb is the name's, not the predicate before it.
  ...CAMPAIGN_VERBS.map((verb) => `${verb}行动`),
  '专项斗争',
  // Campaigns of visits and checks named by their scale (千企万户大走访, 安全隐患大排查).
  '大走访',
  '大调研',
  '大排查',
  '大起底',
  '大练兵',
  '大比武',
  '大会战',
  // A campaign of debate a province or county opens (解放思想大讨论, 作风建设大讨论).
  '大讨论',
  '行动',
  '计划',
  '改革',
  '试点试验',
  '试点',
  '培育工程',
  '责任制',
  '工作机制',
  '服务机制',
  '推进机制',
  '调度机制',
  '分析机制',
  '机制',
  '制度',
  // A named way of working (升规纳统六步工作法, 一线工作法).
  '工作法',
  ...YEAR_CAMPAIGN_HEADS,
];
const WORD_FINAL = new Set(['战略', '计划', '行动', '改革', '机制', '制度', '试点', ...YEAR_CAMPAIGN_HEADS]);
const distinct = new WeakMap<DocumentContext, EntityMention[]>();

/** One mention per place: a long document names its town thousands of times. */
function distinctPlaces(ctx: DocumentContext): EntityMention[] {
  let places = distinct.get(ctx);
  if (!places) {
    const byKey = new Map<string, EntityMention>();
    for (const p of ctx.places.places) if (!byKey.has(p.key)) byKey.set(p.key, p);
    places = [...byKey.values()];
    distinct.set(ctx, places);
  }
  return places;
}

/**
 * Level and round words in front are not part of the name, and a reform of a 体制 is also
 * called a reform: 第三批省经济发达镇改革 → 经济发达镇改革; 经济发达镇行政管理体制改革 is
 * also written 经济发达镇改革.
 */
function nameForms(name: string): { name: string; aliases: string[] } {
  const bare = name.replace(/^(省|市|区|镇)(?=[\u4e00-\u9fa5]{4})/, '');
  const aliases = bare !== name ? [name] : [];
  const reform = /^(.{3,}?)(?:行政管理体制|管理体制|体制)改革$/.exec(bare);
  if (reform?.[1]) aliases.push(`${reform[1]}改革`);
  return { name: bare, aliases };
}

/**
 * A place named in full at the head of a name is the participant, not part of the name:
 * 武进区全国农村综合性改革试点试验. A short form stays (武进英才计划 is the district's own).
 */
function splitPlace(ctx: DocumentContext, name: string): { name: string; place: EntityMention | null } {
  for (const mention of distinctPlaces(ctx)) {
    const rest = name.slice(mention.name.length);
    if (name.startsWith(mention.name) && rest.length >= 4 && !rest.startsWith('”'))
      return { name: rest, place: mention };
  }
  return { name, place: null };
}

function placeKindAtHead(ctx: DocumentContext, name: string): PlaceKind | null {
  const plain = name.replace(/[“”]/g, '');
  const heads = (form: string) => form.length >= 2 && plain.startsWith(form);
  for (const mention of distinctPlaces(ctx)) {
    if (heads(mention.name) || mention.aliases.some(heads))
      return (mention.properties.kind as PlaceKind | undefined) ?? null;
  }
  return null;
}

function programmeMention(
  ctx: DocumentContext,
  found: {
    sentence: Sentence;
    span: NameSpan;
    name: string;
    aliases: string[];
    rule: string;
    /** The level a vocabulary entry is known at; otherwise read off the wording. */
    level?: ProgrammeLevel | null;
    /** A plan is named by its place (某镇总体规划): the place stays in the name. */
    keepPlace?: boolean;
  },
): EntityMention {
  const { sentence } = found;
  // 紧紧围绕县委某某工作思路: the verb and the issuing body are not the name.
  const bare = stripProgrammeLead(found.name);
  const cut = found.name.length - bare.length;
  const span =
    cut > 0 && found.span.name === found.name
      ? { name: bare, start: found.span.start + cut, end: found.span.end }
      : found.span;
  const placed = found.keepPlace ? { name: bare, place: null } : splitPlace(ctx, bare);
  const place = placed.place;
  const forms = nameForms(placed.name);
  const name = forms.name;
  const level =
    found.level ??
    programmeLevel({
      name,
      before: sentence.text.slice(Math.max(0, span.start - 4), span.start),
      placeKind: placeKindAtHead(ctx, name),
    });
  const fallback = defaultLevel(ctx.places.primary?.properties.kind as PlaceKind | undefined);
  const properties: Record<string, string> = {};
  if (level) properties.level = level;
  else if (fallback) properties.defaultLevel = fallback;
  const aliases = [...found.aliases, ...forms.aliases, ...(name !== bare ? [bare] : [])].filter(
    (a) => a !== name && stripProgrammeLead(a) === a,
  );
  const mention = entityMention({
    label: 'Programme',
    sentence,
    span,
    name,
    aliases,
    rule: found.rule,
    confidence: 0.7,
    properties,
  });
  if (place) mention.properties.participant = place.key;
  return mention;
}

/** Qualities a place campaigns for: 平安武进建设, 健康郑陆建设, 绿美某镇建设 (after Guangdong's 绿美广东). */
const CAMPAIGN_QUALITY =
  /(平安|健康|美丽|法治|书香|数字|智慧|文明|幸福|绿色|诚信|绿美)([\u4e00-\u9fa5]{2,3}?)(?=建设|创建)/g;

/**
 * Place-campaign rule: a quality and a place's name, built or created.
 * Example: 深化平安柳溪建设，推进健康柳溪创建。
 */
function placeCampaigns(
  ctx: DocumentContext,
  sentence: Sentence,
): { span: NameSpan; name: string; aliases: string[]; rule: string }[] {
  const found: { span: NameSpan; name: string; aliases: string[]; rule: string }[] = [];
  // Every match ends before 建设 or 创建.
  if (!sentence.text.includes('建设') && !sentence.text.includes('创建')) return found;
  for (const m of sentence.text.matchAll(CAMPAIGN_QUALITY)) {
    const place = m[2] ?? '';
    if (
      !ctx.places.lookup(place) &&
      !distinctPlaces(ctx).some((p) => p.name === place || p.aliases.includes(place))
    )
      continue;
    const start = m.index ?? 0;
    // The campaign is also written with its head: 平安柳溪建设.
    const head = sentence.text.slice(start + m[0].length, start + m[0].length + 2);
    found.push({
      span: { name: m[0], start, end: start + m[0].length },
      name: m[0],
      aliases: [`${m[0]}${head}`],
      rule: 'programme.place-campaign',
    });
  }
  return found;
}

/** A master or land-use plan, with its years: 某镇总体规划（2021-2035年）, 某市2035总规. */
const PLAN =
  /([\u4e00-\u9fa5\d]{2,12}?)(国土空间总体规划|国土空间规划|总体规划|控制性详细规划|总规|控规)([（(]\d{4}\s*[-—~－至]\s*\d{4}年?[）)])?/g;
/** Every head of PLAN holds one of these. */
const PLAN_HEAD = /规划|总规|控规/;

/**
 * Plan rule: a place's master plan, named by the place or dated by its years, is a programme
 * (the conventions' plans); a bare 总体规划 names none.
 * Example: 完成柳溪镇总体规划（2021-2035年）修编，落实上海2035总规。
 */
function masterPlans(
  ctx: DocumentContext,
  sentence: Sentence,
): { span: NameSpan; name: string; aliases: string[]; rule: string; keepPlace: boolean }[] {
  const text = sentence.text;
  const found: { span: NameSpan; name: string; aliases: string[]; rule: string; keepPlace: boolean }[] = [];
  // PLAN tries a run of characters at every position: only where one of its heads stands.
  if (!PLAN_HEAD.test(text)) return found;
  for (const m of text.matchAll(PLAN)) {
    const at = m.index ?? 0;
    const bodyEnd = at + (m[1] ?? '').length;
    const start = stripLeading(text, { from: at, limit: bodyEnd - 1 });
    const body = text.slice(start, bodyEnd);
    const placed = distinctPlaces(ctx).some((p) =>
      [p.name, ...p.aliases].some((f) => f.length >= 2 && body.startsWith(f)),
    );
    if (body.length < 2 || !(placed || /\d{4}/.test(body)) || /[的和与及在]/.test(body)) continue;
    const end = at + m[0].length;
    const name = text.slice(start, end);
    found.push({ span: { name, start, end }, name, aliases: [], rule: 'programme.plan', keepPlace: true });
  }
  return found;
}

/**
 * Title rule: a plan or scheme cited by its title in 《》 is a programme.
 * Example: 完成《横泾古镇保护、整治、展示三年行动计划方案》编制。
 */
function titledPlans(
  sentence: Sentence,
): { span: NameSpan; name: string; aliases: string[]; rule: string }[] {
  // Most sentences cite no title: the scan below tries every position.
  if (!sentence.text.includes('《')) return [];
  return [
    ...sentence.text.matchAll(/《([^《》]{4,40}?(?:计划|方案|规划)(?:[(（][^()（）]{4,14}[)）])?)》/g),
  ].map((m) => {
    const start = (m.index ?? 0) + 1;
    const name = m[1] ?? '';
    return { span: { name, start, end: start + name.length }, name, aliases: [], rule: 'programme.title' };
  });
}

/** A quoted short name with the count achieved under it: “小升规”51家. */
const COUNTED_QUOTE = /“([^“”，,。；;、]{2,8})”(?:\d+[家个项户所件])?/g;

/**
 * Sibling rule: quoted names listed with 、 beside a quoted programme already found are
 * programmes of the same kind (完成“小升规”51家、“下升上”24家、“产转法”20家).
 */
function quotedSiblings(text: string, found: readonly NameSpan[]): NameSpan[] {
  const items = [...text.matchAll(COUNTED_QUOTE)].map((m) => ({
    quote: { name: `“${m[1] ?? ''}”`, start: m.index ?? 0, end: (m.index ?? 0) + (m[1] ?? '').length + 2 },
    end: (m.index ?? 0) + m[0].length,
  }));
  const siblings: NameSpan[] = [];
  let group: typeof items = [];
  const close = () => {
    if (group.some((g) => found.some((f) => f.start < g.quote.end && g.quote.start < f.end)))
      siblings.push(...group.map((g) => g.quote));
    group = [];
  };
  for (const item of items) {
    const last = group[group.length - 1];
    if (last && text.slice(last.end, item.quote.start) !== '、') close();
    group.push(item);
  }
  close();
  return siblings;
}

/**
 * A campaign year or a strategy may be named by common words when they say its aim: a
 * year of the works (项目建设年, 招商引资突破年) and a strategy of making a place strong,
 * prosperous or modern (工业强县战略, 生态立镇战略, 农业现代化战略). 重大战略 says nothing.
 */
function namedByAim(body: string, suffix: string): boolean {
  if (YEAR_CAMPAIGN_HEADS.includes(suffix)) return body.length >= 2 && !/^[今本明去全该]/.test(body);
  return suffix === '战略' && /(?:现代化|[强兴立富活][国省市县区镇乡村企农工]|富民|惠民)$/.test(body);
}

/**
 * Programmes: strategies, plans, campaigns, reforms, pilots and branded initiatives, from
 * quoted names with a programme head, from suffixes, and from quoted items of a list of works.
 * Example: 积极实施新一轮“武进英才计划”；深入实施人才强区战略。
 */
export function extractProgrammes(ctx: DocumentContext): ExtractedFacts {
  const entities: EntityMention[] = [];
  for (const sentence of ctx.doc.sentences) {
    const taken: NameSpan[] = [];
    const overlaps = (s: NameSpan) => taken.some((t) => t.start < s.end && s.start < t.end);
    for (const q of quotedProgrammes(sentence.text)) {
      if (overlaps(q.span) || AIMED_TITLE.test(q.name)) continue;
      taken.push(q.span);
      // A quoted national or provincial programme keeps the vocabulary's name and level.
      const known = vocabularyEntry(q.name);
      const canonical = known
        ? { name: known.name, aliases: [...known.aliases, q.name, ...q.aliases], level: known.level }
        : {};
      entities.push(programmeMention(ctx, { sentence, ...q, ...canonical }));
    }
    for (const known of knownProgrammes(sentence.text)) {
      if (overlaps(known.span) || opensWiderCampaign(sentence.text, known.span)) continue;
      taken.push(known.span);
      entities.push(programmeMention(ctx, { sentence, ...known }));
    }
    for (const span of quotedSiblings(sentence.text, taken)) {
      if (overlaps(span)) continue;
      taken.push(span);
      const name = span.name.slice(1, -1);
      entities.push(
        programmeMention(ctx, { sentence, span, name, aliases: [], rule: 'programme.quoted-sibling' }),
      );
    }
    for (const span of campaignWorks(sentence.text)) {
      if (overlaps(span)) continue;
      taken.push(span);
      entities.push(
        programmeMention(ctx, {
          sentence,
          span,
          name: span.name,
          aliases: [],
          rule: 'programme.campaign-works',
        }),
      );
    }
    for (const titled of [
      ...titledPlans(sentence),
      ...masterPlans(ctx, sentence),
      ...placeCampaigns(ctx, sentence),
    ]) {
      if (overlaps(titled.span)) continue;
      taken.push(titled.span);
      entities.push(programmeMention(ctx, { sentence, ...titled }));
    }
    // 六大民生实事重点项目，具体包括：“嘉优教育”“嘉优医疗”: branded initiatives under one head.
    for (const list of findEnumerations(sentence.text)) {
      if (list.label !== 'Project') continue;
      for (const item of list.items.filter((i) => /^“[^”]+”$/.test(i.name))) {
        if (overlaps(item)) continue;
        taken.push(item);
        entities.push(
          programmeMention(ctx, {
            sentence,
            span: item,
            name: item.name.slice(1, -1),
            aliases: [],
            rule: 'programme.listed-initiative',
          }),
        );
      }
    }
    for (let span of scanSuffixNames(sentence.text, {
      suffixes: SUFFIXES,
      maxLength: 28,
      wordFinal: WORD_FINAL,
      keepLeadingVerbs: true,
      keepBody: namedByAim,
    })) {
      // 数字化改造行动支部: the campaign names a team here, not itself.
      const after = sentence.text.slice(span.end);
      // …项目计划投资3.5亿元: 计划 is the verb "plans to" here, not a plan.
      // 一期计划投入2000万元 too.
      if (
        /计划$/.test(span.name) &&
        /^(投资|投入|建设|建成|实施|开工|新建|新增|完成|于|在|到|用|总投资)/.test(after)
      )
        continue;
      // 年内计划开展活动12次, 今年计划新建道路5条: a time before 计划 dates the verb "plans to".
      if (/^(?:年内|年度|今年|明年|全年|本年|当年)计划$/.test(span.name)) continue;
      // 成立某某职业教育改革示范园, 创建某某改革创新实验区: a zone's or a designation's head after the name makes it the
      // front of that name, not a programme.
      if (/^(?:创新)?(?:示范|试验|实验|先行)?(?:园|区|基地|县|镇|村)/.test(after)) continue;
      // 建设年度, 提升年均: a year campaign's head is a whole word.
      if (/年$/.test(span.name) && /^[度均底初末内份中]/.test(after)) continue;
      // 试点村, 试点单位: the pilot's places; 获批某某试点: a designation.
      if (
        /试点$/.test(span.name) &&
        (/^(?:单位|村|镇|县|区|市|城市|企业|项目|示范|地区|乡镇|社区|园区|学校)/.test(after) ||
          // 某村与某公司试点成立合作社: 试点 before a verb is the verb "to pilot", a company its partner.
          /^(?:成立|开展|推行|建设|建立|实施|推广|引入|打造|探索|运行)/.test(after) ||
          /公司|集团/.test(span.name) ||
          DESIGNATION_VERB.test(sentence.text.slice(0, span.start)) ||
          DESIGNATION_WORD.test(span.name))
      )
        continue;
      // 建立企业挂钩服务机制, 推行某某工作法: a mechanism or a way of working is named by nouns;
      // the verb before it is the predicate.
      if (MECHANISM.test(span.name) || span.name.endsWith('工作法')) {
        const from = stripLeading(sentence.text, { from: span.start, limit: span.end - 2 });
        span = { name: sentence.text.slice(from, span.end), start: from, end: span.end };
      }
      // 开展宣传和整治行动: a head alone (整治行动, 专项行动, 三年行动) names no campaign.
      if (SUFFIXES.includes(span.name)) continue;
      if (overlaps(span) || !isProgrammeName(span.name) || /^(支部|小组|办公室|领导小组)/.test(after))
        continue;
      taken.push(span);
      entities.push(
        programmeMention(ctx, { sentence, span, name: span.name, aliases: [], rule: 'programme.suffix' }),
      );
    }
  }
  return {
    entities: withDriveForms([...entities, ...quotedReMentions(ctx, entities)]),
    relations: [],
  };
}

/**
 * Re-mention rule: a programme named once with its head (“供销农场”服务模式) is named again
 * by its quoted short name alone (推动“供销农场”落实工作) in other sentences of the document;
 * each such mention says who takes part there.
 * Example: 推广“柳溪管家”服务模式。在柳溪镇，工作组推动“柳溪管家”落实。
 */
function quotedReMentions(ctx: DocumentContext, found: readonly EntityMention[]): EntityMention[] {
  const byName = new Map<string, EntityMention>();
  for (const e of found) {
    const sentence = ctx.doc.sentences[e.span.sentenceIndex];
    const written = sentence?.text.slice(e.span.start - sentence.start, e.span.end - sentence.start) ?? '';
    const quoted = /^“([^“”]{2,12})”$/.exec(written)?.[1];
    if (quoted && quoted === e.name && !byName.has(quoted)) byName.set(quoted, e);
  }
  const more: EntityMention[] = [];
  if (byName.size === 0) return more;
  const taken = new Set(found.map((e) => `${e.span.sentenceIndex}:${e.span.start}`));
  for (const sentence of ctx.doc.sentences) {
    if (!sentence.text.includes('“')) continue;
    for (const m of sentence.text.matchAll(/“([^“”]{2,12})”/g)) {
      const known = byName.get(m[1] ?? '');
      const start = sentence.start + (m.index ?? 0);
      if (!known || taken.has(`${sentence.index}:${start}`)) continue;
      // A mention already read in this sentence (the name with its head) is not repeated.
      if (found.some((e) => e.span.sentenceIndex === sentence.index && e.key === known.key)) continue;
      taken.add(`${sentence.index}:${start}`);
      more.push(
        entityMention({
          label: 'Programme',
          sentence,
          span: { name: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length },
          name: known.name,
          aliases: known.aliases,
          rule: 'programme.re-mention',
          confidence: 0.6,
          // The level is the programme's; the participant is read again where it is named.
          properties: Object.fromEntries(
            Object.entries(known.properties).filter(([k]) => k !== 'participant'),
          ),
        }),
      );
    }
  }
  return more;
}

/** Verbs that launch a drive, written before its name in titles (再掀某某大行动热潮). */
const LAUNCH = /^(?:再掀|掀起|掀|再启|启动|打响)/;

/**
 * 清洁乡村大行动 beside 清洁乡村, 人居环境整治大行动 beside 人居环境整治行动: a campaign written
 * once as a great drive (大行动), perhaps after the verb launching it, is the campaign the
 * document names otherwise; the drive's form stays an alias.
 */
function withDriveForms(entities: EntityMention[]): EntityMention[] {
  const names = new Set(entities.map((e) => e.name));
  return entities.map((e) => {
    const m = /^(.{2,}?)大行动$/.exec(e.name.replace(LAUNCH, ''));
    const stem = m?.[1];
    if (!stem) return e;
    const to = [`${stem}行动`, stem].find((n) => n !== e.name && names.has(n));
    return to ? renamedMention(e, to) : e;
  });
}
