import type { DocumentContext, EntityMention, Sentence } from '../types';
import { localPlaceForms } from './place-context';
import {
  companyAtHead,
  looksLikeBrand,
  looksLikeCompany,
  shortNames,
  tradeWordsOnly,
} from './enterprise-names';
import { findEnumerations, splitItems } from './name-enumeration';
import { entityMention, isPlausibleName } from './name-mention';
import { isGenericBody, stripLeading, type NameSpan } from './name-scan';
import { brandBeforeProduct, oddBrand } from './enterprise-brand';
import { tokenize } from './name-segment';

/** A place or a public work, not a brand: 大英镇农贸市场, 新田村生猪养殖基地, 咸九高速. */
const NOT_A_BRAND =
  /[镇村乡]|街道|社区|[省市县区]$|(高速|公路|铁路|干道|大道|新区|矿|深加工|加工|中心|广场|市场|园|苑|家园|小区|公寓|府|庭|居|城|水厂|基地|养殖场|厂房|车间|仓库|大楼|站|综合体)$/;

/** A pronoun and a verb of dealing are a clause's subject and predicate: 我们引进(年产…项目). */
const CLAUSE_WORDS =
  /^(?:我|咱|他们|该|本|其|这|那)|(?:引进|招引|签约|签下|新建|新上|建设|实施|推进|落地|开工)$/;

/**
 * A brand, not a place's works: 湖塘科技(产业园), 凤桥光伏(农业项目) are a village's or a
 * town's industry named after it; a place in front of a proper brand stays (某镇珍菌子).
 */
function brandLike(brand: string, placeForms: readonly string[]): boolean {
  if (
    !/^[\u4e00-\u9fa5]{2,6}$/.test(brand) ||
    NOT_A_BRAND.test(brand) ||
    CLAUSE_WORDS.test(brand) ||
    isGenericBody(brand)
  )
    return false;
  const place = placeForms.find((form) => brand.startsWith(form));
  if (!place) return true;
  const rest = brand.slice(place.length);
  return rest.length >= 3 && !tradeWordsOnly(rest);
}

/**
 * A capacity as real reports write it after a company's name: a figure, 万 or 亿, and a
 * unit of output or of power (40万吨, 1.2亿羽, 30万锭, 100MW, 10万千瓦, 100万方).
 */
const CAPACITY =
  '[\\d.]+(?:万|亿)?(?:吨|只|头|套|台|件|锭|羽|片|块|条|辆|平方米|立方米|方|千瓦|兆瓦|MW|GW|kW|KW)';

/** The words before a capacity opening a name, and the figure (年产 may stand between). */
const CAPACITY_AT_HEAD = new RegExp(`^([^\\d年]{2,8}?)(?:年产|年加工|年养殖|年处理)?${CAPACITY}`);
/** A capacity figure anywhere after the first character. */
const CAPACITY_IN_NAME = new RegExp(`[^\\d.][\\d.]*\\d${CAPACITY}`);

/** The words before a capacity opening a name: 承兴30万锭高档纺纱 → 承兴. */
export function capacityHead(name: string): string | null {
  const head = CAPACITY_AT_HEAD.exec(name)?.[1];
  // 开工建设某某80万吨…: the verbs of the clause stand before the brand, not in it.
  const brand = head?.replace(LEADING_VERBS, '');
  return brand && brand.length >= 2 && brand.length <= 6 ? brand : null;
}

/** Verbs of a clause about works that run into the brand after them. */
const LEADING_VERBS = /^.*(?:开工建设|开工|建设|实施|推进|推动|加快|启动|新建|扩建|引进|签约|落地)/;

/** Whether a name holds a capacity figure: no company is registered under one (某某200万吨洗煤厂). */
export function holdsCapacity(name: string): boolean {
  return CAPACITY_IN_NAME.test(name);
}

/**
 * A brand of two single characters the dictionary reads as words of the genre (承兴: two
 * verbs) stands as a brand right before a capacity: a clause's verb there is one word (新建).
 */
function oddCapacityBrand(brand: string, placeForms: readonly string[]): boolean {
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(brand) || NOT_A_BRAND.test(brand) || CLAUSE_WORDS.test(brand))
    return false;
  if (placeForms.some((form) => brand.startsWith(form))) return false;
  const tokens = tokenize(brand);
  return tokens.length >= 2 && tokens.every((t) => t.word.length === 1 && !/^[pcumrqyeft]/.test(t.tag));
}

/** A place written in front of a company's name: 东莞市华汇新能源 → 东莞市 + 华汇新能源. */
const PLACE_PREFIX = /^[\u4e00-\u9fa5]{2,3}?[省市县区](?=[\u4e00-\u9fa5]{4})/;

/** A document's place forms longest first, sorted once per list rather than once per phrase. */
const sortedForms = new WeakMap<readonly string[], readonly string[]>();
function longestFirst(forms: readonly string[]): readonly string[] {
  let sorted = sortedForms.get(forms);
  if (!sorted) {
    sorted = [...forms].sort((a, b) => b.length - a.length);
    sortedForms.set(forms, sorted);
  }
  return sorted;
}

/**
 * The company at the head of a project's name, by the shapes real reports give them:
 * company + capacity (某某40万吨工业丝), company + phase (某某二期项目, 某某三期工程),
 * company + Latin letters (某某TOD项目), company + trade word + product (某某五金真空镀膜…).
 */
export function headCompany(
  phrase: string,
  placeForms: readonly string[],
  options: { wholePhrase?: boolean } = {},
): string | null {
  const body = phrase.replace(/(建设)?(项目|工程)$/, '');
  // 东莞市华汇…, 某镇某某…: the place in front says where the company is, not its name.
  const place = longestFirst(placeForms).find((form) => body.startsWith(form));
  const local =
    place && body.length - place.length >= 4 ? body.slice(place.length) : body.replace(PLACE_PREFIX, '');
  const capacity = brandBeforeCapacity(local, placeForms);
  if (capacity) return capacity;
  // 某某二期, never 某某第四期: 第 makes the ordinal of a round, not of a company's works.
  const phase = /^(.{2,6}?)(?<!第)[一二三四五六七八九十]期/.exec(local)?.[1];
  if (phase && brandLike(phase, placeForms)) return phase;
  // 某某搬迁技改项目, 某某扩建项目: a brand and what it does to its own works.
  const works =
    /^([\u4e00-\u9fa5]{2,4}?)(?:整体)?(?:搬迁|技改|扩建|扩产|增资扩产|改扩建|迁建|技术改造)+$/.exec(
      local,
    )?.[1];
  // 某中学迁建, 某卫生院扩建: a school, hospital or office moving is public works.
  if (works && !/[学校院馆所局]$/.test(works) && looksLikeBrand(works) && brandLike(works, placeForms))
    return works;
  // 某某PPP项目, 某某EPC项目: a way of contracting works, not a company's letters.
  const latin = /^([\u4e00-\u9fa5]{2,4})(?!PPP|EPC|BOT|BOO|TOT|ABO)[A-Za-z]{2,}/.exec(local)?.[1];
  if (latin && brandLike(latin, placeForms)) return latin;
  const traded = companyAtHead(local);
  // 某村冷链物流中心: with the place off, trade words alone are an industry, not a company.
  if (traded && tradeWordsOnly(traded)) return null;
  if (traded) return brandLike(traded, placeForms) ? traded : null;
  // Only a whole name stands before its product: the phrase starts the clause or follows 的.
  // 某某一工厂及发动机项目: the brand heads the first of the two things the project joins.
  const brand = options.wholePhrase ? brandBeforeProduct(local.split(/以及|及/)[0] ?? local) : null;
  return brand && brandLike(brand, placeForms) && !tradeWordsOnly(brand) ? brand : null;
}

/**
 * The company at the head of works named company + capacity + product, listed with no
 * 项目 after them (承兴30万锭高档纺纱、某某100MW光伏发电): only this shape, the others need 项目.
 */
export function capacityCompany(name: string, placeForms: readonly string[]): string | null {
  return brandBeforeCapacity(name.replace(PLACE_PREFIX, ''), placeForms);
}

/** The words before a capacity opening `local` when they read as a brand (see oddCapacityBrand). */
function brandBeforeCapacity(local: string, placeForms: readonly string[]): string | null {
  const head = capacityHead(local);
  return head && (brandLike(head, placeForms) || oddCapacityBrand(head, placeForms)) ? head : null;
}

/** Words that end a project's name and the breaks before it. */
const PROJECT_END =
  /(?:[一二三四五六七八九十]期)?(?:建设)?(?:项目|工程)|(?:产业园|工业园|生产基地|研发基地|总部基地|基地|总部)(?:[一二三四五六七八九十]期)?/g;
/** A word every match of PROJECT_END holds. */
const PROJECT_HEAD = /项目|工程|产业园|工业园|基地|总部/;
const BREAK = /[，,；;。、：:（）()“”\s的]/;

/** Project phrases of a sentence: names ending in 项目 or 工程, without the verbs before them. */
export function projectPhrases(text: string): NameSpan[] {
  const phrases: NameSpan[] = [];
  // PROJECT_END opens with optional parts, so its scan tries every position: only where a head stands.
  if (!PROJECT_HEAD.test(text)) return phrases;
  for (const m of text.matchAll(PROJECT_END)) {
    if (m.index === undefined) continue;
    let start = m.index;
    while (start > 0 && m.index - start < 30 && !BREAK.test(text[start - 1] ?? '')) start -= 1;
    start = stripLeading(text, { from: start, limit: m.index });
    // 2.某某生产线项目: the number of a numbered list's item is not part of the name.
    start += /^\d{1,2}[.．]/.exec(text.slice(start, m.index))?.[0].length ?? 0;
    const end = m.index + m[0].length;
    if (m.index - start >= 3) phrases.push({ name: text.slice(start, end), start, end });
  }
  return phrases;
}

/** `A、B两个项目`, `A和B2家`: a list closed by a count instead of 等. */
const COUNTED = /(?:两|[\d一二三四五六七八九十]+)[个家]/g;
const COUNT_WORD = /[个家]/;

function countedItems(text: string): NameSpan[] {
  const items: NameSpan[] = [];
  // COUNTED starts at every numeral (dates, sums): only sentences that count with 个 or 家.
  if (!COUNT_WORD.test(text)) return items;
  for (const m of text.matchAll(COUNTED)) {
    if (m.index === undefined) continue;
    let start = m.index;
    while (start > 0 && !/[，,；;。：:（()）]/.test(text[start - 1] ?? '')) start -= 1;
    // A list closed by 等 is the enumeration rule's.
    if (/等$/.test(text.slice(start, m.index))) continue;
    // 纳入某某第四期“三个一批”项目总量88个: quotes and a head noun are no list; items join by 、 or 和.
    if (!/[、和与及]/.test(text.slice(start, m.index))) continue;
    const list = splitItems(text, { start, end: m.index });
    if (list.length >= 2) items.push(...list.map(cleanItem));
  }
  return items;
}

/** `工业项目2个（A、B）`: the projects or companies counted, named in brackets after the count. */
const BRACKETED = /(?:项目|企业)(?:两|[\d一二三四五六七八九十]+)[个家][（(]([^（()）]{2,60})[）)]/g;

function bracketedItems(text: string): NameSpan[] {
  const items: NameSpan[] = [];
  if (!/[（(]/.test(text)) return items;
  for (const m of text.matchAll(BRACKETED)) {
    if (m.index === undefined) continue;
    const start = m.index + m[0].indexOf(m[1] ?? '');
    items.push(...splitItems(text, { start, end: start + (m[1] ?? '').length }).map(cleanItem));
  }
  return items;
}

/** Verbs and brackets a list's first item may still carry: 以保障某某和某某两个项目, (某某、某某). */
const ITEM_LEAD =
  /^(?:[^\u4e00-\u9fa5A-Za-z\d]+|[\u4e00-\u9fa5]{1,6}?[路街村][东西南北]侧|以|保障|推进|推动|支持|鼓励|加快|服务|引进|签约)+/;

function cleanItem(item: NameSpan): NameSpan {
  const lead = ITEM_LEAD.exec(item.name)?.[0] ?? '';
  return lead ? { name: item.name.slice(lead.length), start: item.start + lead.length, end: item.end } : item;
}

/**
 * Project-head rule: a company named at the head of its project's name is an enterprise,
 * known also by the project's full name (the conventions' alias).
 * Example: 柳溪机械二期项目开工，东山市华联五金真空镀膜扩建项目、鑫达40万吨钢丝项目投产。
 * List rule: short names closed by a count (A、B两个项目) or bracketed after one.
 * Example: 引进工业项目2个（华兴胶粘、洪达冷链），宏远机械和兴旺机械2家完成搬迁。
 */
/**
 * A project's name stands whole after a clause break, a list's comma, 的 (投资1亿元的某某项目),
 * or the number of an item of a numbered list (2.某某锂电池生产线项目).
 */
const WHOLE_BEFORE = /(?:^|[，,；;。：:、（(“]|的|^\s*\d{1,2}[.．、])$/;

export function headMentions(ctx: DocumentContext, sentence: Sentence): EntityMention[] {
  const forms = localPlaceForms(ctx.places);
  const found: EntityMention[] = [];
  const text = sentence.text;
  const projectItems = findEnumerations(text)
    .filter((list) => list.label === 'Project')
    .flatMap((list) => list.items);
  // Each list is read once: the loops below ask for them again for every phrase and item.
  const counted = countedItems(text);
  const bracketedList = bracketedItems(text);
  for (const phrase of [...projectPhrases(text), ...projectItems.map(cleanItem), ...counted]) {
    // 某某总部及生产基地两个项目: the count belongs to the list, not to the name.
    // 某某智能制造等20余个在谈项目: a list's head, not a name.
    if (/(两|[\d一二三四五六七八九十]+)[余多]?[个家]|等/.test(phrase.name)) continue;
    // 甲项目和乙二期项目: two projects joined, not one name.
    if (/(?:项目|工程)./.test(phrase.name)) continue;
    const brand = headCompany(phrase.name, forms, {
      wholePhrase: WHOLE_BEFORE.test(text.slice(0, phrase.start)),
    });
    // A project listed by its company's name alone (某某智能电气、某某合成生物已开工) is
    // the relation rules' to split into project and operator.
    if (!brand || brand === phrase.name) continue;
    const at = text.indexOf(brand, phrase.start);
    if (at < 0 || at >= phrase.end) continue;
    // 华翔汽车零部件产业基地: reports call the company by its brand (华翔) as often as by
    // brand and trade (华翔汽车); the brand names it, the longer forms are its aliases.
    const shortest = shortNames(brand)
      .filter((f) => brandLike(f, forms))
      .pop();
    const name = shortest && brand.startsWith(shortest) ? shortest : brand;
    const aliases = [...new Set([brand, phrase.name, phrase.name.replace(/(项目|工程)$/, '')])].filter(
      (a) => a !== name && isPlausibleName(a, { min: 3, max: 40 }),
    );
    // The same company read from several phrases (某某总部, 某某总部及生产基地): one mention.
    const same = found.find((f) => f.name === name && f.span.start === sentence.start + at);
    if (same) {
      same.aliases = [...new Set([...same.aliases, ...aliases])];
      continue;
    }
    found.push(
      entityMention({
        label: 'Enterprise',
        sentence,
        span: { name, start: at, end: at + name.length },
        aliases,
        rule: 'enterprise.project-head',
        confidence: 0.6,
      }),
    );
  }
  for (const item of [...counted, ...bracketedList]) {
    if (
      found.some((f) => f.span.start - sentence.start < item.end && item.start < f.span.end - sentence.start)
    )
      continue;
    // Counted lists name products as often as companies (特种门、锂电池4个项目): a trade word
    // is needed there; a bracketed list after 项目N个 names the projects by their companies.
    const bracketed = bracketedList.some((b) => b.start === item.start);
    const company =
      looksLikeCompany(item.name) || (bracketed && looksLikeBrand(item.name) && brandLike(item.name, forms));
    if (!company || !isPlausibleName(item.name, { min: 2, max: 12 })) continue;
    found.push(
      entityMention({
        label: 'Enterprise',
        sentence,
        span: item,
        rule: 'enterprise.counted-list',
        confidence: 0.6,
      }),
    );
  }
  return found;
}

/**
 * `由某某投资建设`, `某某投资建设的…`: the investor of a project. A trade name (brand and
 * trade word) or a brand of rare characters is an enterprise.
 */
const INVESTOR =
  /(?:由|系|是)([\u4e00-\u9fa5A-Za-z]{2,10}?)(?:公司|集团)?(?:投资建设|独资建设|出资建设|投资兴建|投资|承建|建设运营|运营)/g;
/**
 * And the subject of 投资/落户/签约 opening a clause: 华兴新材料投资5亿元建设…, 某某科技落户柳溪.
 */
const COMPANY_KIND = /(?:上市|龙头|骨干|链主|头部)(?:公司|集团|企业)/;
const INVESTING_SUBJECT =
  /(?<=^|[，,；;。])([\u4e00-\u9fa5]{2,10}?)(?=(?:计划|拟|已|将|再)?(?:总)?(?:投资[\d一二三四五六七八九十百千]|落户|签约落地|增资|扩建|新建|投资建设))/g;
/** The same subject named after the kind of company it is: 依托龙头企业某某电子投资8亿元…. */
const KIND_SUBJECT = new RegExp(
  `(?<=${COMPANY_KIND.source})${INVESTING_SUBJECT.source.replace(/^\(\?<=[^)]*\)/, '')}`,
  'g',
);

/** And the other party of a signing: 与某某物流签订协议, 同某某股份签约. */
const SIGNING_PARTNER = /(?<=[与同和])([\u4e00-\u9fa5]{2,10}?)(?=(?:正式|成功|现场)?(?:签订|签署|签约))/g;

/** Each pattern with words one of which its match holds (独资建设 and 出资建设 hold 资建设). */
const INVESTOR_PATTERNS: readonly (readonly [RegExp, RegExp])[] = [
  [INVESTOR, /资建设|投资|承建|运营/],
  [INVESTING_SUBJECT, /投资|落户|签约落地|增资|扩建|新建/],
  [KIND_SUBJECT, /(?:上市|龙头|骨干|链主|头部)(?:公司|集团|企业)/],
  [SIGNING_PARTNER, /签订|签署|签约/],
];

/**
 * Investor rule: the company that invests in, builds or runs a project.
 * Example: 该项目由鑫湃精密投资建设；华兴新材料投资5亿元建设新厂房；镇政府与宏达物流签订协议。
 */
export function investorMentions(ctx: DocumentContext, sentence: Sentence): EntityMention[] {
  const forms = localPlaceForms(ctx.places);
  const found: EntityMention[] = [];
  const text = sentence.text;
  for (const [re, words] of INVESTOR_PATTERNS) {
    // Each pattern tries a run of characters at every position: only where its verbs stand.
    if (!words.test(text)) continue;
    for (const m of text.matchAll(re)) {
      if (m.index === undefined) continue;
      const name = (m[1] ?? '').replace(/^(?:该项目|项目|其中|目前|同时)/, '');
      const start = m.index + m[0].indexOf(m[1] ?? '') + (m[1] ?? '').length - name.length;
      // After the kind of company it is (上市集团联创电子), a trade name needs no brand the
      // dictionary leaves apart: the kind says it is a company.
      const afterKind = re === KIND_SUBJECT;
      const traded =
        looksLikeCompany(name) &&
        !tradeWordsOnly(name) &&
        (afterKind || companyAtHead(`${name}项目建设`) === name);
      // A brand of characters the dictionary does not hold together opening a clause of
      // investment (欣旺达投资5亿元…) is a company too; a common word there is a place or an actor.
      const brand = (re === INVESTOR || oddBrand(name)) && looksLikeBrand(name) && brandLike(name, forms);
      if (!(traded || brand) || !isPlausibleName(name, { min: 2, max: 12 })) continue;
      found.push(
        entityMention({
          label: 'Enterprise',
          sentence,
          span: { name, start, end: start + name.length },
          rule: 'enterprise.investor',
          confidence: 0.6,
        }),
      );
    }
  }
  return found;
}
