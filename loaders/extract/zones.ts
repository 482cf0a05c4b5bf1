import type { DocumentContext, EntityMention, ExtractedFacts } from '../types';
import { PROVINCE_SHORT_NAMES } from '../gazetteer/province-names';
import { findEnumerations } from './name-enumeration';
import { clauseAround, entityMention, isPlausibleName } from './name-mention';
import { isGenericBody, nameStart, scanSuffixNames, type NameSpan } from './name-scan';
import { PARK_WORKS_HEADS, parkReading, worksFollow } from './project-parks';
import { tokenAt, tokenize, type Token } from './name-segment';
import { endsWithFunctionWord, isDistinctiveBody } from './zone-bodies';
import { bareHeadZones } from './zone-bare';
import { beforeDash, containerZone, isZoneClass, partOwner } from './zone-shape';
import { siblingZones } from './zone-siblings';
import {
  afterLandmark,
  isDefinedKind,
  isDescribedKind,
  isListOfComers,
  isMadeKind,
  isOfficeAfter,
} from './zone-kinds';

/**
 * 火炬开发区, 临港高新区: before the heads of development zones a two-character noun is the
 * zone's name, not a kind (which the function vocabulary still catches: 经济开发区, 旅游开发区).
 */
function isDevelopmentZoneName(body: string, suffix: string): boolean {
  return (
    /^(开发区|高新区|经开区)$/.test(suffix) &&
    /^[\u4e00-\u9fa5]{2}$/.test(body) &&
    // 省级高新区, 全省开发区, 各类开发区: a level or a scope, not a name.
    !/级$|^[全各本该][\u4e00-\u9fa5]$/.test(body) &&
    isDistinctiveBody(body, [])
  );
}

/** Industry valleys coined like 光谷 (one industry word + 谷): a zone head, and a brand head. */
const VALLEY_HEADS = [
  '光谷',
  '药谷',
  '硅谷',
  '钛谷',
  '氢谷',
  '数谷',
  '云谷',
  '车谷',
  '医谷',
  '农谷',
  '茶谷',
  '酒谷',
];

/**
 * Parks and cities coined from a function word and 园 or 城 (某某双创园, 某某电商园, 某某孵化园,
 * 某某医药城): county and town texts form park names this way from many industries and
 * functions, so the heads are built from those words rather than listed one by one. 公园,
 * 花园, 家园, 乐园 and the like never arise: only the words below open a head.
 */
const PARK_FUNCTION_WORDS = [
  '双创',
  '科创',
  '众创',
  '文创',
  '农创',
  '电商',
  '孵化',
  '智造',
  '食品',
  '医药',
  '健康',
  '康养',
  '数字',
  '智能',
  '光电',
  '电子',
  '纺织',
  '信息',
  '软件',
  '装备',
  '新材料',
  '环保',
  '物流',
];
const COINED_PARK_HEADS = PARK_FUNCTION_WORDS.flatMap((w) => [`${w}园`, `${w}城`]).filter(
  (h) => !['物流城'].includes(h),
);

/** Heads of park, district and market names. */
const SUFFIXES = [
  '产业园',
  '工业园区',
  '工业园',
  '科技园',
  '创新园',
  '创智园',
  '示范园',
  '园区',
  '开发区',
  '高新区',
  '科学城',
  '科教城',
  '化工园',
  '企业园',
  '物流园',
  '创新区',
  '先行区',
  '集聚区',
  '旅游区',
  '度假区',
  '风景区',
  '小镇',
  '古镇',
  '市场',
  '智谷',
  '芯谷',
  '金谷',
  // Planning areas real reports name: 工业集中区, 工业功能区, 示范区, 片区, 新城, 新区,
  // 历史文化街区, 产业基地, 板块, 组团 (the families of town-level planning documents).
  '集中区',
  '功能区',
  '融合区',
  '物流区',
  '示范区',
  '新片区',
  '片区',
  '新城',
  '新区',
  '未来城',
  '街区',
  '产业基地',
  '板块',
  '组团',
  '经开区',
  '总部园',
  // Families of real town and county texts beyond the planning areas above: small-firm parks
  // (某某小微企业园, 某某小微园, 某某创业园), port and bonded areas (某某港区, 某某综合保税区,
  // 自贸试验区某某片区), cooperation and business districts (某某合作区, 某某商务区), old
  // industrial districts and start-up areas (某某工业区, 某某启动区), themed parks and cities
  // (某某生态园, 某某农业园, 某某文化园, 某某生态城), and valleys coined as brands (某某光谷).
  '小微园',
  '创业园',
  '港区',
  '保税区',
  '自贸区',
  '试验区',
  '合作区',
  '商务区',
  '工业区',
  '启动区',
  '生态园',
  '农业园',
  '文化园',
  '创意园',
  '生态城',
  ...VALLEY_HEADS,
  '科技城',
  '汽车城',
  '商贸城',
  '物流城',
  // Cities of one industry or one kind of campus (某某航天城, 某某大学城) and hubs coined as
  // ports of a function (某某智慧港, 某某科创港).
  '航天城',
  '航空城',
  '大学城',
  '影视城',
  '智慧港',
  '科创港',
  '数字港',
  '信息港',
  '创新港',
  // Economic areas named for a location or an opening (某某临空经济区, 某某临港经济区), the
  // 聚集区 spelling of 集聚区, areas named by an industry (某某食品产业区), and inland ports
  // (某某国际陆港, 某某物流港).
  '经济区',
  // Export-processing areas (某某出口加工区), the 工业集中发展区 of western provinces, cooperation
  // parks (某某产业合作园) and scenic areas (某某风景名胜区).
  '加工区',
  '集中发展区',
  '发展区',
  '合作园',
  '名胜区',
  '商贸区',
  '聚集区',
  '产业区',
  '陆港',
  '物流港',
  // Shopping districts named after their streets or anchors (某某街-某某商圈).
  '商圈',
  // Investment areas of the coast (某某台商投资区, 某某投资区): a proper name must stand before.
  '投资区',
  ...COINED_PARK_HEADS,
];
/** Heads coined as brands: the words before them are a name whatever they say (低碳总部园, 龙城芯谷). */
const BRAND_HEADS = new Set([
  '智谷',
  '芯谷',
  '金谷',
  ...VALLEY_HEADS,
  '总部园',
  '科学城',
  '科教城',
  '未来城',
  '创智园',
]);
const WORD_FINAL = new Set([
  '市场',
  '园区',
  '小镇',
  '古镇',
  '片区',
  '新城',
  '新区',
  '街区',
  '板块',
  '组团',
  '港区',
  '工业区',
  '商圈',
]);

/**
 * A quoted head with a zone suffix (“两湖”创新区) is a branded initiative and a Programme;
 * national titles (国家…示范园) and goals made pilot areas (共同富裕先行区) are designations. Everything else with a zone suffix is a Zone.
 */
export function isProgrammeLikeZone(name: string): boolean {
  return (
    /^“[^”]+”[^“”]{0,4}(创新区|示范区)$/.test(name) ||
    /^(国家|全国)级/.test(name) ||
    // 共同富裕先行区, 省级乡村振兴示范区: a goal with a pilot head is a designation, not a place;
    // with a proper name in front (某某湖乡村振兴示范区) it is the area so named.
    /^(?:(?:国家|全国|省|市|县|区)级?)?(?:[^“”]{0,4}“[^”]+”)?[^“”]{0,2}(富裕|振兴|文明)[^“”]{0,8}(先行区|示范区|核心区)$/.test(
      name,
    ) ||
    // 政产学研一体化示范区, 中心城区产城融合示范区, 融合发展示范区: a practice (joining, integrating)
    // made a pilot area names what is tried there; a proper name would stand before a longer stem.
    /^(?:中心城区|主城区|城区|全域)?[\u4e00-\u9fa5]{0,4}(?:一体化|融合|协同|联动)(?:发展)?(?:示范区|先行区|试验区)$/.test(
      name,
    )
  );
}

/** Heads so broad that a proper name must stand in front: 夏溪花木市场, not 花木市场 or 产业园区. */
const BROAD =
  /(投资区|商圈|经济区|加工区|集中发展区|发展区|合作园|名胜区|商贸区|聚集区|产业区|物流港|市场|园区|集聚区|小镇|古镇|旅游区|风景区|集中区|功能区|融合区|物流区|示范区|片区|新城|新区|街区|产业基地|板块|组团|经开区|港区|保税区|自贸区|试验区|合作区|商务区|工业区|启动区|生态园|农业园|文化园|创意园|生态城|科技城|汽车城|商贸城|物流城)$/;

/**
 * Words of a description, not of a name, before a broad head: 万亩特色产业片区, 红色生态小镇,
 * 园区板块, 综合型海参交易批发市场. A name needs one word outside this list.
 */
const DESCRIPTIVE =
  /^(?:[万千百]亩|特色|产业|红色|生态|绿色|园区|示范|专业|现代|高端|新型|综合|集体|[\u4e00-\u9fa5]{1,2}[型性])/;

function isDescriptive(body: string): boolean {
  let rest = body;
  for (let m = DESCRIPTIVE.exec(rest); m && m[0].length > 0; m = DESCRIPTIVE.exec(rest))
    rest = rest.slice(m[0].length);
  return rest.length === 0;
}

/** A province's full name at the front of a span (河南省, 广西壮族自治区). */
const PROVINCE_FULL =
  /(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾)省|(?:内蒙古|广西壮族|西藏|宁夏回族|新疆维吾尔)自治区/;

/** A province's short name (or a bare 省) opening a span, after a batch (首批) or 经 (by way of). */
const PROVINCE_SHORT_START = new RegExp(
  `^(?:首批|第[一二三四五六七八九十\\d]+批)?(?:经)?(?:(?:${PROVINCE_SHORT_NAMES.join('|')})省?|省)`,
);

function isZoneName(name: string, placeNames: readonly string[]): boolean {
  if (!isPlausibleName(name, { min: 4, max: 24 }) || isProgrammeLikeZone(name)) return false;
  // “某某回家”暨园区企业家座谈会: 暨 joins two events; a name does not hold it.
  if (name.includes('暨')) return false;
  // XX开发区: a name masked on the page is skipped.
  if (/[XＸ×*＊]{2}/i.test(name)) return false;
  // 年度省级开发区, 国家级园区: a level with a bare head names a class of zones, not one
  // (白鹭省级经济开发区 has its name before the level).
  const level = /(?:国家|省|市|县|区)级([^“”]*)$/.exec(name);
  if (level && /^(?:年度|全[国省市县区]?|各类?|本|该|首批)?$/.test(name.slice(0, level.index))) {
    const rest = level[1] ?? '';
    const head = SUFFIXES.find((x) => rest.endsWith(x)) ?? '';
    if (!isDistinctiveBody(rest.slice(0, rest.length - head.length), placeNames)) return false;
  }
  // 某某科技获批省级示范园: a verb of conferring inside the span makes the zone a title.
  // 申报某某示范园, 争创某某示范区: applying or competing for a title names the title.
  if (/获批|获评|评为|认定为|命名为|申报|申创|争创/.test(name)) return false;
  // 九江一工业园区获批: 一 after a place's name is the article (a park of 九江), not part of a name.
  if (
    /^[\u4e00-\u9fa5]{2,3}一(?:工业园区|工业园|产业园区|产业园|园区|开发区|高新区|经开区)$/.test(name) &&
    !/[第统唯万]一/.test(name)
  )
    return false;
  // AAAA级旅游度假区, 两大特色专业园区: a grade or a count describes zones, it does not name one.
  // 某自治区一类园区: a class (一类, 二类) is a category zones are sorted into, not a name.
  if (/^(?:[A-Z]{2,5}|[1-5]A)级|[两一二三四五六七八九十\d]大|[一二三四五甲乙丙]类/.test(name)) return false;
  // 某省二星级产业集聚区: a star grade is a rating the zone was given, a title.
  if (/[一二三四五六七八九十\d]星级/.test(name)) return false;
  // 万亩小麦高产示范园, 3000亩茶叶示范园: an area in front measures a plot, it does not name a park.
  if (/^[\d.一二三四五六七八九十百千万]+亩/.test(name)) return false;
  // 某街道规划建设四个产业聚集区: a count or a verb of planning inside describes what is built.
  if (/[两一二三四五六七八九十\d]+个|规划建设|打造|推进|加快/.test(name)) return false;
  // 橡塑专业市场, 农副产品批发交易市场: goods before a kind of market (专业, 批发, 交易) say what is
  // traded, a kind of market; a market's name has a place or a brand in front (某某镇农贸市场).
  const market = /^(.+?)(?:专业|批发|交易|批发交易|交易批发)市场$/.exec(name)?.[1];
  if (market && !placeNames.some((p) => market.includes(p))) return false;
  // 综合型海参交易批发市场, 串珠式产业园: a kind or a style (某某型, 某某式) opens a description, not a name.
  if (/^[\u4e00-\u9fa5]{1,2}[型式][\u4e00-\u9fa5]/.test(name)) return false;
  const body = name.replace(BROAD, '').replace(/[“”]/g, '');
  const head = SUFFIXES.find((x) => name.endsWith(x)) ?? '';
  // 某省经济开发区, 某省化工园区: a province named in full before function words is the class of
  // zones in that province; the province alone does not name one (某省某某高新区 keeps its name).
  const inProvince = PROVINCE_FULL.exec(name);
  if (
    inProvince &&
    !isDistinctiveBody(name.slice(inProvince.index + inProvince[0].length, name.length - head.length), [])
  )
    return false;
  // 江苏特色小镇, 首批浙江特色小镇, 经省特色小镇: a province by its short name (or 省 alone) before
  // descriptors is the class of such zones there, a list's or a scheme's name, not one zone.
  // A park named for a partner province (某开发区内的江苏产业园) keeps its name: only descriptors go.
  const provinceShort = PROVINCE_SHORT_START.exec(name);
  if (
    provinceShort &&
    /^(?:特色|示范|现代|新型|综合|精品)+$/.test(
      name.slice(provinceShort[0].length, name.length - head.length),
    )
  )
    return false;
  // 温泉小镇, 现代服务集聚区, 高性能医疗器械产业园: function words alone describe a kind of area.
  // Brand heads (智谷, 总部园, 未来城) are names by themselves.
  if (!BRAND_HEADS.has(head) && !isDistinctiveBody(name.slice(0, name.length - head.length), placeNames))
    return false;
  if (!BROAD.test(name)) return true;
  if (isDescriptive(body)) return false;
  return (
    body.length >= 4 ||
    placeNames.some((p) => body.includes(p)) ||
    isToponym(body) ||
    tokenize(body).some((t) => ['ns', 'nr', 'nz', 'nt'].includes(t.tag))
  );
}

/**
 * 花家坝新区, 白鹭湾片区: a small place's name ends in a word for its landform or its crossing
 * (坝 dam, 湾 bay, 桥 bridge, 坪 flat, 岗 ridge…). Such names are too small for the gazetteer
 * and unknown to the dictionary, which splits them into single characters.
 */
const TOPONYM_END = /^[\u4e00-\u9fa5]{1,3}[坝湾桥岗坪塘洲岭溪滩坡沟峪庄铺堡寨渡垭岙圩埠畈]$/;

function isToponym(body: string): boolean {
  return TOPONYM_END.test(body) && tokenize(body).length > 1;
}

/**
 * 民国风情街区: a body of dictionary words alone (no place, person or brand, no name the
 * dictionary splits into characters as it does 粗芦岛) can describe a kind of area.
 */
function isWordsOnly(body: string): boolean {
  const tokens = tokenize(body.replace(/[“”"]/g, ''));
  return (
    tokens.length > 0 &&
    tokens.every((t) => t.word.length >= 2 && !['ns', 'nr', 'nz', 'nt', 'x'].includes(t.tag))
  );
}

/**
 * Words that open the clause before a zone but are not part of its name: a date (2018年12月某某
 *产业园落地), a grade the zone holds written before it (国家4A级旅游景区某某度假区), 规划建设芙蓉新城片区,
 * 暨某某小镇, 做强做优园区板块, 省重大项目某某产业园 (the classification before the name),
 * 用好用活某某示范区, 被称作某某商务区, 深入到某某示范园 (the 到 left after the verb), a part of the
 * year (一季度某某经济开发区开复工) and 整个 (整个某某物流园区建成后: the whole of the zone).
 */
const ZONE_LEADING =
  /^(?:现在|目前|当前|如今|今年|去年|明年|近年来?|同时|此外|其中|另外|随后|届时|整个|\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|(?:\d{4}年)?(?:[上下]半年|(?:前|第)?[一二三四1-4]季度)|(?:国家)?(?:[1-5]A|A{3,5})级(?:旅游)?景区|到|被称作|被称为|被誉为|称作|称为|名为|规划建设|规划|暨|做强做优|做大做强|做实|做优|做强|前期|建设好|(?:用?好)?用活|用好|用足|[\u4e00-\u9fa5]{0,3}(?:重大|重点)项目)/;

/** 镇党委书记到某某市场: an official and a verb of going before the zone are the clause's subject. */
const VISITOR = /^.*?(?:书记|镇长|乡长|县长|区长|市长|主任|局长|主席)[^到赴在]{0,4}(?:来到|到|赴|在)/;

/** 自贸试验区某某片区: jieba reads 自 as a preposition and cuts the abbreviation 自贸 in two. */
function withFreeTrade(text: string, span: NameSpan): NameSpan {
  return span.name.startsWith('贸') && text[span.start - 1] === '自'
    ? { name: `自${span.name}`, start: span.start - 1, end: span.end }
    : span;
}

/**
 * 中国―东盟青年产业园, 广西中国-东盟某某园: a park named for China and a partner joins them with a
 * dash, which ends the scan; the name runs back across it (and a province's short name before it).
 */
const COUNTRY_PAIR = new RegExp(`(?:(?:${PROVINCE_SHORT_NAMES.join('|')})(?=中国))?中国[—―–-]$`);

function withCountryPair(text: string, span: NameSpan): NameSpan {
  const m = COUNTRY_PAIR.exec(text.slice(Math.max(0, span.start - 8), span.start));
  if (!m) return span;
  return { name: m[0] + span.name, start: span.start - m[0].length, end: span.end };
}

/**
 * 某某科技落户某某工业园区, 考察了某某小镇, 县长在某镇调研某某园区: a verb of settling, visiting or joining inside the
 * span says what happened at the zone; the zone's name is what follows the last such verb.
 */
const INNER_VERB =
  /^.*(?:落户|入驻|进驻|续建|新建|扩建|规范发展|[中内]建设|位于|坐落于|搬迁至|迁入|考察了?|参观了?|调研|视察|察看|观摩|走访|走进|来到|深入到|前往|赴|抵达|到达|依托|融入|对接|确定|公布|批准|同意|认定|做大做强|做强做优|做优做强|做精做强|壮大|管辖|下辖)/;

/**
 * 某某到高新区, 疫情期间市场, 某某环城建设丝路智谷: going somewhere, a span of time or building
 * inside the span ends the words before the zone's name (建设路 is a road's name and stays).
 */
const GOING = /^.{2,}?(?:到|期间|以来|建设(?![路街成为]))/;

function withoutLeading(scanned: NameSpan): NameSpan {
  const inner = INNER_VERB.exec(scanned.name) ?? GOING.exec(scanned.name);
  // 更多企业落户园区, 某某到高新区: what is left after the verb is the head alone, no name at all.
  if (inner && scanned.name.length - inner[0].length < 4)
    return {
      name: scanned.name.slice(inner[0].length),
      start: scanned.start + inner[0].length,
      end: scanned.end,
    };
  if (inner && scanned.name.length - inner[0].length >= 4)
    scanned = {
      name: scanned.name.slice(inner[0].length),
      start: scanned.start + inner[0].length,
      end: scanned.end,
    };
  const visitor = VISITOR.exec(scanned.name);
  const span = visitor
    ? {
        name: scanned.name.slice(visitor[0].length),
        start: scanned.start + visitor[0].length,
        end: scanned.end,
      }
    : scanned;
  const m = ZONE_LEADING.exec(span.name);
  if (!m || span.name.length - m[0].length < 3) return span;
  return { name: span.name.slice(m[0].length), start: span.start + m[0].length, end: span.end };
}

/**
 * A place named in full in front is where the zone lies, not its name (常州市焦溪古镇, 某某街道
 * 某某小镇): the rest is the name when it still names a zone by itself; the whole is an alias.
 */
function withoutPlace(
  name: string,
  places: {
    names: readonly string[];
    placeNames: readonly string[];
    provinces: readonly string[];
    text: string;
  },
): { name: string; aliases: string[] } {
  const place = places.names.find(
    (p) =>
      name.startsWith(p) &&
      name.length - p.length >= 4 &&
      isZoneName(name.slice(p.length), places.placeNames),
  );
  // 广东省汕尾市某县某某工业园: each division in front goes, down to the innermost one's zone.
  if (place) {
    const inner = withoutPlace(name.slice(place.length), places);
    return { name: inner.name, aliases: [name, ...inner.aliases] };
  }
  // 杭州西湖云栖小镇 beside 西湖云栖小镇 alone: a city's short name in front is where the zone lies
  // when the document also writes the zone without it.
  const short = places.placeNames.find(
    (p) =>
      name.startsWith(p) &&
      name.length - p.length >= 4 &&
      /^[\u4e00-\u9fa5]/.test(name.slice(p.length)) &&
      places.text.split(name.slice(p.length)).length > places.text.split(name).length &&
      isZoneName(name.slice(p.length), places.placeNames),
  );
  if (short) return { name: name.slice(short.length), aliases: [name] };
  // 江苏常州经济开发区: a province's short name before a city's names where the zone lies, the
  // city's zone; the province is written in headlines only.
  const province = places.provinces.find(
    (p) =>
      name.startsWith(p) &&
      places.placeNames.some((q) => q !== p && name.startsWith(q, p.length)) &&
      isZoneName(name.slice(p.length), places.placeNames),
  );
  return province ? { name: name.slice(province.length), aliases: [name] } : { name, aliases: [] };
}

/** The short forms of development zones: 某某高新技术产业开发区 → 某某高新区, 某某经济技术开发区 → 某某经开区. */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/高新技术产业开发区$/, '高新区'],
  [/经济技术开发区$/, '经开区'],
  [/经济开发区$/, '经开区'],
];

function shortForms(name: string): string[] {
  const forms: string[] = [];
  for (const [re, short] of ABBREVIATIONS) {
    if (!re.test(name)) continue;
    const head = name.replace(re, '');
    forms.push(head + short);
    // 吕梁经济技术开发区 is also 吕梁市经开区: the city's full name before the short head.
    if (head.length >= 2 && !/[省市县区级]$/.test(head)) forms.push(`${head}市${short}`);
  }
  return forms;
}

/**
 * Trades the dictionary tags as verbs that park names are built from (某某休闲产业园, 某某租赁和
 * 商务服务业产业园, 某某观光产业示范园区, 某某养殖示范区): inside a park's name they are its trade,
 * not the clause's predicate, so the scan goes on past them to the park's proper name.
 */
const TRADE_VERBS: ReadonlySet<string> = new Set([
  '休闲',
  '观光',
  '租赁',
  '养殖',
  '种植',
  '加工',
  '制造',
  '仓储',
  '养老',
  '康养',
  '批发',
  '零售',
  '外包',
  '会展',
  '孵化',
  '研发',
  '检验检测',
  '直播',
  // Functions written as verbs: 某某产业转移工业园, 某某城乡统筹产业园 (a park for the transfer of
  // industries, or for joining town and country).
  '转移',
  '统筹',
]);

/**
 * 某某乡租赁和商务服务业产业园, 某某塘新材料及智能装备产业园: a park named for two trades joins
 * them with 和/及/与; when the words after the conjunction are trades alone and the words before
 * it end in a trade, the name runs on across it to the proper name in front.
 */
function acrossConjunction(text: string, span: NameSpan, head: string): NameSpan {
  const conj = span.start - 1;
  if (!/[和及与]/.test(text[conj] ?? '')) return span;
  const body = span.name.slice(0, span.name.length - head.length);
  if (isDistinctiveBody(body, [])) return span;
  const start = nameStart(text, {
    suffixStart: conj,
    maxLength: 24 - span.name.length,
    end: conj,
    verbsEnd: true,
    innerVerbs: TRADE_VERBS,
  });
  if (start === null || start >= conj - 1) return span;
  const left = text.slice(start, conj);
  // 某某街道和商贸物流区: a division before 和 is the second party of the clause, not a trade.
  if (/(?:街道|社区|[镇乡村区县市])$/.test(left)) return span;
  if (!endsWithFunctionWord(left) || SUFFIXES.some((x) => left.includes(x))) return span;
  return { name: text.slice(start, span.end), start, end: span.end };
}

/**
 * Spans of trades right after 和/及/与 and up to a park head (…及智能装备产业园): the scan drops
 * such bodies as generic, so they are found here for acrossConjunction to join to the words in front.
 */
function conjoinedHeads(text: string, scanned: readonly NameSpan[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (const m of text.matchAll(/[和及与]/g)) {
    const at = m.index ?? 0;
    const rest = text.slice(at + 1, at + 15);
    const head = SUFFIXES.filter((x) => rest.includes(x))
      .map((x) => ({ x, i: rest.indexOf(x) }))
      .sort((a, b) => a.i - b.i || b.x.length - a.x.length)[0];
    if (!head || head.i < 2) continue;
    const body = rest.slice(0, head.i);
    if (/[^\u4e00-\u9fa5]/.test(body) || isDistinctiveBody(body, [])) continue;
    const span = { name: body + head.x, start: at + 1, end: at + 1 + head.i + head.x.length };
    if (scanned.some((s) => s.start !== span.start && s.start < span.end && span.start < s.end)) continue;
    if (scanned.some((s) => s.start === span.start && s.end === span.end)) continue;
    found.push(span);
  }
  return found;
}

/**
 * Names listed as items of a list of projects anywhere in the document (甲医药、乙食品等18个在建项目),
 * places and zone-headed items aside: a park named after one of them is that company's works.
 */
function listedProjects(ctx: DocumentContext, placeNames: readonly string[]): string[] {
  const names: string[] = [];
  for (const sentence of ctx.doc.sentences)
    for (const list of findEnumerations(sentence.text))
      if (list.label === 'Project')
        for (const item of list.items)
          if (
            item.name.length >= 2 &&
            /^[\u4e00-\u9fa5]+$/.test(item.name) &&
            !placeNames.includes(item.name) &&
            !SUFFIXES.some((x) => item.name.endsWith(x))
          )
            names.push(item.name);
  return names;
}

/** The last word of a task, a campaign or a scheme: 某某提升, 某某整治, 某某行动 are no area's name. */
const ACTION_END =
  /(?:提升|发展|建设|整治|创新|行动|改造|治理|保护|振兴|工程|计划|机制|体系|攻坚|升级|转型|融合|服务|管理)$/;

/**
 * 新增某市某某小镇, 继某州临港经济技术开发区之后, (拍)摄某某经济技术开发区: a verb of one or two
 * characters glued before a place's name at the head of a zone is the clause's predicate, not part
 * of the name (the dictionary tags it a verb; 中新天津生态城 opens with a locative and an adjective).
 */
function verbBeforePlace(name: string, placeNames: readonly string[]): string {
  if (placeNames.some((p) => name.startsWith(p))) return '';
  const first = tokenize(name)[0];
  if (!first || first.word.length > 2 || !/^(?:v|vg|d|p|c)$/.test(first.tag)) return '';
  const length = first.word.length;
  return placeNames.some((p) => name.startsWith(p, length) && name.length - length - p.length >= 3)
    ? first.word
    : '';
}

/** Heads of a list of parks that name their kind (等五个工业园), not the bare 园区. */
const LISTED_PARK_HEAD = /(?:工业园区|工业园|产业园区|产业园|工业区|工业集中区)$/;
/** 现管辖甲、乙…: the verb of governing before the first item is not its name. */
const LIST_LEADING = /^.*(?:管辖|下辖|辖|包括|涵盖|拥有|建有)/;

/** Heads of parks that lie inside a development zone as its sub-parks (某开发区某某工业园). */
const INNER_PARK_HEAD = /(?:工业园区|工业园|产业园区|产业园|工业区|片区)$/;

/** The park after the container zone in `whole` (某开发区|某某工业园), when it names a zone by itself. */
function innerPark(whole: NameSpan, outer: NameSpan, placeNames: readonly string[]): NameSpan | null {
  const name = whole.name.slice(outer.name.length);
  if (!INNER_PARK_HEAD.test(name) || placeNames.includes(name) || !isZoneName(name, placeNames)) return null;
  return { name, start: outer.end, end: whole.end };
}

/** 镇工业集中区: the town's own park, named after the town the document is about. */
const TOWN_PARK = /镇(工业集中区|工业园区|工业园|工业功能区|工业集聚区)/g;

/** Bare 镇 + park heads whose 镇 stands alone after a verb or a break (完善镇工业集中区), not 某某镇. */
function townParks(text: string): { span: NameSpan; head: string }[] {
  const found: { span: NameSpan; head: string }[] = [];
  let tokens: Token[] | null = null; // segmented only when a park head is there: most sentences have none
  for (const m of text.matchAll(TOWN_PARK)) {
    tokens ??= tokenize(text);
    const at = m.index ?? 0;
    const k = tokenAt(tokens, at);
    const token = tokens[k];
    const before = tokens[k - 1];
    if (token?.word !== '镇' || (before && !['v', 'vd', 'vn', 'x', 'p', 'c', 'd'].includes(before.tag)))
      continue;
    found.push({ span: { name: m[0], start: at, end: at + m[0].length }, head: m[1] ?? '' });
  }
  return found;
}

/**
 * Verbs that confer a title: 创建全国科普示范区, 获评省级特色小镇 name an honour, not a zone; so does
 * 被授予某省节水标杆园区 (the province that confers it written between).
 */
const TITLE_BEFORE =
  /(?:创建|创成|争创|获评|获批|获得|荣获|入选|评为|命名为|认定为|授予)(?:为)?(?:[\u4e00-\u9fa5]{2,3}[省市])?$/;
/** 在某某产业园区排名中: a ranking or a list of a kind of zone, not one zone. */
const RANKING_AFTER = /^(?:排名中|排行|榜单|名单|评价|考核|评选)/;
/** 在全省开发区排名中: 排名 alone after a zone is the zone's own rank (某某经开区排名跃升), unless 在 opens the clause. */
const RANKING_IN = /在[^，,。；;]{0,12}$/;
/** “古镇新城”发展战略, 打造某某新城”的发展目标: a zone word in a slogan names a strategy or a goal. */
const SLOGAN_AFTER = /^”?(?:的)?新?(?:发展)?(?:战略|目标|理念|定位|思路|愿景)/;

/** 创建国家某某和某某试验区: the second of two titles joined by 和 is conferred by the same verb. */
const TITLE_JOINED = /(?:创建|创成|争创|获评|获批|入选|评为|命名为|认定为)[^，,。；;、]{1,16}[和及与]$/;

function isTitleOrRanking(text: string, span: NameSpan): boolean {
  return (
    TITLE_BEFORE.test(text.slice(Math.max(0, span.start - 10), span.start)) ||
    TITLE_JOINED.test(text.slice(Math.max(0, span.start - 24), span.start)) ||
    RANKING_AFTER.test(text.slice(span.end)) ||
    (text.startsWith('排名', span.end) &&
      RANKING_IN.test(text.slice(Math.max(0, span.start - 12), span.start))) ||
    SLOGAN_AFTER.test(text.slice(span.end))
  );
}

/**
 * “创新创业高地，宜居宜业新城”, ‘打造某某明珠，建设现代滨江新区’: a zone word inside a quoted
 * slogan of two or more clauses is a goal the text sets, not an area.
 */
function insideSlogan(text: string, span: NameSpan): boolean {
  const before = text.slice(0, span.start);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('‘'));
  if (open < 0 || /[”’]/.test(before.slice(open))) return false;
  const closeAt = text.slice(span.end).search(/[”’]/);
  if (closeAt < 0) return false;
  const quoted = text.slice(open + 1, span.end + closeAt);
  // A slogan's clauses are short (科创高地，宜居新城); a quoted speech runs longer (园区坐落在某某街区，周边…).
  const clauses = quoted.split(/[,，]/);
  return !quoted.includes('。') && clauses.length > 1 && clauses.every((c) => c.length <= 14);
}

/**
 * 《某某镇特色专业创新园区发展行动计划》, 《某省化工园区认定管理办法》: a zone word inside book-title
 * marks with no proper name of its own (places aside) belongs to the title of a plan or a rule
 * about a kind of zone; a plan for one zone (《某市某某未来城单元规划》) still names that zone.
 */
function kindInBookTitle(text: string, span: NameSpan, head: string, placeNames: readonly string[]): boolean {
  const before = text.slice(0, span.start);
  if (before.lastIndexOf('《') <= before.lastIndexOf('》')) return false;
  let body = span.name.slice(0, span.name.length - head.length);
  // Divisions named in full (某市, 某镇) say whose plan it is; a short place name (蠡湖) names the zone.
  const divisions = placeNames.filter((p) => /(?:省|市|区|县|镇|乡|街道)$/.test(p));
  for (const p of divisions.sort((a, b) => b.length - a.length)) body = body.split(p).join('');
  // A division the gazetteer does not hold is still written with its level (某某镇, 某某县).
  body = body.replace(/^[\u4e00-\u9fa5]{1,4}?(?:省|市|县|镇|乡|街道)/, '');
  return !isDistinctiveBody(body, []);
}

/**
 * 是“某省二星级产业集聚区”“十快产业集聚区”, 荣获“某某示范园区”称号: a zone word quoted whole as a
 * title the place holds (after a verb of being or winning, beside another quoted title, or
 * before 称号) is an honour, not a zone.
 */
function isQuotedTitle(text: string, span: NameSpan): boolean {
  const open = text[span.start] === '“' ? span.start : text[span.start - 1] === '“' ? span.start - 1 : -1;
  const close = text[span.end - 1] === '”' ? span.end - 1 : text[span.end] === '”' ? span.end : -1;
  if (open < 0 || close < 0) return false;
  const before = text.slice(Math.max(0, open - 4), open);
  const after = text.slice(close + 1);
  return (
    /(?:是|为|评为|获评|荣获|获得|授予|列为|成为|入选|被评|获)$/.test(before) ||
    before.endsWith('”') ||
    /^(?:“|称号|荣誉|牌子)/.test(after)
  );
}

/** 宜居宜业建新城: a verb of building before the head makes a phrase (build a new town), not a name. */
function builtNewTown(name: string): boolean {
  if (!/[建造筑]新[城区]$/.test(name)) return false;
  const tokens = tokenize(name);
  const verb = tokens[tokens.length - 2];
  return tokens.length >= 2 && verb !== undefined && verb.word.length === 1 && verb.tag.startsWith('v');
}

/**
 * 推进某某长廊、某某文化旅游街区等重点项目建设, 某某产业园主体建设完成: an area the text counts
 * among projects, or whose main works it reports, is built as a project.
 */
const COUNTED_AS_WORKS =
  /^(?:、[^、，,；;。]{2,16})*等[^，,；;。]{0,12}项目|^主体(?:建设|工程|完工|封顶|竣工)/;

/**
 * 来到某村、某某产业园、某某纪念馆项目建设现场: a park listed with 、 beside named works is one
 * of the works visited or built, a project (the annotation conventions count 产业园 as projects).
 */
function listedWithWorks(text: string, span: NameSpan): boolean {
  if (!PARK_WORKS_HEADS.some((h) => span.name.endsWith(h))) return false;
  const clause = clauseAround(text, span.start);
  const items = text.slice(clause.start, clause.end).split('、');
  return (
    items.length > 1 &&
    items.some((item) => /(?:项目|工程)(?:建设)?(?:现场)?/.test(item) && !item.includes(span.name))
  );
}

/**
 * Zones: industrial parks, development zones, science cities, themed towns and market areas.
 * Example: 助推夏溪花木市场、江南花都产业园联动发展。
 */
export function extractZones(ctx: DocumentContext): ExtractedFacts {
  const entities: EntityMention[] = [];
  const placeNames = [...new Set(ctx.places.places.flatMap((p) => [p.name, ...p.aliases]))].filter(
    (n) => n.length >= 2,
  );
  // Full names of provinces, cities, districts and towns: any of them in front says where a zone lies.
  const fullNames = [...new Set(ctx.places.places.map((p) => p.name))].filter((n) =>
    /(省|市|区|县|镇|乡|街道)$/.test(n),
  );
  // Short names of provinces and autonomous regions (江苏 of 江苏省, 内蒙古 of 内蒙古自治区), written
  // before a city's zone in headlines.
  const provinces = [
    ...new Set(
      ctx.places.places.filter((p) => /(?:省|自治区)$/.test(p.name)).flatMap((p) => [p.name, ...p.aliases]),
    ),
  ].filter((n) => n.length >= 2);
  const countyNames = ctx.places.places
    .filter((p) => ['PROVINCE', 'CITY', 'DISTRICT'].includes(String(p.properties.kind)))
    .flatMap((p) => [p.name, ...p.aliases]);
  const town = ctx.places.primary?.name;
  const projectNames = listedProjects(ctx, placeNames);
  // 修水工业园区: a place's name the dictionary tags as a verb (修水) is the zone's name, not a predicate.
  const innerVerbs = new Set([...TRADE_VERBS, ...placeNames]);
  for (const sentence of ctx.doc.sentences) {
    const scan = scanSuffixNames(sentence.text, {
      suffixes: SUFFIXES,
      maxLength: 24,
      wordFinal: WORD_FINAL,
      verbsEnd: true,
      keepBody: isDevelopmentZoneName,
      innerVerbs,
    });
    for (const scanned of [...scan, ...conjoinedHeads(sentence.text, scan)]) {
      const scannedHead = SUFFIXES.find((x) => scanned.name.endsWith(x)) ?? '';
      const joined = acrossConjunction(
        sentence.text,
        withCountryPair(sentence.text, withFreeTrade(sentence.text, scanned)),
        scannedHead,
      );
      const dashed = beforeDash(joined);
      // 某物流园区一期项目--某某城开业: the name before the dash is the zone only when it ends in a zone's head.
      if (dashed !== joined && !SUFFIXES.some((x) => dashed.name.endsWith(x))) continue;
      const whole = withoutLeading(afterLandmark(dashed));
      // 某某示范区某某商贸城: the works inside a zone are not a zone; the zone in front is.
      // A container that is a division (浦东新区 of 浦东新区某某科学城) is where the zone lies, not a zone.
      const isOwnZone = (n: string) =>
        !placeNames.includes(n) && SUFFIXES.some((x) => n.endsWith(x)) && isZoneName(n, placeNames);
      const owner = partOwner(whole, isOwnZone);
      const zoneSpan = owner ?? containerZone(whole, isOwnZone) ?? whole;
      // 原桃江经济开发区: 原 (former) before a place's name speaks of the zone as it was, not of another;
      // 如杭州某某小镇: 如 (for example) before a place's name opens an example, not the name.
      const lead =
        /^(?:原|例如|比如|诸如|如)/.exec(zoneSpan.name)?.[0] ?? verbBeforePlace(zoneSpan.name, placeNames);
      const span =
        lead && placeNames.some((p) => zoneSpan.name.startsWith(p, lead.length))
          ? { name: zoneSpan.name.slice(lead.length), start: zoneSpan.start + lead.length, end: zoneSpan.end }
          : zoneSpan;
      // 位于某县经济技术开发区某某工业园内: a park named inside a development zone is a zone too.
      const inner = span === whole ? null : innerPark(whole, span, placeNames);
      // 某高新区某某片区: a 片区 is a district of the zone in front, named with it (the short form an alias).
      const district = inner?.name.endsWith('片区')
        ? { span: whole, name: whole.name, aliases: [inner.name] }
        : null;
      if (inner)
        entities.push(
          entityMention({
            label: 'Zone',
            sentence,
            ...(district ?? { span: inner }),
            rule: 'zone.inner-park',
            confidence: 0.7,
          }),
        );
      const after = sentence.text.slice(span.end);
      // 国际花卉园艺示范园项目, 某某片区(二期): the works that build the park are a project, not a zone;
      // so is a park reported as invested in, signed or built (project-parks.ts).
      // Works after a zone's part (某某工业园中心启动区市政工程) build the part, not the zone.
      if (!owner && (worksFollow(after, span.name) || parkReading(sentence.text, span) !== 'zone')) continue;
      if (isTitleOrRanking(sentence.text, span) || listedWithWorks(sentence.text, span)) continue;
      if (insideSlogan(sentence.text, span) || builtNewTown(span.name) || COUNTED_AS_WORKS.test(after))
        continue;
      const suffix = SUFFIXES.find((x) => span.name.endsWith(x)) ?? '';
      if (kindInBookTitle(sentence.text, span, suffix, placeNames) || isQuotedTitle(sentence.text, span))
        continue;
      if (isZoneClass(sentence.text, span)) continue;
      // 某某医药科技产业园 where 某某医药 is listed among the projects: the company's park is its works.
      if (projectNames.some((p) => span.name.startsWith(p) && span.name.length > p.length + 2)) continue;
      // The scan checked the body it found; a body left after dropping leading words needs the check again.
      const body = span.name.slice(0, span.name.length - suffix.length);
      const namesPlace = placeNames.some((p) => body.includes(p));
      if (span !== scanned && isGenericBody(body) && !namesPlace) continue;
      // 新时代高新区, 逐园区, 两产业园, 某厅产业园办公室, 城市活力商圈: a kind, a count or an office.
      const unquoted = span.name.replace(/[“”]/g, '');
      const bareBody = unquoted.slice(
        0,
        unquoted.length - (SUFFIXES.find((x) => unquoted.endsWith(x)) ?? '').length,
      );
      if (isDescribedKind(bareBody) || isOfficeAfter(sentence.text, span)) continue;
      if (
        isMadeKind(sentence.text, span, namesPlace || !isWordsOnly(body)) ||
        // 以物流为主导的某旗物流园: a zone named after its place is that zone, whatever defines it.
        (!namesPlace && isDefinedKind(sentence.text, span))
      )
        continue;
      if (!isZoneName(span.name, placeNames)) continue;
      // 肇源县园区建设, 澄迈精品园区经济: a county or a city with the bare head speaks of its parks in
      // general (a town's 司前园区 beside 大泽园区 is a part of one park).
      const parks = /^(.+?)(?:精品)?园区$/.exec(span.name)?.[1];
      if (parks && countyNames.includes(parks)) continue;
      // 浦东新区, 某某街道: a name the place extractor knows as a division is a place, not a zone.
      if (placeNames.includes(span.name)) continue;
      const { name, aliases } = withoutPlace(span.name, {
        names: fullNames,
        placeNames,
        provinces,
        text: ctx.doc.text,
      });
      aliases.push(...shortForms(name));
      // 桃江县经济开发区 is also 桃江经济开发区 and 桃江经开区, 某县物流园区 is 某物流园区: the county's
      // level drops from the name whatever the zone's head.
      const county = /^([\u4e00-\u9fa5]{2,3})([县市])(.{2,})$/.exec(name);
      if (
        county &&
        placeNames.includes(`${county[1]}${county[2]}`) &&
        SUFFIXES.some((x) => name.endsWith(x))
      ) {
        const short = `${county[1]}${county[3]}`;
        aliases.push(short, ...shortForms(short));
      }
      // 满墩工业园区 is also called 满墩工业园: the shorter form joins the same zone.
      if (/(产业|工业)园区$/.test(name)) aliases.push(name.slice(0, -1));
      entities.push(
        entityMention({ label: 'Zone', sentence, span, name, aliases, rule: 'zone.suffix', confidence: 0.8 }),
      );
    }
    for (const { span, head } of town?.endsWith('镇') ? townParks(sentence.text) : []) {
      entities.push(
        entityMention({
          label: 'Zone',
          sentence,
          span,
          name: town + head,
          aliases: [span.name],
          rule: 'zone.town-park',
          confidence: 0.7,
        }),
      );
    }
    for (const list of findEnumerations(sentence.text)) {
      if (list.label !== 'Zone' || isListOfComers(list.head)) continue;
      for (const listed of list.items) {
        // 省政府确定某某产业园、…等10个化工园区: the verb before the first item is not its name.
        const kindList = LISTED_PARK_HEAD.test(list.head);
        const lead = kindList ? LIST_LEADING.exec(listed.name) : null;
        const item = SUFFIXES.some((x) => listed.name.endsWith(x))
          ? withoutLeading(listed)
          : lead
            ? {
                name: listed.name.slice(lead[0].length),
                start: listed.start + lead[0].length,
                end: listed.end,
              }
            : listed;
        // An item the suffix scan already read (whole or in part) is that zone, not another.
        const at = { start: sentence.start + item.start, end: sentence.start + item.end };
        if (entities.some((e) => e.span.start < at.end && at.start < e.span.end)) continue;
        // 某某乡租赁和商务服务业产业园: 和 joins two trades inside one park's name, not two parks.
        const headed = SUFFIXES.some((x) => item.name.endsWith(x));
        // 东十里、廿铺、下曲等五个工业园: short names before a park head are each that kind of park
        // (东十里工业园); the head joins the name, the short form stays an alias.
        const kindHead = headed ? undefined : LISTED_PARK_HEAD.exec(list.head)?.[0];
        const min = kindHead ? 2 : 3;
        if (!isPlausibleName(item.name, { min, max: 24 }) || parkReading(sentence.text, item) === 'works')
          continue;
        if (!headed && /^(?:和|及|与)/.test(sentence.text.slice(item.end))) continue;
        // 集装备制造、现代商贸物流等于一体的工业园区: items with no name of their own (trades, functions)
        // say what the park holds, not which parks there are.
        if (!headed && !isDistinctiveBody(item.name.replace(/^集/, ''), placeNames)) continue;
        // 包括镇村规划提升、村容村貌提升、…: items that end in an action are tasks, not areas.
        if (!headed && ACTION_END.test(item.name)) continue;
        if (headed && !isZoneName(item.name, placeNames)) continue;
        const named =
          kindHead && item.name.length <= 4
            ? { span: item, name: item.name + kindHead, aliases: [item.name] }
            : { span: item };
        entities.push(
          entityMention({ label: 'Zone', sentence, ...named, rule: `zone.${list.rule}`, confidence: 0.65 }),
        );
      }
    }
  }
  for (const sentence of ctx.doc.sentences) {
    const inSentence = entities.filter((e) => e.span.start >= sentence.start && e.span.end <= sentence.end);
    if (inSentence.length > 0) entities.push(...siblingZones(sentence, inSentence, placeNames));
  }
  entities.push(...bareHeadZones(ctx.doc.sentences, entities));
  return { entities, relations: [] };
}
