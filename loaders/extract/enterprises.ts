import type { DocumentContext, EntityMention, ExtractedFacts, Sentence } from '../types';
import { LEGAL_FORMS, looksLikeCompany, shortNames, tradeWordsOnly } from './enterprise-names';
import { tokenize } from './name-segment';
import { findEnumerations } from './name-enumeration';
import { sentenceAt } from '../read/sentences';
import { entityMention, isPlausibleName } from './name-mention';
import { scanSuffixNames, type NameSpan } from './name-scan';
import { headMentions, holdsCapacity, investorMentions } from './enterprise-heads';
import { oddBrand } from './enterprise-brand';
import { companyCore } from './relation-company-core';

/** Farmers' cooperatives are registered businesses too (某某种植专业合作社). */
const SUFFIXES = [...LEGAL_FORMS, '银行', '支行', '分行', '信用社', '厂', '专业合作社', '合作社'];
/** 厂 and 公司 must end a word: 工厂, 公司化 are not company names. */
const WORD_FINAL = new Set(['厂', '公司', '集团', '合作社', '专业合作社', '支行', '分行']);

function isEnterpriseName(name: string): boolean {
  if (!isPlausibleName(name, { min: 4, max: 30 })) return false;
  // 5G工厂, 绿色工厂, 强村公司 in quotes: titles and concepts, not companies.
  // Water and sewage works are public facilities (projects), not enterprises.
  // 某镇三家经济公司 counts companies; 股份经济合作社 and 村合作社 are a village's collective.
  if (/[\d一二三四五六七八九十两几]+家/.test(name) || /(股份经济|经济|村)合作社$/.test(name)) return false;
  // 园区内电池包装厂, 镇内某某厂: a place's inside then a kind of plant describes, it does not name.
  if (/^(?:园区|厂区|区|镇|县|市|村|乡)内/.test(name)) return false;
  // 农民专业合作社, 示范合作社 name a kind; a cooperative's own name is longer (某县某某种植专业合作社).
  if (/合作社$/.test(name) && (name.length < 7 || /(农民|示范)(专业)?合作社$/.test(name))) return false;
  return (
    !/工厂$/.test(name) && !/^“[^”]*”(公司)?$/.test(name) && !/(净水|污水处理|污水|自来水|水)厂$/.test(name)
  );
}

/**
 * 华均科技有限公司: 均 (all) ends a name on its left as an adverb, yet brands use it. Inside a
 * run that goes on to a legal form with no break, it is read as a brand character (the scan
 * sees a character of the same length; names are taken from the original text by offset).
 * After a legal form (某某公司均已投产) it stays the adverb.
 */
const BRAND_ADVERB =
  /(?<=[\u4e00-\u9fa5])(?<!公司|集团|厂|企业|项目)均(?=[\u4e00-\u9fa5]{2,12}?(?:股份有限公司|有限责任公司|有限公司|集团))/g;

/**
 * 某某有限公司子公司, 某某集团旗下子公司: a subsidiary named by its parent is the parent's name
 * and a kind.
 */
function withoutSubsidiaryWord(span: NameSpan): NameSpan {
  const m = /^(.+(?:有限公司|集团))(?:旗下|下属)?(?:全资|控股)?子公司$/.exec(span.name);
  if (m?.[1]) return { name: m[1], start: span.start, end: span.start + m[1].length };
  // 某某集团旗下某某再生资源有限公司: the subsidiary named after 旗下 is the company meant.
  const under = /^.{2,}?(?:旗下|下属)(?:的)?(?:全资|控股)?(?:子公司)?/.exec(span.name)?.[0];
  return under && span.name.length - under.length >= 6
    ? { name: span.name.slice(under.length), start: span.start + under.length, end: span.end }
    : span;
}

/**
 * 与无穷食品有限公司, 投资5000万元的久保联实业有限公司: a brand the dictionary reads as an
 * adverb or a verb (无穷, 久保) is cut from the left of the name, which leaves trade words alone
 * (食品有限公司) or one stray character before them. A registered name has a brand, so the word
 * cut is taken back when a function word or a break stands before it.
 */
function withBrandTakenBack(text: string, span: NameSpan): NameSpan {
  const form = LEGAL_FORMS.find((f) => span.name.endsWith(f));
  if (!form) return span;
  const core = span.name.slice(0, -form.length);
  if (!(tradeWordsOnly(core) || (core.length <= 3 && tradeWordsOnly(core.slice(1))))) return span;
  const before = text.slice(Math.max(0, span.start - 3), span.start);
  const m = /(?:^|[的了与同和及、，,；;。：:“（(])([\u4e00-\u9fa5]{2})$/.exec(before);
  if (!m?.[1] || /[的了与同和及]/.test(m[1])) return span;
  const token = tokenize(m[1]);
  if (token.length !== 1 || !['v', 'vd', 'd', 'ad', 'a'].includes(token[0]?.tag ?? '')) return span;
  return { name: m[1] + span.name, start: span.start - 2, end: span.end };
}

/**
 * 与新希望六和食品控股有限公司, 宜州市同福丝绸有限公司: a brand holding a character the scan
 * reads as a conjunction (和, 同, 与, 及) is cut there, which leaves trade words alone or one
 * character before them. A registered name has a brand of two characters at least, so the
 * run before the conjunction, back to a break or a verb of dealing, is taken back.
 */
function withConjunctionTakenBack(text: string, span: NameSpan): NameSpan {
  const form = LEGAL_FORMS.find((f) => span.name.endsWith(f));
  if (!form || !/[和同与及]/.test(text[span.start - 1] ?? '')) return span;
  const core = span.name.slice(0, -form.length);
  // 同胜环境技术有限公司 cut to 胜环境技术…: one stray character before trade words of any length.
  if (!(tradeWordsOnly(core) || tradeWordsOnly(core.slice(1)))) return span;
  let start = span.start - 1;
  while (
    start > 0 &&
    start > span.start - 10 &&
    !/[、，,；;。：:“”（）()\s的与和及同向对由把将]/.test(text[start - 1] ?? '')
  )
    start -= 1;
  const run = text.slice(start, span.start - 1);
  // 当天开工的同福丝绸有限公司: with a break right before it, the character opens the brand.
  if (run.length === 0 && core.length <= 3 && !tradeWordsOnly(core))
    return { name: text.slice(span.start - 1, span.end), start: span.start - 1, end: span.end };
  if (run.length < 2 || run.length > 8 || !/^[\u4e00-\u9fa5]+$/.test(run)) return span;
  return { name: text.slice(start, span.end), start, end: span.end };
}

/**
 * 某某农牧科技有限公司年产24万吨饲料厂: the scan ran on from the legal form to a plant (厂)
 * the company builds; the company's name ends at its legal form.
 */
function withoutPlantAfterForm(span: NameSpan): NameSpan {
  const m = /^(.{2,}?(?:股份有限公司|有限责任公司|有限公司))(?=年产|年加工|[\d新扩])/.exec(span.name);
  return m?.[1] ? { name: m[1], start: span.start, end: span.start + m[1].length } : span;
}

/**
 * 该项目还带动某某智能科技有限公司落户, 记者来到某某有限公司: a verb that brings a company in,
 * or a visit to it, opens the span the scan read; the name is what follows it. (A park before a name may be registered with it,
 * 苏州工业园区某某有限公司, and stays.)
 */
const LEADING_CLAUSE = /^.*(?:带动|吸引|引进|引来|推动|促成|招引|来到|走进|走访|深入|宣布|见证)/;

function withoutLeadingClause(span: NameSpan): NameSpan {
  const m = LEADING_CLAUSE.exec(span.name);
  const rest = m ? span.name.slice(m[0].length) : '';
  const form = LEGAL_FORMS.find((f) => rest.endsWith(f));
  if (!m || !form || rest.length - form.length < 4) return span;
  return { name: rest, start: span.start + m[0].length, end: span.end };
}

/**
 * 签约企业代表某某有限公司总经理, 龙头企业某某集团: who speaks for the company and what kind of
 * company it is stand before its name, not in it.
 */
const REPRESENTATIVE =
  /^(?:(?:签约)?(?:企业|公司|客商|投资方|项目方|甲方|乙方)代表|(?:新?(?:培育|引进|增)的?)?(?:首家|一家|省级|市级|国家级)?(?:龙头|骨干|重点|外资|港资|台资|民营|国有|规上|规模以上|规模|链主|高新技术|专精特新|科技型|领军|头部|签约|入驻|落户)企业|上市(?:公司|集团|企业))/;

function withoutRepresentative(span: NameSpan): NameSpan {
  const m = REPRESENTATIVE.exec(span.name);
  return m ? { name: span.name.slice(m[0].length), start: span.start + m[0].length, end: span.end } : span;
}

/**
 * 山东某某机械有限公司 … 某某机械有限公司: a registered name written once with the place it is
 * registered in and once without is one company, named in full; the shorter is its alias.
 */
function underPlacedName(mention: EntityMention, full: readonly EntityMention[]): EntityMention {
  const core = companyCore(mention.name);
  // A place the gazetteer no longer lists (a city since made a district) still reads as one
  // by its suffix: 宜州市 + 某某丝绸有限公司.
  const owner = full.find(
    (f) =>
      f.name.length > mention.name.length &&
      f.name.endsWith(mention.name) &&
      (companyCore(f.name) === core ||
        /^[\u4e00-\u9fa5]{1,4}[省市县区]$/.test(f.name.slice(0, -mention.name.length))),
  );
  if (!owner || core === null) return mention;
  return {
    ...mention,
    key: owner.key,
    name: owner.name,
    aliases: [...new Set([mention.name, ...mention.aliases])],
  };
}

/**
 * 某某200万吨洗煤厂: a plant named by its capacity is a company's works, not its name; the
 * brand before the figure is the company (the project-head rule reads it there).
 */
function withoutCapacity(span: NameSpan): NameSpan | null {
  return holdsCapacity(span.name) ? null : span;
}

/**
 * Suffix rule: registered names ending in a legal form, 银行 or 厂.
 * Example: 6月23日，鹏辰新材料科技股份有限公司与中国工商银行签订战略合作协议。
 */
function suffixMentions(sentence: Sentence): EntityMention[] {
  // Brackets around a place of registration belong to a name (森根科技(浙江)有限公司);
  // brackets around a longer aside open a new phrase (其中竹企业1家(某某竹木加工有限公司)).
  const text = sentence.text
    .replace(/[（(]([^（()）]{7,})[）)]/g, (_, inner: string) => `，${inner}，`)
    .replace(BRAND_ADVERB, '钧');
  return scanSuffixNames(text, {
    suffixes: SUFFIXES,
    maxLength: 30,
    wordFinal: WORD_FINAL,
    glueOddTokens: true,
  })
    .map((span) => ({ ...span, name: sentence.text.slice(span.start, span.end) }))
    .map(withoutRepresentative)
    .map(withoutLeadingClause)
    .map((span) => withBrandTakenBack(sentence.text, span))
    .map((span) => withConjunctionTakenBack(sentence.text, span))
    .map(withoutPlantAfterForm)
    .map(withoutSubsidiaryWord)
    .map(withoutCapacity)
    .filter((span): span is NameSpan => span !== null && isEnterpriseName(span.name))
    .map((span) =>
      entityMention({
        label: 'Enterprise',
        sentence,
        span,
        rule: 'enterprise.suffix',
        confidence: 0.85,
        aliases: shortNames(span.name),
      }),
    );
}

/**
 * List rule: items before 等…企业 are enterprises, usually by their short names.
 * Example: 华立液压、康进医疗等14家企业完成贯标。
 */
function listMentions(sentence: Sentence): EntityMention[] {
  const found: EntityMention[] = [];
  for (const list of findEnumerations(sentence.text)) {
    if (list.label !== 'Enterprise') continue;
    for (const item of list.items) {
      // 某某总部经济项目、某某基地项目等多家企业: works listed for their companies are not names of them.
      if (
        !isPlausibleName(item.name, { min: 2, max: 30 }) ||
        item.name.startsWith('“') ||
        /(?:项目|工程)$/.test(item.name)
      )
        continue;
      found.push(
        entityMention({
          label: 'Enterprise',
          sentence,
          span: item,
          rule: `enterprise.${list.rule}`,
          confidence: 0.7,
        }),
      );
    }
  }
  return found;
}

/**
 * Short-name rule: after its full name, an enterprise is called by a short one; each later
 * occurrence of that short name, and each other occurrence of a name already found, is a
 * mention of the same enterprise.
 * Example: 常州华星光学科技有限公司落户园区。华星光学当年即投产。
 */
function shortNameMentions(ctx: DocumentContext, known: readonly EntityMention[]): EntityMention[] {
  const found: EntityMention[] = [];
  const taken = known.map((k) => k.span).sort((a, b) => a.start - b.start);
  const overlapsKnown = (start: number, end: number) => taken.some((t) => t.start < end && start < t.end);
  const firsts = new Map<string, EntityMention>();
  for (const mention of known) if (!firsts.has(mention.name)) firsts.set(mention.name, mention);
  const seen = new Set<number>();
  const text = ctx.doc.text;
  for (const mention of firsts.values()) {
    const forms = [mention.name, ...mention.aliases].filter((a) => a.length >= 3);
    for (const short of forms) {
      for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
        if (
          (short !== mention.name && at < mention.span.end) ||
          seen.has(at) ||
          overlapsKnown(at, at + short.length)
        )
          continue;
        const sentence = sentenceAt(ctx.doc.sentences, at);
        if (!sentence || at + short.length > sentence.end) continue;
        seen.add(at);
        const span: NameSpan = {
          name: short,
          start: at - sentence.start,
          end: at - sentence.start + short.length,
        };
        found.push(
          entityMention({
            label: 'Enterprise',
            sentence,
            span,
            name: mention.name,
            aliases: [short],
            rule: 'enterprise.short-name',
            confidence: 0.7,
          }),
        );
      }
    }
  }
  return found;
}

/**
 * What enterprises do in these reports: listing on any board (主板, 创业板, 科创板, 北交所,
 * 新三板), joint-stock reform, being certified.
 */
const COMPANY_PREDICATE =
  /^(?:(?:在|登陆|进入)?(?:[沪深港]市|上交所|深交所|北交所|主板|创业板|科创板|新三板)?(?:上市|挂牌)|(?:进入|登陆)(?:主板|创业板|科创板|北交所|新三板)|完成股(?:份制)?改(?:造)?|增资扩产|扩产|申报|获批|创成|荣获|获得|入选|被列入|参与|首创|相继|分别|一同|成功|跻身)/;

/**
 * 某某制药提取车间完成设备安装, 某某药业质检中心进入装修: a company's own plant unit opening a
 * clause (a workshop, a line, a building of its works) is reported by the company's name.
 */
const PLANT_UNIT =
  /^[\u4e00-\u9fa5]{0,6}?(?:车间|生产线|厂房|厂区|仓库|质检中心|研发中心|研发楼|办公楼)(?:[\u4e00-\u9fa5]{0,2})(?:完成|进入|启动|建成|投产|投用|开工|竣工|封顶|正在|已)/;

/** Being rated, certified or listed as a kind of company. */
const COMPANY_RATING =
  /^(?:成功)?(?:申报|获批|获评|入选|被认定为|被评为|认定为|评为)[\u4e00-\u9fa5“”]{0,12}?(?:企业|公司|小巨人|单项冠军)/;

/**
 * Before a plant unit the shortest company reading is the name: 某某制药智能化提取车间 is
 * 某某制药's workshop, not a company 某某制药智能's. Other readings keep their length.
 */
function unitLength(text: string, at: { start: number; length: number }): number {
  const { start, length } = at;
  for (let k = 3; k < length; k += 1) {
    const name = text.slice(start, start + k);
    if (looksLikeCompany(name) && PLANT_UNIT.test(text.slice(start + k))) return k;
  }
  return length;
}

/**
 * Words one of which a sentence must hold for the subject rule to take a name from it: the
 * first word of each predicate of COMPANY_PREDICATE and COMPANY_RATING and the units of
 * PLANT_UNIT. Every test of that rule reads a piece of the sentence, so a sentence with none
 * of them gives nothing, and most sentences are skipped before the scan of every clause.
 */
const SUBJECT_WORDS =
  /上市|挂牌|完成股|扩产|申报|获批|获评|创成|荣获|获得|入选|被列入|认定为|评为|参与|首创|相继|分别|一同|成功|跻身|车间|生产线|厂房|厂区|仓库|质检中心|研发中心|研发楼|办公楼/;

/** Plant units: without one in the sentence, unitLength is its `length` at every start. */
const PLANT_UNIT_WORDS = /车间|生产线|厂房|厂区|仓库|质检中心|研发中心|研发楼|办公楼/;

/**
 * 钜苓铸造、吉春医用分别创成…: a second company may stand between the name and the verb.
 * Asked only when the name reads as a company (pure checks, so the order changes nothing).
 */
function chained(rest: string): boolean {
  return (
    /^[、和与]/.test(rest) &&
    [3, 4, 5, 6, 7, 8].some(
      (n) => looksLikeCompany(rest.slice(1, 1 + n)) && COMPANY_PREDICATE.test(rest.slice(1 + n)),
    )
  );
}

/**
 * Subject rule: a short name made of a brand and a trade word, opening a clause whose
 * predicate is something only companies do.
 * Example: 恒远电气登陆创业板，安泰科技创成省级企业技术中心。
 */
function subjectMentions(sentence: Sentence): EntityMention[] {
  const found: EntityMention[] = [];
  if (!SUBJECT_WORDS.test(sentence.text)) return found;
  const plantUnits = PLANT_UNIT_WORDS.test(sentence.text);
  // After a clause break, or after the verbs that put companies forward (鼓励某某增资扩产).
  const re =
    /(?<=^|[，,；;。、和与]|鼓励|支持|引导|帮助|辖区)([\u4e00-\u9fa5]{2,8}?)(?=[、和与]?[\u4e00-\u9fa5]*?)/g;
  for (const m of sentence.text.matchAll(re)) {
    if (m.index === undefined || /^(鼓励|支持|引导|帮助|辖区)/.test(m[1] ?? '')) continue;
    const start = m.index;
    for (let length = 8; length >= 3; length -= 1) {
      const unit = plantUnits ? unitLength(sentence.text, { start, length }) : length;
      const name = sentence.text.slice(start, start + unit);
      const rest = sentence.text.slice(start + name.length);
      if (
        looksLikeCompany(name) &&
        /^[\u4e00-\u9fa5]+$/.test(name) &&
        (COMPANY_PREDICATE.test(rest) || chained(rest) || PLANT_UNIT.test(rest))
      ) {
        found.push(
          entityMention({
            label: 'Enterprise',
            sentence,
            span: { name, start, end: start + name.length },
            rule: 'enterprise.subject',
            confidence: 0.6,
          }),
        );
        break;
      }
      // 某某申报国家级专精特新企业, 某某获批市级龙头企业: a brand with no trade word is a company
      // when what it is rated or certified as is a kind of company.
      // The rating first: oddBrand segments the name, the rating is one anchored regex.
      if (length <= 4 && COMPANY_RATING.test(rest) && oddBrand(name)) {
        found.push(
          entityMention({
            label: 'Enterprise',
            sentence,
            span: { name, start, end: start + name.length },
            rule: 'enterprise.subject',
            confidence: 0.6,
          }),
        );
        break;
      }
    }
  }
  return found;
}

/**
 * Plot rule: a company's land is called by its short name (冠今化工污染地块, 益民干燥地块).
 * The shortest reading that looks like a company wins, so a village before it stays out.
 * Example: 加快宏达化工污染地块治理与修复。
 */
function plotMentions(sentence: Sentence): EntityMention[] {
  const found: EntityMention[] = [];
  // Most sentences name no plot: skip the scan, which tries every position.
  if (!sentence.text.includes('地块')) return found;
  for (const m of sentence.text.matchAll(/[、]?[\u4e00-\u9fa5]{0,4}?地块/g)) {
    const plot = sentence.text.indexOf('地块', m.index);
    for (let length = 4; length <= 6; length += 1) {
      const start = plot - length;
      const name = sentence.text.slice(start, plot).replace(/(污染|存量|闲置)$/, '');
      if (start < 0 || !looksLikeCompany(name) || !/^[\u4e00-\u9fa5]+$/.test(name)) continue;
      const at = sentence.text.lastIndexOf(name, plot);
      found.push(
        entityMention({
          label: 'Enterprise',
          sentence,
          span: { name, start: at, end: at + name.length },
          rule: 'enterprise.plot',
          confidence: 0.55,
        }),
      );
      break;
    }
  }
  return found;
}

/**
 * A short name the document also gives in full, before or after (上海林内、齐达等企业 …
 * 上海齐达重型装备有限公司): the short mention is of the full-named company.
 */
function underFullName(mention: EntityMention, full: readonly EntityMention[]): EntityMention {
  if (mention.name.length < 2) return mention;
  // The short name opens the full one, at most behind a place (上海, 常州市).
  const owner = full.find((f) => {
    const at = f.name.indexOf(mention.name);
    return f.name !== mention.name && ((at >= 0 && at <= 3) || f.aliases.includes(mention.name));
  });
  if (!owner) return mention;
  return {
    ...mention,
    key: owner.key,
    name: owner.name,
    aliases: [...new Set([mention.name, ...mention.aliases])],
  };
}

/** Enterprises: companies, factories and banks, with their short names as aliases of the full one. */
/**
 * The numbered engineering bureaus of the central state builders, called by their short
 * forms (中建三局, 中铁十局, 中交二航局, 中电建七局): general knowledge of how these groups
 * name their subsidiaries. A full registered name is the suffix rule's.
 */
const STATE_BUILDER =
  /中(?:建|铁|交|冶|电建|能建|核|化)[一二三四五六七八九十]{1,3}(?:航|公)?局(?![\u4e00-\u9fa5]{0,6}(?:有限|公司))/g;

/**
 * The central state groups that build and invest in local works, called by their short
 * forms (中国能建, 中国电建, 中国铁建, 中国华能…): general knowledge of these groups' names, not
 * a list from one report. 中能建 and 中电建 are the builders' own shorter forms. A longer
 * registered name (中国石油天然气集团公司) or an institute is the name, not the short form.
 */
const CENTRAL_GROUP =
  /中国(?:能建|电建|铁建|交建|中铁|中冶|建筑|华能|华电|大唐|三峡|广核|核建|石化|石油|移动|联通|电信|中车|宝武)|中(?:能建|电建)|中核(?![心查实准算])/g;
const GROUP_SHORT: Record<string, string> = { 中能建: '中国能建', 中电建: '中国电建' };

/** Central-group rule. Example: 中国能建与某旗签署风电项目投资协议。 */
function centralGroupMentions(sentence: Sentence): EntityMention[] {
  if (!sentence.text.includes('中')) return [];
  return [...sentence.text.matchAll(CENTRAL_GROUP)]
    .filter(
      (m) =>
        !/^[\u4e00-\u9fa5]{0,8}(?:有限|公司|研究院|设计院|集团|[一二三四五六七八九十]{1,3}局)/.test(
          sentence.text.slice((m.index ?? 0) + m[0].length),
        ),
    )
    .map((m) =>
      entityMention({
        label: 'Enterprise',
        sentence,
        span: { name: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length },
        name: GROUP_SHORT[m[0]] ?? m[0],
        aliases: GROUP_SHORT[m[0]] ? [m[0]] : [],
        rule: 'enterprise.central-group',
        confidence: 0.7,
      }),
    );
}

/** State-builder rule. Example: 中建三局承建的柳溪中学迁建工程开工。 */
function stateBuilderMentions(sentence: Sentence): EntityMention[] {
  // The scan starts at every 中; a builder's name ends in 局, which most sentences lack.
  if (!sentence.text.includes('局')) return [];
  return [...sentence.text.matchAll(STATE_BUILDER)].map((m) =>
    entityMention({
      label: 'Enterprise',
      sentence,
      span: { name: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length },
      rule: 'enterprise.state-builder',
      confidence: 0.7,
    }),
  );
}

export function extractEnterprises(ctx: DocumentContext): ExtractedFacts {
  const full: EntityMention[] = [];
  const listed: EntityMention[] = [];
  for (const sentence of ctx.doc.sentences) {
    full.push(...suffixMentions(sentence));
    const other = [
      ...headMentions(ctx, sentence),
      ...investorMentions(ctx, sentence),
      ...listMentions(sentence),
      ...subjectMentions(sentence),
      ...plotMentions(sentence),
      ...stateBuilderMentions(sentence),
      ...centralGroupMentions(sentence),
    ];
    for (const l of other) {
      const overlaps = [...full, ...listed].some(
        (f) => f.span.start < l.span.end && l.span.start < f.span.end,
      );
      if (!overlaps) listed.push(l);
    }
  }
  const placed = full.map((f) => underPlacedName(f, full));
  const known = [...placed, ...listed.map((l) => underFullName(l, placed))];
  return { entities: [...known, ...shortNameMentions(ctx, known)], relations: [] };
}
