import type { DocumentContext, EntityMention, ExtractedFacts, Sentence } from '../types';
import { findEnumerations, type Enumeration } from './name-enumeration';
import { entityMention, isPlausibleName, localSpan, renamedMention } from './name-mention';
import { scanSuffixNames, type NameSpan } from './name-scan';
import { tokenize } from './name-segment';
import { committeeMentions, departmentMentions, ownGovernmentMentions } from './institution-bodies';
import { ROLES } from './people-roles';
import { levelStandsAlone, serviceBodyMentions } from './institution-services';
import { partyBodyMentions } from './institution-party';
import { foundedMentions } from './institution-founded';
import { sharedHeadMentions, stemBodyMentions } from './institution-stems';
import { cityColleges, joinedAssociations, withCityInFront } from './institution-names';

/**
 * A role right after a body makes the body part of a person's title (县商务局局长某某,
 * 某某协会会长某某): the person acts, the body is only where the person serves. A broadcaster's
 * presenter or reporter is another matter: the station hosts the interview and is named as
 * its maker (某某融媒体中心主持人).
 */
const MEDIA_ROLES = new Set(['记者', '主持人']);
const ROLE_AFTER = new RegExp(
  `^(?:党组|党委|党总支|党支部)?(?:${ROLES.filter((r) => !MEDIA_ROLES.has(r)).join('|')}|成员|会长|馆长)`,
);

const SUFFIXES = [
  '大学',
  '学院',
  '医院',
  '学校',
  '中学',
  '小学',
  '初中',
  '高中',
  '幼儿园',
  '法院',
  '法庭',
  '派出所',
  '司法所',
  '协会',
  '商会',
  '研究院',
  '研究所',
  '中心',
  '卫生室',
  '卫生院',
  // Community and village health stations (某某社区卫生服务站), the smallest public clinics.
  '卫生服务站',
  '养老院',
  '敬老院',
  '校区',
  '图书馆',
  '博物馆',
  '学堂',
  // Stations of experts (院士工作站), alliances and committees of an industry, broadcasters,
  // the offices of a town: bodies that act in the reports.
  '工作站',
  '联盟',
  '委员会',
  '办公室',
  '广播电台',
  '实验室',
  '办事处',
  '检察院',
  '党校',
  '电视台',
  '报社',
  // Village and neighbourhood committees, and the administrative committees of parks, by
  // their usual short names; academies of science and design institutes of each level.
  '村委会',
  '居委会',
  '管委会',
  // The administrations of parks and scenic areas are called 管理局 (某某航天城管理局).
  '管理局',
  '科学院',
  '农科院',
  '社科院',
  '设计院',
  '规划院',
  '保健院',
  // Supply-and-marketing cooperatives of a county or city (某市供销社, 某市供销联社, 某县供销
  // 合作社): bodies under the government that run rural services, named by their place.
  '供销社',
  '供销联社',
  '供销合作社',
];
const WORD_FINAL = new Set([
  '中心',
  '学院',
  '大学',
  '中学',
  '小学',
  '初中',
  '高中',
  '委员会',
  '联盟',
  '工作站',
  '村委会',
  '居委会',
  '管委会',
  '供销社',
  '供销联社',
  '供销合作社',
]);

/** Names whose head is this broad need a proper name in front: 平望集成指挥中心, not 综合治理服务中心. */
const BROAD = /(中心|学校|学院|办公室|实验室)$/;

/**
 * Centres that are a company's or a park's facilities, not public bodies: a centre of
 * operations, design, trade, logistics, research of a firm is built as a project, also when
 * it is called a service centre (游客服务中心, 客户服务中心).
 */
const FACILITY_CENTRE =
  /(运营|设计|科创|创新|交易|物流|商务|商贸|会展|购物|商业|数据|算力|结算|研发|展示|体验|营销|销售|分拨|配送|仓储|冷链|加工|孵化|双创|产业|金融|总部|会议|游客|旅游|接待|文化|体育|健身|活动|客户|售后)(?:服务)?中心$/;

/** Words of ownership and tier that, with a head alone, name a class of bodies. */
const CLASS_OF_BODIES =
  /^(?:非建制)?(?:“[^”]{1,6}”)?(?:公立|私立|民营|民办|公办|专科|综合|基层|乡镇|镇乡|村级|社区|县级|市级|定点|普惠性?|新建)*(?:医院|学校|幼儿园|卫生院|卫生室|养老院|敬老院)$|^[\u4e00-\u9fa5]{2,6}(?:县|区|市|镇|乡|街道)新建/;

function isInstitutionName(name: string, placeNames: readonly string[]): boolean {
  if (!isPlausibleName(name, { min: 4, max: 28 })) return false;
  // XX镇卫生院: a name masked on the page is skipped; 县属中小学 is the county's schools, a class.
  if (/[XＸ×*＊]{2}/i.test(name) || /^(?:省|市|县|区|镇)属/.test(name)) return false;
  // 甲级村卫生室, 二甲医院: a grade of the health system's ratings names a standard, not a body.
  if (
    /^“?(省|市|区|镇|县)?(级|属)?(一级|二级|三级|三甲|二甲|甲级|乙级|丙级|示范|绿色|先进|重点|试点)/.test(
      name,
    )
  )
    return false;
  // 某村四个村级卫生室, 某镇6所学校: a count inside the name makes it several bodies of a kind.
  if (/[\d一二三四五六七八九十两几]+(?:个|家|座|间|处|所(?=[\u4e00-\u9fa5]))/.test(name)) return false;
  // 私立医院, “四化”卫生院, 某县新建学校: an ownership, a tier, a quoted grade or a verb of
  // building with the head names a class of bodies.
  if (CLASS_OF_BODIES.test(name)) return false;
  // 省级院士工作站, 某区市级技术中心, 某某省级大学: a level names a class of designated body.
  if (/(?:国家|省|市|县|区)级/.test(name)) return false;
  // 各行各业商会 is every chamber; 一支点一枢纽一中心 is a slogan of positions.
  // 政协第六届某区委员会 is a session's body, named by its term.
  if (/各|届|\+|(一[\u4e00-\u9fa5]{1,3}){2,}/.test(name) || FACILITY_CENTRE.test(name)) return false;
  if (/委员会$/.test(name) && name.length < 6) return false;
  // 某某村中心, 集镇中心: the middle of a village or a town, a spot, not a body; a city's
  // 副中心 (城市副中心) is an area of its plan.
  if (/[村镇乡组]中心$|副中心$/.test(name)) return false;
  if (!BROAD.test(name)) return true;
  return (
    placeNames.some((p) => name.includes(p)) ||
    tokenize(name).some((t) => ['ns', 'nr', 'nz', 'nt'].includes(t.tag))
  );
}

/**
 * Verbs that set up a body stand before its name: 实质化运作某某委员会, 揭牌某某联盟; so does the
 * speaker's 代表 of a report (我代表某某街道办事处向大会报告) and a verb of building (整合资源新建某某中学).
 */
const SETTING_UP =
  /^.*?(?:运作|成立|组建|筹建|设立|揭牌|挂牌|引入|引进|依托|入驻|共建|代表|新建|改扩建|迁建)(?=.{4,}$)/;

/**
 * 到社区医院开药, 去某某中学: a verb of going is not part of the name it goes to; nor is a verb
 * of drawing on a partner (充分发挥某某大学的作用, 携手某某研究院, 邀请某某设计院, 利用某某中心入驻契机).
 */
const GOING = /^.*?(?:到|去|赴|发挥|借助|利用|依靠|邀请|携手|联合|会同)(?=.{4,}$)/;

function withoutLeadingVerb(span: NameSpan): NameSpan {
  const verb = SETTING_UP.exec(span.name)?.[0] ?? GOING.exec(span.name)?.[0];
  return verb ? { name: span.name.slice(verb.length), start: span.start + verb.length, end: span.end } : span;
}

/**
 * 清华大学某某建筑设计公司, 某某研究院某某科技有限公司: a body's name running on, with no link
 * word, into a company's head is the front of the company's registered name.
 */
const RUNS_INTO_COMPANY =
  /^(?:(?!与|和|及|同|跟|向|对|为|在|的|联合|携手|合作|签)[\u4e00-\u9fa5A-Za-z]){1,12}(?:公司|集团)/;

function insideCompanyName(text: string, span: NameSpan): boolean {
  return RUNS_INTO_COMPANY.test(text.slice(span.end));
}

/**
 * Suffix rule: universities, hospitals, schools, courts, police stations, associations.
 * Example: 与常州市公安局武进分局嘉泽派出所等单位实现党建共建签约。
 */
function suffixMentions(sentence: Sentence, placeNames: readonly string[]): EntityMention[] {
  return scanSuffixNames(sentence.text, {
    suffixes: SUFFIXES,
    maxLength: 28,
    wordFinal: WORD_FINAL,
    verbsEnd: true,
  })
    .map(withoutLeadingVerb)
    .map((span) => (/(大学|学院)$/.test(span.name) ? withCityInFront(sentence.text, span) : span))
    .filter((span) => isInstitutionName(span.name, placeNames) && !insideCompanyName(sentence.text, span))
    .map((span) => {
      // 仙潭小学新校区 is a campus of 仙潭小学: the school is the institution.
      const school = /^(.+(?:小学|中学|学校|大学|学院))新?校区$/.exec(span.name)?.[1];
      const name = school ?? span.name;
      const aliases = school ? [span.name] : [];
      return entityMention({
        label: 'Institution',
        sentence,
        span,
        name,
        aliases,
        rule: 'institution.suffix',
        confidence: 0.8,
      });
    });
}

/**
 * Short forms of universities count only where the list says what they are.
 * Example: 进一步深化与南大、南医大、常大等院所合作。
 */
function listMentions(sentence: Sentence): EntityMention[] {
  const found: EntityMention[] = [];
  for (const list of findEnumerations(sentence.text)) {
    if (list.label !== 'Institution') continue;
    for (const item of list.items) {
      if (!isPlausibleName(item.name, { min: 2, max: 28 })) continue;
      found.push(
        entityMention({
          label: 'Institution',
          sentence,
          span: item,
          rule: `institution.${list.rule}`,
          confidence: 0.7,
        }),
      );
    }
  }
  return found;
}

/**
 * A government named as an actor: the place, then 人民政府 or 政府 (not 政府工作报告, 政府投资,
 * nor 县政府办, which is the government's office and often the page's byline).
 */
const GOVERNMENT = /^(人民政府|政府)(?!工作|投资|性|债|采购|引导|补贴|办(?![好理成结了])|部门|和社会)/;
/**
 * A street's government is its office: 某某街道办事处, also written 某某街道办 (not 办理, 办好,
 * 办事, 办实事, 办公).
 */
const STREET_OFFICE = /^(办事处|办)(?![好理成结了公事实法])/;

/** The government's head after a place's name, and the body's full name. */
function governmentHead(place: string, after: string): { head: string; full: string } | null {
  const head =
    GOVERNMENT.exec(after)?.[1] ?? (place.endsWith('街道') ? STREET_OFFICE.exec(after)?.[1] : undefined);
  if (!head) return null;
  return { head, full: head.startsWith('办') ? `${place}办事处` : `${place}人民政府` };
}

/**
 * Government rule: a place followed by its government is a public body.
 * Example: 我代表柳溪镇人民政府向大会报告工作。
 */
function governments(ctx: DocumentContext, sentence: Sentence): EntityMention[] {
  const found: EntityMention[] = [];
  // A place keeps the span of one mention; its full name written again elsewhere
  // (我代表某某镇人民政府, after the page's title named the town) is read from the text.
  for (const place of ctx.places.places) {
    if (!/(镇|乡|街道|县|市|区)$/.test(place.name) || place.name.length < 3) continue;
    for (
      let at = sentence.text.indexOf(place.name);
      at >= 0;
      at = sentence.text.indexOf(place.name, at + 1)
    ) {
      const end = at + place.name.length;
      const gov = governmentHead(place.name, sentence.text.slice(end));
      if (
        !gov ||
        (/[\u4e00-\u9fa5]/.test(sentence.text[at - 1] ?? '') && !/代表$/.test(sentence.text.slice(0, at)))
      )
        continue;
      const name = `${place.name}${gov.head}`;
      const full = gov.full;
      found.push(
        entityMention({
          label: 'Institution',
          sentence,
          span: { name, start: at, end: end + gov.head.length },
          name: full,
          aliases: name === full ? [] : [name],
          rule: 'institution.government',
          confidence: 0.75,
        }),
      );
    }
  }
  for (const place of ctx.places.places) {
    if (place.span.sentenceIndex !== sentence.index) continue;
    const end = place.span.end - sentence.start;
    // Ancestors share their child's span: only the place actually written there counts.
    const written = sentence.text.slice(place.span.start - sentence.start, end);
    if (written !== place.name && !place.aliases.includes(written)) continue;
    const gov = governmentHead(place.name, sentence.text.slice(end));
    if (!gov) continue;
    const start = place.span.start - sentence.start;
    const name = sentence.text.slice(start, end + gov.head.length);
    const full = gov.full;
    found.push(
      entityMention({
        label: 'Institution',
        sentence,
        span: { name, start, end: end + gov.head.length },
        name: full,
        aliases: name === full ? [] : [name],
        rule: 'institution.government',
        confidence: 0.75,
      }),
    );
  }
  return found;
}

/**
 * Where a name is not an institution acting in the text: the source line or byline of the
 * page (来源：某县融媒体中心, 某市融媒体中心记者), a facility built as a project
 * (某村卫生室项目), a place in a position (东北部中心位置), or a member of a list of companies.
 */
function outOfRole(sentence: Sentence, mention: EntityMention, companies: readonly Enumeration[]): boolean {
  const { start, end } = localSpan(mention, sentence);
  const before = sentence.text.slice(0, start);
  const after = sentence.text.slice(end);
  if (/(来源|来自|稿源|供稿|作者|编辑|出品|主办|发布|转自)[:：]\s*\S{0,12}$/.test(before)) return true;
  // 供图 某区委宣传部, 摄影：某某: a picture's credit line names its source, not an actor.
  if (/(供图|摄影|图片|图)[:：\s]\s*$/.test(before)) return true;
  if (/^\s*(记者|通讯员|供稿|讯|报道)/.test(after)) return true;
  // 建成院士专家工作站4家, 技术中心、研究院各1个: a count of a designation, not one body.
  if (
    /(工作站|技术中心|研究中心|创新中心|实验室|研究院|研究所)$/.test(mention.name) &&
    /^各?[\d一二三四五六七八九十两]+[家个所座]/.test(after)
  )
    return true;
  if (/^(项目|工程|建设项目|[一二三四五六七八九十]期)/.test(after) || ROLE_AFTER.test(after)) return true;
  // 设有谈心室、退役军人服务站、舞蹈室等功能室: rooms of a centre listed as its functions, not bodies.
  if (/^(?:、[^、，,；;。]{1,12})*(?:等[^，,；;。]{0,6})?功能(?:室|区|间|用房)/.test(after)) return true;
  // 新增某某博物馆等10个项目, 某某初中、某某幼儿园等4个项目竣工, 某某中心4个重点项目已开工: a
  // venue, a school or a centre counted among projects is built, not acting.
  if (
    /(馆|院|园|学校|中学|小学|初中|高中|中心)$/.test(mention.name) &&
    /^(?:、[^、，,；;。]{2,16})*(?:等[^，,；;。]{0,12}|[\d一二三四五六七八九十两]+个[^，,；;。]{0,6})项目/.test(
      after,
    )
  )
    return true;
  // 2022-08-16 某某党政办公室: a dated line with the body alone is the page's source line.
  if (/^\s*\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?\s*$/.test(before) && /^\s*$/.test(after)) return true;
  // 获评“某省公立医院高质量发展试点医院”: a quoted title conferred on a body is a designation.
  if (/^“.+”$/.test(mention.name) && /(?:获评|评为|入选|认定为|命名为|授予)$/.test(before)) return true;
  // 在某某村委会选址新建, 设在某村委会所在地: a village committee as the spot where something
  // is built stands for its site, not for the body acting.
  if (
    /(村委会|居委会)$/.test(mention.name) &&
    /[在到于]$/.test(before) &&
    /^(选址|所在地|附近|旁|周边|门前|院内|办公楼)/.test(after)
  )
    return true;
  // 某镇新安村委桥等村: in the south a 村委 is the administrative village, a place, not a body.
  if (/村委$/.test(mention.name)) return true;
  // 某某商会鑫玉龙海参批发市场: a body's name at the head of a longer venue's name.
  if (/商会$/.test(mention.name) && /^[\u4e00-\u9fa5]{2,}(市场|项目|基地|园)/.test(after)) return true;
  if (/中心$/.test(mention.name) && /^(位置|地带|城区|区域|地位|城市|镇区)/.test(after)) return true;
  return companies.some((list) => list.items.some((item) => item.start < end && start < item.end));
}

/** 关洲村原高坪小学: the school is named after 原 (former); the village before it is where it was. */
function withoutFormerPlace(mention: EntityMention): EntityMention | null {
  const m = /^.*(?:村|镇|社区|乡)原(.{3,})$/.exec(mention.name);
  if (!m?.[1]) return mention;
  const name = m[1];
  // 某村原卫生室: with no name of its own left, the former clinic is one of a kind, no body.
  if (name.length < 4 || CLASS_OF_BODIES.test(name)) return null;
  return {
    ...mention,
    key: `Institution:${name}`,
    name,
    span: { ...mention.span, start: mention.span.end - name.length },
  };
}

/**
 * 镇中心小学, 镇企业家协会: a body named after the bare level of the document's own town is
 * that town's body (the own-body rule's reading, for every suffix family); the written form
 * stays an alias.
 */
function ownLevelName(ctx: DocumentContext, sentence: Sentence, mention: EntityMention): EntityMention {
  const primary = ctx.places.primary;
  const level = mention.name[0] ?? '';
  const at = mention.span.start - sentence.start;
  if (
    !primary ||
    !/^[镇乡]/.test(mention.name) ||
    mention.name.length < 3 ||
    !primary.name.endsWith(level) ||
    sentence.text.slice(at, at + mention.name.length) !== mention.name ||
    !levelStandsAlone(sentence.text, at)
  )
    return mention;
  return renamedMention(mention, `${primary.name}${mention.name.slice(1)}`);
}

/** Institutions: public bodies, schools, hospitals, courts, police stations, associations. */
export function extractInstitutions(ctx: DocumentContext): ExtractedFacts {
  const entities: EntityMention[] = [];
  const placeNames = [...new Set(ctx.places.places.flatMap((p) => [p.name, ...p.aliases]))].filter(
    (n) => n.length >= 2,
  );
  for (const sentence of ctx.doc.sentences) {
    const companies = findEnumerations(sentence.text).filter((list) => list.label === 'Enterprise');
    // Earlier rules win where readings overlap: a school's own name over a department inside it.
    const found: EntityMention[] = [];
    for (const mention of [
      ...suffixMentions(sentence, placeNames)
        .map(withoutFormerPlace)
        .filter((m): m is EntityMention => m !== null)
        .map((m) => ownLevelName(ctx, sentence, m)),
      ...joinedAssociations(sentence, placeNames),
      ...listMentions(sentence),
      ...cityColleges(sentence),
      ...governments(ctx, sentence),
      ...committeeMentions(ctx, sentence),
      ...serviceBodyMentions(ctx, sentence),
      ...sharedHeadMentions(sentence),
      ...stemBodyMentions(ctx, sentence),
      ...partyBodyMentions(ctx, sentence).map((m) => ownLevelName(ctx, sentence, m)),
      ...departmentMentions(ctx, sentence),
      ...ownGovernmentMentions(ctx, sentence),
      ...foundedMentions(sentence),
    ]) {
      const overlaps = found.some((f) => f.span.start < mention.span.end && mention.span.start < f.span.end);
      if (!overlaps && !outOfRole(sentence, mention, companies)) found.push(mention);
    }
    entities.push(...found);
  }
  return { entities: withPlacePrefixForms(withOfficeShortForms(entities), placeNames), relations: [] };
}

/** Whether `prefix` is nothing but place names written one after another (浦东新区张江镇). */
function onlyPlaces(prefix: string, placeNames: readonly string[]): boolean {
  if (prefix.length === 0) return true;
  return placeNames.some((p) => prefix.startsWith(p) && onlyPlaces(prefix.slice(p.length), placeNames));
}

/**
 * 浦东新区张江镇社会治理中心, 张江镇社会治理中心 and, further on, 社会治理中心: one body written
 * with more or fewer of its places in front. Names that differ only by a run of place names
 * before the same head are one institution, named as the text names it most often (the
 * longest form on a tie); the bare head joins them only where it is the one body of that
 * head the text names (not 党群服务中心 beside two communities' centres).
 */
function withPlacePrefixForms(entities: EntityMention[], placeNames: readonly string[]): EntityMention[] {
  const names = [...new Set(entities.map((e) => e.name))];
  const count = new Map<string, number>();
  for (const e of entities) count.set(e.name, (count.get(e.name) ?? 0) + 1);
  const parent = new Map(names.map((n) => [n, n]));
  const root = (n: string): string => {
    const p = parent.get(n) ?? n;
    return p === n ? n : root(p);
  };
  const placesInFront = (short: string) =>
    names.filter(
      (n) =>
        n.length > short.length && n.endsWith(short) && onlyPlaces(n.slice(0, -short.length), placeNames),
    );
  const placed = (n: string) => placeNames.some((p) => n.startsWith(p));
  for (const short of names.filter(placed))
    for (const long of placesInFront(short)) parent.set(root(long), root(short));
  for (const short of names.filter((n) => !placed(n))) {
    const groups = new Set(placesInFront(short).map(root));
    const [only] = groups;
    if (groups.size === 1 && only) parent.set(root(short), only);
  }
  const best = new Map<string, string>();
  for (const n of names) {
    const r = root(n);
    const b = best.get(r);
    const better =
      !b ||
      (placed(n) && !placed(b)) ||
      (placed(n) === placed(b) &&
        ((count.get(n) ?? 0) > (count.get(b) ?? 0) ||
          ((count.get(n) ?? 0) === (count.get(b) ?? 0) && n.length > b.length)));
    if (better) best.set(r, n);
  }
  return entities.map((e) => {
    const to = best.get(root(e.name));
    return to && to !== e.name ? renamedMention(e, to) : e;
  });
}
/**
 * 某镇生态环境办 is 某镇生态环境办公室 written short: where the document names the office in
 * full too, the short mention is the same body under its full name.
 */
function withOfficeShortForms(entities: EntityMention[]): EntityMention[] {
  const names = new Set(entities.map((e) => e.name));
  return entities.map((e) => {
    const full = `${e.name}公室`;
    return e.name.endsWith('办') && names.has(full) ? renamedMention(e, full) : e;
  });
}
