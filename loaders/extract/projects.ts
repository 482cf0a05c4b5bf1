import type { Properties } from '../../schema/model';
import type { DocumentContext, EntityMention, ExtractedFacts, Sentence } from '../types';
import { findEnumerations } from './name-enumeration';
import { clauseAround, entityMention, isPlausibleName } from './name-mention';
import { dropNested, isGenericBody, scanSuffixNames, stripLeading, type NameSpan } from './name-scan';
import { LEGAL_FORMS } from './enterprise-names';
import { tokenize } from './name-segment';
import { investmentInClause, splitSizedName } from './project-investment';
import { projectStatus } from './project-status';
import { PARK_WORKS_HEADS, parkReading } from './project-parks';
import { facilityWorks } from './project-facilities';
import { isDistinctiveBody } from './zone-bodies';
import {
  bracketedLists,
  countedLists,
  withFullNames,
  withRoadOrigin,
  withoutPlacePrefix,
  withoutHandlingVerb,
  withoutTrailingModal,
  withPlaceShortForms,
} from './project-lists';

/** Heads of works; housing is built and handed over like any works (蒋家头地块安置房竣工交付). */
const SUFFIXES = ['项目', '工程', '安置房', '安置小区', '商品房', '保障房'];
const PHASE = /^[（(][一二三四五六七八九十\d]+期[)）]/;
/** Works that end in a bracketed phase: 洮溇片区水环境综合整治(二期). */
const PHASED_WORKS = /(整治|改造|治理|建设|提升|修复)([（(][一二三四五六七八九十\d]+期[)）])/g;

/** A name made only of a quotation (“千万工程”, “五个一”工程) is a campaign, not works. */
export function isCampaignName(name: string): boolean {
  return /^“[^”]+”工程$/.test(name) || /^“[^”]*工程”$/.test(name);
}

function phased(text: string, span: NameSpan): NameSpan {
  const phase = PHASE.exec(text.slice(span.end));
  return phase ? { name: span.name + phase[0], start: span.start, end: span.end + phase[0].length } : span;
}

/**
 * 某某生产基地暨研发中心建设项目, 某某肉牛养殖暨全产业链项目: works joined to works by 暨 are
 * one project, named whole. The first part ends in a head of works or in an activity
 * (养殖, 加工, 生产…), which no event name ends in.
 */
const WORKS_JOINT =
  /^[^暨]{2,}(?:基地|中心|园|园区|厂|厂区|总部|实验室|车间|工厂|大楼|项目|工程|养殖|种植|加工|生产|制造|研发)暨/;

/** 某某集中开工暨某某提升项目: the name of the works follows the event's 暨. */
function afterJoint(span: NameSpan): NameSpan {
  if (WORKS_JOINT.test(span.name)) return span;
  const at = span.name.lastIndexOf('暨');
  const rest = span.name.slice(at + 1);
  return at >= 0 && rest.length >= 6 ? { name: rest, start: span.start + at + 1, end: span.end } : span;
}

/**
 * 某某镇项目建设情况汇报, 某镇重点集中动工项目: a place with words that classify projects is
 * the place's projects as a kind, not one project.
 */
const PLACE_ONLY =
  /^[\u4e00-\u9fa5]{1,5}(?:(?<![小古城])镇|乡|村|街道|县|(?<![园片新城])[区市])(?:重点|重大|集中|动工|开工|签约|竣工|在建|新建|续建|招商|招引|储备|产业|工业|农业|服务业|文旅|城建|基础设施|社会事业|民生|全部|所有|各类)*(?:项目|工程)$/;

/**
 * 重大文旅项目, 智能制造项目: a class and an industry describe a kind of project. A named
 * project keeps a word outside the function vocabulary of zones and industries (污水处理项目,
 * 光通讯智能制造项目). Only bare 项目 heads are tested: works heads (改造工程) name by their verbs.
 */
function isKindOfWorks(name: string): boolean {
  const body = name.replace(/项目$/, '');
  return body !== name && !body.startsWith('“') && !isDistinctiveBody(body, []);
}

/**
 * 投资5亿元的智能装备制造项目: an amount of investment stated for it makes a kind of works
 * one project (a kind has no investment of its own).
 */
const SIZED_BEFORE = /(?:投资|总投资)(?:额)?[约超近达]?[\d.]+(?:千万|百万|亿|万)?(?:美)?元的$/;

/** 记者走进某镇某某项目, 领导来到某某项目: the visit opens the clause; the works are what follows. */
const VISIT = /^.*?(?:走进|来到|深入|前往|走访|实地察看|察看|查看)/;

function withoutVisit(span: NameSpan): NameSpan {
  const m = VISIT.exec(span.name);
  if (!m || span.name.length - m[0].length < 4) return span;
  return { name: span.name.slice(m[0].length), start: span.start + m[0].length, end: span.end };
}

/**
 * 与某某集团签订某某储能项目, 成功引进某某项目: a verb of dealing inside the scanned span
 * (signing, bringing in, negotiating, witnessing) says what was done with the works; their
 * name is what follows the last such verb.
 */
const DEALING_VERB = /^.*(?:签订|签署|签下|签约了|引进|招引|洽谈|对接|见证|宣布|考察了|观摩|举行|举办)/;

/**
 * 要全力保障某某项目建设: a modal of obligation with the adverbs and the verb it governs opens
 * the clause, not the name (the scan keeps one-character 要 it does not read as a verb).
 */
const OBLIGATION =
  /^(?:要|需要|必须|务必|还要|也要)(?:全力|重点|着力|加快|大力|积极|持续|扎实|切实|进一步)*(?:保障|攻坚|服务|推进|推动|抓好|支持|实施|建设|做好|落实|加快)?/;

function withoutDealingVerb(span: NameSpan): NameSpan {
  const m = DEALING_VERB.exec(span.name) ?? OBLIGATION.exec(span.name);
  if (!m || span.name.length - m[0].length < 4) return span;
  return { name: span.name.slice(m[0].length), start: span.start + m[0].length, end: span.end };
}

/**
 * 总投资150亿元某某项目, 投资2000万元的某某项目: the amount in front sizes the works, it is no
 * part of their name (reports often drop the 的 between them).
 */
const LEADING_AMOUNT =
  /^(?:[\u4e00-\u9fa5]{0,3}?(?:总投资|计划投资|投资)(?:额)?)?[约超近达逾]?\s*[\d.]+\s*(?:千万|百万|亿|万)?(?:美)?元(?:的)?/;

/** 一个亿元蔬菜冻干项目, 超亿元某某项目: a class of amount in front sizes the works too. */
const AMOUNT_CLASS = /^(?:超|过)?(?:十|百)?亿元(?:级|以上)?(?:的)?/;

export function withoutLeadingAmount(span: NameSpan): NameSpan {
  const m = LEADING_AMOUNT.exec(span.name) ?? AMOUNT_CLASS.exec(span.name);
  if (!m || span.name.length - m[0].length < 4) return span;
  return { name: span.name.slice(m[0].length), start: span.start + m[0].length, end: span.end };
}

/**
 * 年产600台套玻璃机械项目, 年产十万套电梯部件项目: a capacity written before the product is part
 * of the project's name (the conventions keep it there), though the scan stops at its measure
 * word. The capacity is taken back into the name.
 */
const CAPACITY_BEFORE =
  /(?:年产|年销售|年加工|年处理|年养殖|年出栏|年生产|日处理)(?:能力)?(?:[\d.]+|[一二三四五六七八九十百千两]+)[万亿千百]*(?:吨|台套|台|套|只|头|羽|件|片|块|辆|条|支|箱|平方米|立方米|千瓦|兆瓦|瓶|双|粒|米|标箱|张|株)?$/;

function withCapacity(text: string, span: NameSpan): NameSpan {
  const lead = /^[吨台套只头羽件片块辆条支箱]+/.exec(span.name)?.[0] ?? '';
  if (span.name.length - lead.length < 4) return span;
  const before = text.slice(Math.max(0, span.start - 16), span.start + lead.length);
  const m = CAPACITY_BEFORE.exec(before);
  if (!m) return span;
  const start = span.start + lead.length - m[0].length;
  return { name: text.slice(start, span.end), start, end: span.end };
}

/**
 * 某某综合养殖场(占地80亩)项目: a bracketed note of the site or the phasing between a name and
 * its head describes the works; the name is what stands before it, with the head after it.
 */
const NOTE_BEFORE_HEAD =
  /[（(](?:占地|用地|面积|建筑面积|规划|分|含|计划|约|共)[^（）()]{1,14}[)）](?=项目|工程)/g;

function notedNames(text: string): NameSpan[] {
  const spans: NameSpan[] = [];
  if (!/[（(]/.test(text)) return spans;
  for (const m of text.matchAll(NOTE_BEFORE_HEAD)) {
    if (m.index === undefined) continue;
    const head = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    const masked = text.slice(0, m.index) + head;
    const span = scanSuffixNames(masked, { suffixes: [head], maxLength: 30, glueOddTokens: true }).find(
      (found) => found.end === masked.length,
    );
    if (!span) continue;
    const named = withoutLeadingAmount(span);
    spans.push({ name: named.name, start: named.start, end: m.index + m[0].length + head.length });
  }
  return spans;
}

/** 某某泵站工程项目主体工程: the stage after a named project belongs to that project. */
function withoutStage(span: NameSpan): NameSpan {
  const m = /^(.{4,}(?:项目|工程))(?:主体|土建|附属|土方)工程$/.exec(span.name);
  return m?.[1] ? { name: m[1], start: span.start, end: span.start + m[1].length } : span;
}

/**
 * 县政府高度重视项目工作, 通过项目建设强化…, 宣布项目开工, 力争项目早建成, 向外招项目: a verb,
 * preposition or adverb of handling right before 项目 makes 项目 its object or subject, the
 * head of no name. So does 项目 running on into 项目化, 项目库 or 项目制.
 */
const HANDLED_BEFORE =
  /(?:重视|宣布|通过|力争|争取|围绕|谋划|落实|依托|聚焦|凭借|助推|带动|督查|督导|调度|跟踪|坚持|突出|狠抓|大抓|主抓|紧扣|瞄准|[招引抓盯跑促对把以靠为将][牢住紧实好]?|[牵抓盯][牢住紧])项目$/;

function isClauseObject(text: string, span: NameSpan): boolean {
  return (
    (span.name.endsWith('项目') && HANDLED_BEFORE.test(span.name)) || /^[化库制]/.test(text.slice(span.end))
  );
}

/**
 * 服务荷塘大道拓宽改造工程建设, 推进某某项目: a verb of handling that opens the span is what is
 * done to the works, not part of their name.
 */
const HANDLING_LEAD =
  /^(?:全力|重点|着力|高姿态|积极|加快)?(?:服务|保障|攻坚|推进|推动|抓好|支持|跟进|盯紧|紧盯|谋划|督查|督导)/;

function withoutHandlingLead(span: NameSpan): NameSpan {
  const m = HANDLING_LEAD.exec(span.name);
  if (!m || span.name.length - m[0].length < 6) return span;
  return { name: span.name.slice(m[0].length), start: span.start + m[0].length, end: span.end };
}

/**
 * 某镇投资建设某某项目, 某村计划投资实施某某工程: a place that opens the span with a verb of
 * building is the subject of the clause; the works are what follows the verb.
 */
const PLACE_BUILDS =
  /^(?:[\u4e00-\u9fa5]{1,8}?(?:省|市|县|区|镇|乡|街道|社区|村))+?(?:计划|拟|将|已|正在|先后|累计)?(?:大力|积极|加快|全力|重点|着力)?(?:投资|出资|筹资)?(?:开工建设|启动建设|投资建设|建设|新建|兴建|实施|打造|启动|推进|谋划|发展|引进|招引)/;

function withoutPlaceBuilding(span: NameSpan): NameSpan {
  const m = PLACE_BUILDS.exec(span.name);
  if (!m || span.name.length - m[0].length < 6) return span;
  return { name: span.name.slice(m[0].length), start: span.start + m[0].length, end: span.end };
}

/**
 * 某某新材料有限公司投资建设280万米管材生产项目, 某某科技有限责任公司新建某某产业园项目: a
 * registered name with a verb of building is the subject of the clause (it operates the
 * works); the works' name is what follows the verb.
 */
const COMPANY_BUILDS =
  /^[^，,；;。]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团)(?:计划|拟|将|正在|已)?(?:投资建设|投资新建|投资兴建|新建|兴建|建设|实施)/;

function withoutCompanyBuilding(span: NameSpan): NameSpan {
  const m = COMPANY_BUILDS.exec(span.name);
  // A capacity opening what follows (…投资建设280万米管材项目) is no name's start: the span stays.
  if (!m || span.name.length - m[0].length < 6 || /^[\d.]/.test(span.name.slice(m[0].length))) return span;
  return { name: span.name.slice(m[0].length), start: span.start + m[0].length, end: span.end };
}

/**
 * 重点民生项目某某公路提质改造项目, 省重大项目某某工程: the class the works belong to stands in
 * front of their name, not in it.
 */
const CLASS_LEAD = /^[\u4e00-\u9fa5]{0,4}?(?:重点|重大)?(?:民生|产业|重点|重大)项目(?=.{4,}(?:项目|工程)$)/;

function withoutClassLead(span: NameSpan): NameSpan {
  const m = CLASS_LEAD.exec(span.name);
  if (!m) return span;
  return { name: span.name.slice(m[0].length), start: span.start + m[0].length, end: span.end };
}

/** 盯着项目, 抓实项目: a one-character verb with its complement takes 项目 as its object. */
function isVerbObject(name: string): boolean {
  const body = name.replace(/(项目|工程)$/, '');
  const first = tokenize(body)[0];
  return body.length <= 3 && first?.tag === 'v' && first.word.length === 1;
}

/** Activities that end a first conjunct with no head of works: 养殖加工和食品基地项目. */
const ACTIVITY_END = /(?:加工|养殖|种植|生产|研发|制造|销售|仓储|育种|繁育|冷藏|屠宰)$/;

/** Works verbs that end a first conjunct of its own: 潘家桥改造及镇级道路工程 are two works. */
const WORKS_END = /(改造|建设|整治|提升|治理|修复|扩建|新建|改建|搬迁|拓宽|疏浚)$/;

/**
 * 某某纪念馆及教育培训基地项目, 某某总部及生产基地项目: two things joined by 及 under one 项目
 * are one project, named in full. A first conjunct that is works by itself (…改造及…工程) or
 * a place (某某村及…) is left to the pair rule.
 */
function joinedPair(text: string, span: NameSpan, facility = false): NameSpan {
  const joint = /(?:以及|及|和)$/.exec(text.slice(0, span.start));
  // Only under 项目 or a facility's head: 某某安装工程及消防系统工程, 某苑及某苑安置房 list works of their own.
  if (!joint || !(facility || span.name.endsWith('项目'))) return span;
  const end = span.start - joint[0].length;
  let start = end;
  while (start > 0 && !/[、，,；;。：:！？\n的]/.test(text[start - 1] ?? '')) start -= 1;
  // 某某特色养殖加工和药食同源食品基地项目: under 和 only an activity with no head of its own
  // (加工, 养殖, 研发) is the first half of one project; other pairs under 和 are two.
  // 签订投资4亿元的甲水库和乙水库水面光伏项目: one amount sizing the pair makes it one project.
  if (
    joint[0] === '和' &&
    !ACTIVITY_END.test(text.slice(start, end)) &&
    !SIZED_BEFORE.test(text.slice(0, start))
  )
    return span;
  const lead = stripLeading(text, { from: start, limit: end });
  // 总投资130亿元的某某工厂及发动机项目: the amount sizes the pair, it opens neither conjunct.
  const from = lead + (LEADING_AMOUNT.exec(text.slice(lead, end))?.[0].length ?? 0);
  const first = text.slice(from, end);
  if (
    !isPlausibleName(first, { min: 3, max: 30 }) ||
    isGenericBody(first) ||
    WORKS_END.test(first) ||
    /(项目|工程)$/.test(first) ||
    /([村镇乡县]|社区)$/.test(first) ||
    /[和与及]/.test(first)
  )
    return span;
  return { name: text.slice(from, span.end), start: from, end: span.end };
}

/**
 * 甲、乙公司体育用品及辅助设备生产加工项目等项目: a list split at 及 keeps one project whose two
 * things share its 项目 (the pair rule), so the first conjunct is no item of its own.
 */
function withJoinedPairs(text: string, items: readonly NameSpan[]): NameSpan[] {
  const joined = items.map((item) => joinedPair(text, item));
  return joined.filter(
    (item, i) => !joined.some((other, j) => j !== i && other.start <= item.start && item.end < other.end),
  );
}

/**
 * 既有立足特色资源的农产品深加工项目，也有布局全域旅游的文旅项目: after 既有/也有/还有 and a
 * describing clause closed by 的, 项目 names a kind the batch holds, not one project.
 */
const DESCRIBED_KIND = /(?:^|[，,；;。])(?:既有|也有|还有|又有|更有)[^，,；;。“”]*的$/;

/** A project named after its company's registered name may run longer than other names. */
const LEGAL_HEADED = /^[^，,；;。]{2,30}?(?:股份有限公司|有限责任公司|有限公司)./;
/** Registered legal forms that may open a project's name (某某有限公司某某项目). */
const LEGAL_OPENING = /(?:股份有限公司|有限责任公司|有限公司)/g;
/**
 * What the words between a company and 项目 may not hold: a break, a preposition or a verb of
 * dealing or building makes them a clause (某某有限公司与某镇签约某某项目), not one name.
 */
const NOT_A_NAME_TAIL =
  /[，,；;。：:、！？\n与同在将把对向于由的]|签约|签订|签署|投资|落户|举行|合作|开工|动工|竣工|投产|计划|实施|推进|启动|^(?:建设|新建|兴建|拟|正|已|还|也)/;

/**
 * 某某科技有限公司年产800万平方米岩板和8万套橱柜生产线项目, 某某建筑工程有限公司钢结构和
 * 轻钢房屋项目, 某某集团股份有限公司深加工二期工程及科研中心项目: a registered name opening
 * the works names one project up to the first 项目 of the clause. The products joined by 和 or
 * 及 and a 工程 inside the company's or the works' name are parts of that one name.
 */
function companyLedNames(text: string): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const m of text.matchAll(LEGAL_OPENING)) {
    if (m.index === undefined) continue;
    const formEnd = m.index + m[0].length;
    const head = text.indexOf('项目', formEnd);
    if (head < 0) continue;
    const tail = text.slice(formEnd, head);
    if (tail.length < 2 || tail.length > 36 || NOT_A_NAME_TAIL.test(tail)) continue;
    const company = scanSuffixNames(text.slice(0, formEnd), {
      suffixes: [m[0]],
      maxLength: 30,
      glueOddTokens: true,
    }).find((span) => span.end === formEnd);
    if (!company || company.end - company.start < m[0].length + 2) continue;
    // 某市宣布某某有限公司…项目: a verb of dealing before the company opens the clause, not the name.
    const span = { name: text.slice(company.start, head + 2), start: company.start, end: head + 2 };
    spans.push(withoutVisit(withoutDealingVerb(span)));
  }
  return spans;
}

/** Words 工程 opens as a trade or a profession: 工程机械, 工程师, 工程车辆, 工程塑料. */
const ENGINEERING_WORD = /^(?:机械|师|车|技术|塑料|材料|队|咨询|监理|造价|学|菌|装备)/;

/**
 * Suffix rule: a name ending in 项目 or 工程, with its phase when one follows.
 * Example: 嘉兴路(一期)改造工程已正式完工。
 */
function suffixNames(text: string): NameSpan[] {
  const spans = scanSuffixNames(text, { suffixes: SUFFIXES, maxLength: 30, glueOddTokens: true })
    .map((s) => phased(text, s))
    .map((s) => joinedPair(text, s))
    .map((s) => afterJoint(s))
    .map((s) => withoutLeadingAmount(s))
    .map((s) => withCapacity(text, s))
    .map((s) => withoutVisit(s))
    .map((s) => withoutDealingVerb(s))
    .map((s) => withoutHandlingLead(s))
    .map((s) => withoutPlaceBuilding(s))
    .map((s) => withoutCompanyBuilding(s))
    .map((s) => withoutClassLead(s))
    .map((s) => withoutStage(s))
    .map((s) => withRoadOrigin(text, s));
  for (const m of text.matchAll(PHASED_WORKS)) {
    if (m.index === undefined) continue;
    const end = m.index + m[0].length;
    const target = m.index + (m[1] ?? '').length;
    const span = scanSuffixNames(text.slice(0, target), { suffixes: [m[1] ?? ''], maxLength: 30 }).find(
      (s) => s.end === target,
    );
    if (span) spans.push({ name: text.slice(span.start, end), start: span.start, end });
  }
  spans.unshift(...notedNames(text));
  spans.unshift(...companyLedNames(text));
  return dropNested(spans).filter(
    (s) =>
      !isCampaignName(s.name) &&
      !DESCRIBED_KIND.test(text.slice(0, s.start)) &&
      // 配套屠宰项目、食品深加工项目: what is built alongside the works named before is a part of them.
      !/配套(?:建设|实施)?$/.test(text.slice(0, s.start)) &&
      // 义乌、兰溪项目基地: 项目 running on into 基地 names a base, not works.
      !/^基地/.test(text.slice(s.end)) &&
      // 年产60万台工程机械液压件, 工程师, 工程塑料: 工程 heads a trade word here, not works.
      !(s.name.endsWith('工程') && ENGINEERING_WORD.test(text.slice(s.end))) &&
      !PLACE_ONLY.test(s.name) &&
      !(isKindOfWorks(s.name) && !SIZED_BEFORE.test(text.slice(0, s.start))) &&
      !isCategory(text, s) &&
      !isNotWorks(splitSizedName(s.name).name) &&
      !isVerbObject(s.name) &&
      !isClauseObject(text, s) &&
      !/(试点|试验|培育工程)(项目)?$/.test(s.name),
  );
}

/** Meeting and ceremony words: 某镇举行项目集中签约仪式 names an event, not works. */
const EVENT_WORDS =
  /举行|召开|座谈|仪式|暨|大会|会议(?!中心|室|厅)|推介会|签约会|谈项目|发布会|现场|走访|来到|了解|看望|视察/;
/** Titles of officials inside a span: it reports who attended, not what is built. */
const OFFICIAL_TITLE =
  /(?:书记|镇长|县长|区长|市长|主任|局长|主席|乡长)[\u4e00-\u9fa5]{0,3}(?:主持|出席|调研|带队|参加|考察)/;
/** A kind of project (省重点项目, 亿元项目, 更多项目), not one: the words before it classify. */
const CATEGORY_HEAD =
  /(重点|重大|大|好|亿元|亿元以上|更多|最大投资|投资|续建|新建|在建|新上|优质|产业|招商引资|招商|签约|开工|竣工|民生实事|技改|技术改造|各个|各|所有|全部|多个|一批|这些)项目$/;

/**
 * 某某科技产业项目, 某某新材料产业项目: a trade name before 产业项目 names one company's
 * project. The body must name, not count or scope (亿元以上产业项目, 全镇产业项目, 省级产业项目);
 * a place whose name opens with such a character (镇原县苹果产业项目) names.
 */
function isNamedIndustryProject(name: string): boolean {
  const body = name.replace(/产业项目$/, '');
  return (
    body !== name &&
    body.length >= 4 &&
    !/[亿万千百]元|以上|以下|[\d一二三四五六七八九十两]|^[全本该各]|^[省市县区镇乡村]{1,2}(?:域|属|内|重点|重大|$)|级/.test(
      body,
    ) &&
    isDistinctiveBody(body, [])
  );
}

/**
 * 镇平县2017年一季度项目, 庆城镇2017年招商引资项目: a period with at most words that class
 * projects is a batch of the period's projects, not one project.
 */
const PERIOD_BATCH =
  /(?:\d{4}年度?|[一二三四]季度|上半年|下半年|年度|全年|当年|今年|明年|年内|新年)+(?:重点|重大|集中|动工|开工|签约|竣工|在建|新建|续建|招商引资|招商|招引|储备|产业|工业|民生实事|民生|基础设施)*(?:[一二三四五六七八九十]期)?(?:项目|工程)$/;

/**
 * 生物质发电技改项目, 某某搬迁技改项目: a class word (技改, 新建…) after a body that names what
 * is built is part of one project's name; the bare class (重点技改项目, 实施技改项目) is not.
 */
function isNamedClassProject(name: string): boolean {
  const m = /^(.+?)(技改|技术改造|新建|续建|扩建)项目$/.exec(name);
  const body = m?.[1] ?? '';
  return (
    body.length >= 4 &&
    !/[亿万千百]元|以上|以下|[\d一二三四五六七八九十两]|^[全本该各]|^[省市县区镇乡村]{1,2}(?:域|属|内|重点|重大|$)|级|实施|推进|加快|开展|重点|重大/.test(
      body,
    ) &&
    isDistinctiveBody(body, [])
  );
}

/** Whether a span read as a project is an event, a kind of project or a company's own name. */
/**
 * 甲产业园(乙物流中心), 甲产业园（一期农产品交易市场）: in a list, a bracketed note closing an
 * item says which part or which other name; the item is named without it.
 */
function withoutClosingNote(item: NameSpan): NameSpan {
  const m = /^(.{4,}?)[（(]([^（()）]{4,})[）)]$/.exec(item.name);
  return m?.[1] ? { name: m[1], start: item.start, end: item.start + m[1].length } : item;
}

/**
 * A list that counts its works (甲、乙等15个工业项目) or opens with 包括/分别为 after them: its
 * items are works even when named by a company. The subjects of a status verb (甲公司、乙公司
 * 代表现场签约) and the partners of talks (与甲公司、乙研究院等项目的洽谈) are not.
 */
function countedWorks(
  text: string,
  list: { rule: string; start: number; end: number; head: string },
): boolean {
  if (/企业|公司/.test(list.head)) return false;
  if (list.rule === 'enumeration.listing') return true;
  return (
    list.rule === 'enumeration.deng' &&
    /等[\d一二三四五六七八九十百两]+[余多]?个/.test(text.slice(list.start, list.end))
  );
}

/** 80万吨甲醇深加工: works named by a capacity and the product, in a list of works. */
const CAPACITY_WORKS =
  /^[\d.]+(?:万|千|百)?(?:吨|锭|台|套|件|头|只|羽|千瓦|兆瓦|平方米|立方米)[\u4e00-\u9fa5]{3,12}$/;

export function isNotWorks(name: string): boolean {
  return (
    // 某某基地暨研发中心建设项目: the 暨 joining two works is no event word.
    (EVENT_WORDS.test(name) && (!WORKS_JOINT.test(name) || EVENT_WORDS.test(name.replace(/暨/g, '')))) ||
    (CATEGORY_HEAD.test(name) && !isNamedIndustryProject(name) && !isNamedClassProject(name)) ||
    PERIOD_BATCH.test(name) ||
    // 新一轮项目, 新一批项目, 八大项目: a round, a batch or a count of big projects.
    /^新?一[轮批]|[一二三四五六七八九十百]大(?:项目|工程)$/.test(name) ||
    LEGAL_FORMS.some((f) => name.endsWith(f)) ||
    // 县长某某主持项目…: a title and a name are people at an event, not works.
    OFFICIAL_TITLE.test(name) ||
    // 项目区入场道路工程: works inside the area of a project named before, not a name.
    /^项目区/.test(name) ||
    // (有)力带动上下游项目: a verb of driving others opens a clause about kinds of projects.
    /^[\u4e00-\u9fa5]{0,2}(?:带动|拉动|促进)/.test(name) ||
    // 性战略项目: the span began inside an adjective (支撑性战略项目 without its verb).
    /^[性型化式]/.test(name) ||
    // 吨扩建项目: the span began inside a figure (年产5万吨扩建项目 read from its unit).
    /^[吨亩元个台套座条家万亿]/.test(name) ||
    // 综合性旅游项目, 引领型项目: a kind of project described, not one named.
    /^[\u4e00-\u9fa5]{1,3}[性型][\u4e00-\u9fa5]{0,4}项目$/.test(name) ||
    // 生产基地两个项目: the count of a list, whose items are the projects.
    /[两一二三四五六七八九十\d]+个项目$/.test(name) ||
    // 甲项目、乙项目三个新能源项目: a count after a first 项目 closes a list the span ran over.
    /项目[两一二三四五六七八九十\d]+个/.test(name) ||
    // 甲新能源两个光伏发电项目: a count inside the name closes a list of companies' works.
    /^[\u4e00-\u9fa5]{2,}[两二三四五六七八九十\d]+个[\u4e00-\u9fa5]{0,6}项目$/.test(name) ||
    // 农技推广补助项目, 全国某某奖补项目: a line of funding is a programme, not works.
    /(?:补助|补贴|奖补|扶持|资助)项目$/.test(name) ||
    // 办公楼主体工程: a stage of a building under way, not a project of its own.
    /^[\u4e00-\u9fa5]{1,4}(?:主体|土建|附属|土方)工程$/.test(name)
  );
}

/** 实施村企联建项目21个, 23个新改扩建重点教育项目: a counted kind of project, not one project. */
function isCategory(text: string, span: NameSpan): boolean {
  const count = /^[\d一二三四五六七八九十百]+[个项家批]/;
  // …应用项目试点单位: the works name a kind of pilot unit.
  if (/^(试点|单位|库)/.test(text.slice(span.end))) return true;
  // “某某”项目之一, “某某”项目集中签约, “某某”项目服务机制: a quoted label names a class of
  // projects, a batch or a service, not one project.
  if (/^“[^”]+”项目$/.test(span.name) && /^(之一|集中|服务|机制|管理|审批)/.test(text.slice(span.end)))
    return true;
  const before = text.slice(Math.max(0, span.start - 4), span.start);
  return (
    count.test(text.slice(span.end)) ||
    (/[\d一二三四五六七八九十百]+[个项家批]$/.test(before) &&
      // 签约一个亿元蔬菜冻干项目: a count of one before a name is that one project, not a kind.
      !/(?:^|[^\d一二三四五六七八九十百])一[个项]$/.test(before))
  );
}

/** 常州天宁高新区产业基地中交·智荟港项目: the park in front says where the project is, not what. */
function withoutHostPark(name: string): { name: string; alias: string | null } {
  // 高新区某某锂电池生产线项目: a park named by its kind alone, with no name of its own, is where.
  const bare = /^(?:高新区|经开区|开发区|工业园区|园区)(.{6,})$/.exec(name)?.[1];
  if (bare) return { name: bare, alias: name };
  const m = /^.{2,}(?:高新区|开发区|产业园|工业园|园区|产业基地)(.{6,})$/.exec(name);
  return m?.[1] && /·/.test(m[1]) ? { name: m[1], alias: name } : { name, alias: null };
}

function projectMention(ctx: {
  sentence: Sentence;
  span: NameSpan;
  rule: string;
  confidence: number;
  statusSpan?: NameSpan;
}): EntityMention {
  const { sentence, span } = ctx;
  const hosted = withoutHostPark(span.name);
  const sized = splitSizedName(hosted.name);
  const clause = clauseAround(sentence.text, span.start);
  const amount = sized.amount ?? investmentInClause(sentence.text.slice(clause.start, clause.end));
  const properties: Properties = {};
  const status = projectStatus(sentence, { mention: ctx.statusSpan ?? span, list: ctx.statusSpan });
  if (status) properties.status = status;
  if (amount) {
    properties.investment = amount.value;
    properties.currency = amount.currency;
  }
  const bare = sized.name.replace(/(一期)?项目$|(?<!地块)(安置房|商品房)$/, '');
  const aliases =
    bare !== sized.name && (bare.length >= 4 || (bare.length >= 2 && !isGenericBody(bare))) ? [bare] : [];
  if (hosted.alias) aliases.push(hosted.alias);
  // 某某社区安全饮水管网提升改造项目 is also known without the community that hosts it.
  const unplaced = withoutPlacePrefix(sized.name);
  if (unplaced) aliases.push(unplaced);
  if (sized.amount || /·/.test(sized.name)) aliases.push(`${bare}项目`);
  // 嘉泽中心幼儿园新建项目配套工程 is the works of 嘉泽中心幼儿园新建项目.
  const parent = /^(.{4,}项目)配套工程$/.exec(sized.name)?.[1];
  if (parent) aliases.push(parent);
  return entityMention({
    label: 'Project',
    sentence,
    span: { ...span, name: sized.name },
    rule: ctx.rule,
    confidence: ctx.confidence,
    aliases,
    properties,
  });
}

/** 镇党委书记某某和某某项目董事长: a title in a conjunct makes it a person, not works. */
const ROLE_WORD = /书记|镇长|乡长|县长|区长|市长|主任|局长|主席|董事长|总经理|负责人/;

/**
 * Sibling rule: names listed with 、 before a suffixed project are projects too.
 * Example: 阳湖净水厂、武进人民医院南院扩建项目所在地块征迁清零。
 */
function siblings(text: string, span: NameSpan): NameSpan[] {
  const found: NameSpan[] = [];
  let end = span.start;
  // 潘士桥改造及镇级道路安保设工程: the first conjunct of a pair of works is works too.
  if (/[和及]$/.test(text.slice(0, end))) {
    let start = end - 1;
    while (start > 0 && !/[、，,；;。：:！？\n]/.test(text[start - 1] ?? '')) start -= 1;
    const from = stripLeading(text, { from: start, limit: end - 1 });
    const name = text.slice(from, end - 1);
    if (
      isPlausibleName(name, { min: 4, max: 20 }) &&
      !isGenericBody(name) &&
      !/[和及与]/.test(name) &&
      !ROLE_WORD.test(name)
    )
      found.push({ name, start: from, end: end - 1 });
    return found;
  }
  while (text[end - 1] === '、') {
    let start = end - 1;
    while (start > 0 && !/[、，,；;。：:！？\n]/.test(text[start - 1] ?? '')) start -= 1;
    const from = stripLeading(text, { from: start, limit: end - 1 });
    const name = text.slice(from, end - 1);
    // 实施宋市村、水北村农村生活污水提标改造工程: the villages where the works are, not works.
    if (
      !isPlausibleName(name, { min: 3, max: 20 }) ||
      isGenericBody(name) ||
      /[村镇乡]$/.test(name) ||
      ROLE_WORD.test(name)
    )
      break;
    found.push({ name, start: from, end: end - 1 });
    end = start;
  }
  return found;
}

/**
 * Parks reported as works (project-parks.ts): 投资10亿元的某某产业园, 某某工业园一期建成投运,
 * with the first phase when it follows.
 */
function parkWorks(text: string): NameSpan[] {
  return (
    scanSuffixNames(text, { suffixes: PARK_WORKS_HEADS, maxLength: 24, verbsEnd: true })
      .map((span) => {
        const m = PARK_LEADING.exec(span.name);
        return m && span.name.length - m[0].length >= 4
          ? { name: span.name.slice(m[0].length), start: span.start + m[0].length, end: span.end }
          : span;
      })
      .map((span) => toListComma(text, span))
      // 某某工业园区: a park's head running on into 区 is a zone's name, read no shorter.
      .filter((span) => parkReading(text, span) !== 'zone' && !/^(?:项目|工程|区)/.test(text.slice(span.end)))
      .map((span) => {
        const phase = /^一期/.exec(text.slice(span.end));
        return phase
          ? { name: span.name + phase[0], start: span.start, end: span.end + phase[0].length }
          : span;
      })
  );
}

/**
 * 甲产业园、峰影合成生物装备产业园: a list item is a whole name, so a park cut short by a word
 * read as a verb (合成) is taken back to the 、 before it.
 */
function toListComma(text: string, span: NameSpan): NameSpan {
  const gap = /、([\u4e00-\u9fa5]{1,6})$/.exec(text.slice(0, span.start));
  if (!gap?.[1] || /[和与及的在]/.test(gap[1])) return span;
  const start = span.start - gap[1].length;
  return { name: text.slice(start, span.end), start, end: span.end };
}

/** Classifications before a park's name: 省重大项目某某产业园. */
const PARK_LEADING = /^[\u4e00-\u9fa5]{0,3}(?:重大|重点)项目/;

/**
 * 主要建设包括甲、乙、丙等检定实验室: a last item that runs on after 等 into a kind (not 项目 or
 * 工程) lists the parts or contents of one project, not projects.
 */
function isPartsList(items: readonly NameSpan[]): boolean {
  const last = items[items.length - 1]?.name ?? '';
  return /等./.test(last) && !/(?:项目|工程)$/.test(last);
}

/**
 * 某某显示模组及器件: a list split at 及 leaves a word too short to name works of its own; it
 * is the second half of the item before it. So is what follows an activity with no head of
 * its own (某某芯片研发及显示屏生产基地), unless a place opens it as works of its own
 * (甲镇柑橘深加工和乙镇物流港).
 */
function withShortConjuncts(text: string, items: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    const joint = prev ? text.slice(prev.end, item.start) : '';
    if (
      prev &&
      /^(?:及|以及|和)$/.test(joint) &&
      (item.name.length <= 3 || (ACTIVITY_END.test(prev.name) && !/[镇村乡县]/.test(item.name))) &&
      !/(?:项目|工程)$/.test(prev.name)
    ) {
      out[out.length - 1] = { name: text.slice(prev.start, item.end), start: prev.start, end: item.end };
      continue;
    }
    out.push(item);
  }
  return out;
}

/**
 * A kind of plant named by common words alone (生态养殖场, 食品加工厂, 屠宰场, 标准化厂房): listed among
 * what a place brought in, it is a sort of works, not one named project. A place or a brand
 * in the body (城南毛巾厂, 红星砖厂) names one.
 */
export function isKindOfPlant(name: string): boolean {
  const m = /^(.{2,8}?)(?:厂房|车间|仓库|厂|场)$/.exec(name);
  if (!m?.[1]) return false;
  const tokens = tokenize(m[1]);
  return tokens.every((t) => t.word.length >= 2 && !/^(?:ns|nz|j|eng|m)/.test(t.tag));
}

/** 公司计划再增加某某生产线、…: the subject and the verb of the clause open its first sibling. */
const SIBLING_LEAD =
  /^(?:[\u4e00-\u9fa5]{0,4}?(?:计划|拟|将|还|再|又)+)?(?:增加|新增|增设|新上|上马|引进|招引|新建|兴建)/;

function withoutSiblingLead(span: NameSpan): NameSpan {
  const m = SIBLING_LEAD.exec(span.name);
  if (!m || span.name.length - m[0].length < 4) return span;
  return { name: span.name.slice(m[0].length), start: span.start + m[0].length, end: span.end };
}

/**
 * Projects: named works by suffix, and the items of lists whose head noun is 项目/工程.
 * Quoted list items (“嘉优教育”) are branded initiatives and left to the programme extractor.
 */
export function extractProjects(ctx: DocumentContext): ExtractedFacts {
  const entities: EntityMention[] = [];
  for (const sentence of ctx.doc.sentences) {
    const taken: NameSpan[] = [];
    const overlapsTaken = (span: NameSpan) => taken.some((t) => t.start < span.end && span.start < t.end);
    /** A list item is a project when it reads as the name of works. */
    const addItem = (
      item: NameSpan,
      at: { rule: string; confidence: number; whole: NameSpan; head?: string },
    ): void => {
      // In a list headed by works (甲有限公司、乙有限公司等15个工业项目) a registered name is
      // the works named by their company, and a capacity with its product (80万吨甲醇深加工)
      // names works too.
      const worksList = at.head !== undefined && !/企业|公司/.test(at.head);
      const registered = worksList && LEGAL_FORMS.some((f) => item.name.endsWith(f));
      if (
        !(isPlausibleName(item.name, { min: 2, max: 30 }) || (worksList && CAPACITY_WORKS.test(item.name))) ||
        (isNotWorks(item.name) && !(registered && isPlausibleName(item.name, { min: 6, max: 30 }))) ||
        isKindOfPlant(item.name)
      )
        return;
      taken.push(item);
      entities.push(
        projectMention({
          sentence,
          span: item,
          rule: at.rule,
          confidence: at.confidence,
          statusSpan: at.whole,
        }),
      );
    };
    for (const list of findEnumerations(sentence.text)) {
      if (list.label !== 'Project' || isPartsList(list.items)) continue;
      const whole = { name: '', start: list.start, end: list.end };
      const items = list.items.map((listed) =>
        withRoadOrigin(
          sentence.text,
          withCapacity(
            sentence.text,
            withoutHandlingVerb(withoutLeadingAmount(withoutTrailingModal(listed))),
          ),
        ),
      );
      for (const item of withJoinedPairs(sentence.text, withShortConjuncts(sentence.text, items)).map(
        withoutClosingNote,
      )) {
        if (!item.name.startsWith('“'))
          addItem(item, {
            rule: `project.${list.rule}`,
            confidence: 0.75,
            whole,
            // A list is of works by its own head (等15个工业项目, 项目包括); the subjects of a
            // status verb (甲公司、乙公司代表现场签约) are not named works for that.
            head: countedWorks(sentence.text, list) ? list.head : undefined,
          });
      }
    }
    for (const list of [...countedLists(sentence.text), ...bracketedLists(sentence.text)]) {
      const whole = { name: '', start: list.start, end: list.end };
      for (const item of list.items.map((i) =>
        withCapacity(sentence.text, withoutHandlingVerb(withoutLeadingAmount(withoutTrailingModal(i)))),
      ))
        if (!overlapsTaken(item)) addItem(item, { rule: 'project.counted', confidence: 0.7, whole });
    }
    const suffixed = suffixNames(sentence.text).filter(
      (span) =>
        !overlapsTaken(span) &&
        isPlausibleName(splitSizedName(span.name).name, {
          min: 4,
          max: LEGAL_HEADED.test(span.name) ? 48 : 32,
        }),
    );
    taken.push(...suffixed);
    const parks = parkWorks(sentence.text).filter((span) => !overlapsTaken(span));
    taken.push(...parks);
    for (const span of parks)
      entities.push(projectMention({ sentence, span, rule: 'project.park', confidence: 0.7 }));
    for (const span of suffixed) {
      entities.push(projectMention({ sentence, span, rule: 'project.suffix', confidence: 0.8 }));
      for (const listed of siblings(sentence.text, span)) {
        const sibling = withoutSiblingLead(withoutVisit(listed));
        if (overlapsTaken(sibling) || isKindOfPlant(sibling.name)) continue;
        taken.push(sibling);
        entities.push(projectMention({ sentence, span: sibling, rule: 'project.sibling', confidence: 0.6 }));
      }
    }
    // Facilities last: a name the suffix, list or pair rules read is theirs.
    const facilities = facilityWorks(sentence.text)
      .map((span) => joinedPair(sentence.text, span, true))
      .filter((span) => !overlapsTaken(span));
    taken.push(...facilities);
    for (const span of facilities)
      entities.push(projectMention({ sentence, span, rule: 'project.facility', confidence: 0.6 }));
  }
  const places = [...new Set(ctx.places.places.map((p) => p.name))];
  return { entities: withPlaceShortForms(withFullNames(entities), places), relations: [] };
}
