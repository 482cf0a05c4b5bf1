import { tokenize } from './name-segment';
import { SURNAMES } from './people-roles';
import { tradeWordsOnly } from './enterprise-names';

/**
 * Heads of venues and public works: a project so named is built, not a company's product
 * (conventions: 医疗中心, 酒店, 广场, 产业园 are projects only).
 */
const VENUE_OR_WORKS =
  /(园|区|中心|广场|酒店|宾馆|庄园|学校|医院|市场|小镇|公园|景区|村|路|桥|街|楼|馆|站|小区|驿站|集市|改造|建设|整治|提升|治理|修复|工程)$/;

/** Places, roads, mines and the words of a list or a status: no product of a company. */
const NOT_A_PRODUCT =
  /[镇村乡\d]|[一二三四五六七八九十]期|投资|高速|公路|铁路|矿|开发|拓宽|开工|板块|一批|重大|重点/;

/** Words that describe a kind of works and that the dictionary may tag as a name (智慧停车场). */
const DESCRIPTIVE =
  /^(智慧|智能|数字|绿色|生态|现代|特色|美丽|文旅|农旅|康养|休闲|高端|新型|综合|城乡|乡村|田园|阳光|幸福|未来)/;

/** Measure words that count far more often than they name: 个, 家, 项, 批… */
const MEASURES = /[个家项批座条名位次种类些]/;

/** Characters that are function words far more often than a part of a brand. */
const FUNCTION_CHARS = /[的地得了着过与和及或并又也都就才在于为是把被将向从以对等之其该这那]/;

/**
 * A brand before its product: the words a dictionary does not know (a brand falls apart
 * into single characters, or is tagged a person's or a proper name), then the product in
 * dictionary words. 东特传动减速机 → 东特, 鸿祥药品生产 → 鸿祥; 高标准农田, 城南污水处理厂
 * and 金山湖度假区 hold no brand.
 * Example: 投资1亿元的东特传动减速机项目正抓紧对接。
 */
export function brandBeforeProduct(body: string): string | null {
  const tokens = tokenize(body);
  let length = 0;
  let k = 0;
  for (; k < tokens.length; k += 1) {
    const token = tokens[k];
    if (!token || !/^[\u4e00-\u9fa5]+$/.test(token.word)) break;
    // Function words and numerals join clauses, they are no part of a brand (二是, 府与, 聚力于).
    // A single character the dictionary tags a measure word with no numeral before it is a
    // brand's character (微集电, 天奇): 集 and 天 count nothing there.
    const looseMeasure =
      token.tag === 'q' &&
      token.word.length === 1 &&
      tokens[k - 1]?.tag !== 'm' &&
      !MEASURES.test(token.word);
    if ((/^[pcumrqyeo]/.test(token.tag) && !looseMeasure) || FUNCTION_CHARS.test(token.word)) break;
    // Three-character words tagged names are as often products (小龙虾) as brands: left out.
    const odd = token.word.length === 1 || (token.word.length === 2 && /^(nr|nz|ns)/.test(token.tag));
    if (!odd || length + token.word.length > 4) break;
    length += token.word.length;
  }
  const product = body.slice(length);
  const next = tokens[k];
  if (length < 2 || product.length < 2 || !next || next.word.length < 2) return null;
  // The product is named by nouns: a verb, an adverb or a pronoun after the brand is a clause.
  if (/^[vdpcurmqf]/.test(next.tag) && !/^vn/.test(next.tag)) return null;
  if (tokens.slice(k).some((t) => t.word.length === 1 && FUNCTION_CHARS.test(t.word))) return null;
  if (VENUE_OR_WORKS.test(product) || NOT_A_PRODUCT.test(product)) return null;
  // 做强做优: two verbs in a row are a slogan, not a brand.
  if (tokens.slice(0, k).filter((t) => /^v/.test(t.tag)).length > 1) return null;
  // A lone word tagged a name (辉瑞) stands on its own; single characters need two.
  if (k === 1 && !/^(nr|nz)/.test(tokens[0]?.tag ?? '')) return null;
  // 枫林新材料: the dictionary splits 新 from 材料, but 新材料 is one trade word, so the brand
  // ends before it.
  const brand =
    length >= 3 && tradeWordsOnly(body.slice(length - 1)) ? body.slice(0, length - 1) : body.slice(0, length);
  // 稻虾共养, 文旅综合体: common nouns one character each are a kind of product, not a brand.
  if (tokens.slice(0, k).every((t) => t.tag === 'n') || DESCRIPTIVE.test(brand)) return null;
  return brand;
}

/**
 * A whole brand of two to four characters, each a single character or a two-character word
 * tagged a person's or a proper name: 欣旺达, 东特; not 今年, 该镇, 企业.
 */
export function oddBrand(name: string): boolean {
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(name) || DESCRIPTIVE.test(name)) return false;
  const tokens = tokenize(name);
  // One word tagged a proper name (宏福) is a brand on its own, one tagged a person's name is
  // not; two or three characters after a surname read as a person (王建国投资建起养殖场).
  const lone = tokens.length === 1 && /^nz/.test(tokens[0]?.tag ?? '');
  if (!lone && name.length <= 3 && SURNAMES.has(name[0] ?? '')) return false;
  return (
    (tokens.length >= 2 || lone) &&
    tokens.every(
      (t) =>
        !/^[pcumrqyeft]/.test(t.tag) &&
        !FUNCTION_CHARS.test(t.word) &&
        (t.word.length === 1 || (t.word.length === 2 && /^(nr|nz)/.test(t.tag))),
    ) &&
    !tokens.every((t) => t.tag === 'n')
  );
}
