import { tokenize } from './name-segment';
import { isGenericBody } from './name-scan';

/** Legal forms that end a registered enterprise name, longest first. */
export const LEGAL_FORMS = [
  '集团股份有限公司',
  '集团有限公司',
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团',
  '公司',
];

/** Trade words that follow the distinctive part of a name: 鹏辰 + 新材料科技. */
const TRADE_WORDS = [
  '新材料',
  '材料',
  '科技',
  '纺织',
  '整理',
  '电子',
  '电气',
  '机械',
  '化工',
  '医药',
  '药业',
  '生物',
  '信息',
  '技术',
  '智能',
  '实业',
  '投资',
  '发展',
  '控股',
  '贸易',
  '物流',
  '建设',
  '工程',
  '环保',
  '环境技术',
  '环境科技',
  '环境工程',
  '能源',
  '汽车',
  '装备',
  '制造',
  '精密',
  '液压',
  '医疗',
  '器械',
  '纤维',
  '冷链',
  '农业',
  '食品',
  '服装',
  '印染',
  '光电',
  '新能源',
  '合成',
  '传媒',
  '新材',
  '塑业',
  '机电',
  '电器',
  '家具',
  '环保',
  '铝业',
  '钢铁',
  '特钢',
  '化纤',
  '化学',
  '制药',
  '生物科技',
  '光学',
  '科创',
  '实业',
  '有色',
  '金属',
  '五金',
  '建材',
  '再生资源',
  '合金',
  '轻合金',
  '胶粘',
  '塑业',
  '木业',
  '纸业',
  '包装',
  '农牧',
  '牧业',
  '渔业',
  '茶业',
  '酒业',
  '陶瓷',
  '玻璃',
  '钢构',
  '管业',
  '线缆',
  '电缆',
  '光伏',
  '电池',
  '储能',
  '半导体',
  '微电子',
  '电工',
  // Further industry words of the same registered-name slot, as company lists in town news
  // and investment reports use them (某某重工, 某某汽配, 某某置业); product words that lists
  // also name as goods (水泥, 饲料, 模具) stay out, a count of products is not of companies.
  '重工',
  '汽配',
  '服饰',
  '家纺',
  '丝绸',
  '织造',
  '制衣',
  '热电',
  '燃气',
  '置业',
  '商贸',
  '供应链',
  '软件',
  '数码',
  '船舶',
  '印务',
  '塑胶',
  // Listed companies are called by brand and 股份 (某某股份), as 集团 closes a group's name.
  '股份',
];

/**
 * The short names a full enterprise name is later called by, longest first:
 * 吴江市南华纺织整理厂 → 南华纺织整理厂, 南华纺织整理, 南华纺织, 南华.
 */
export function shortNames(fullName: string): string[] {
  // Banks are called by their full name, at most without the national prefix: 中国工商银行 → 工商银行.
  if (fullName.endsWith('银行'))
    return fullName.startsWith('中国') && fullName.length >= 6 ? [fullName.slice(2)] : [];
  const form = LEGAL_FORMS.find((f) => fullName.endsWith(f) && fullName.length > f.length + 1);
  let core = form ? fullName.slice(0, -form.length) : fullName;
  // 常州华星光学 → 华星光学, 广西宜州兆业丝绸 → 兆业丝绸 (a province, then a city). A single
  // character (青 of 青禾) or a place word before trade words alone (枫林新材料) is the brand
  // itself, not where the company is.
  for (let round = 0; round < 2; round += 1) {
    const lead = tokenize(core)[0];
    if (
      !lead ||
      lead.tag !== 'ns' ||
      lead.word.length < 2 ||
      core.length - lead.word.length < 2 ||
      tradeWordsOnly(core.slice(lead.word.length))
    )
      break;
    core = core.slice(lead.word.length);
  }
  const shorts = new Set<string>();
  // 森根科技(浙江)有限公司: the bracketed place says where the company is registered; the
  // brand before it is the short name (森根科技), and so is the name without it.
  const bracketed = /^(.{2,}?)[（(][\u4e00-\u9fa5]{2,4}[)）](.*)$/.exec(core);
  if (bracketed) {
    shorts.add(core);
    shorts.add(bracketed[1] ?? '');
    core = `${bracketed[1] ?? ''}${bracketed[2] ?? ''}`;
  }
  if (!form && core !== fullName) shorts.add(core);
  if (fullName.endsWith('厂') && !form) shorts.add(core.slice(0, -1));
  if (form) shorts.add(core);
  let tail = core.replace(/厂$/, '');
  for (let changed = true; changed;) {
    changed = false;
    const ye = endsWithIndustryYe(tail) ? tail.slice(-2) : undefined;
    // 盈旺新能源 → 盈旺: the longest trade word ending the name is cut whole (新能源, not 能源);
    // one made of two trade words (生物科技) is cut a word at a time, each short name kept.
    const words = TRADE_WORDS.filter((w) => tail.endsWith(w) && tail.length - w.length >= 2).sort(
      (a, b) => b.length - a.length,
    );
    const whole = words.find(
      (w) => !words.some((o) => o.length < w.length && tradeWordsOnly(w.slice(0, -o.length))),
    );
    const word = whole ?? ye;
    if (word) {
      tail = tail.slice(0, -word.length);
      shorts.add(tail);
      changed = true;
    }
  }
  shorts.delete(fullName);
  return [...shorts].filter((s) => s.length >= 2);
}

/** Whether a string is made of trade words alone (科技, 冷链物流): an industry, not a name. */
export function tradeWordsOnly(text: string): boolean {
  if (text.length === 0) return true;
  return TRADE_WORDS.some((w) => text.startsWith(w) && tradeWordsOnly(text.slice(w.length)));
}

/**
 * Companies name their line of business by one character and 业 (米业, 钙业, 鞋业, 竹业):
 * the family is open, so it is a pattern; these words with 业 name a sector or an activity
 * instead (农业, 企业, 就业, 物业…).
 */
const SECTOR_YE = new Set([...'农工企产行就创商事专物作营职学毕开伟基家霸大主副林渔牧']);

function endsWithIndustryYe(name: string): boolean {
  const m = /([\u4e00-\u9fa5])业$/.exec(name);
  return m !== null && !SECTOR_YE.has(m[1] ?? '') && name.length >= 4;
}

/** A short name that ends with a trade word reads as a company: 百鸿智能电气, 港虹纤维, 京和米业. */
export function looksLikeCompany(name: string): boolean {
  // Asked for every reading of every clause: a set lookup per trade-word length, not a scan of the list.
  if (name.length > 10 || NOT_A_COMPANY_TAIL.test(name)) return false;
  for (const length of TRADE_WORD_LENGTHS) {
    if (name.length - length >= 2 && TRADE_WORD_SET.has(name.slice(-length)))
      // 新能源电池, 智能装备制造: trade words alone name an industry, not a company.
      return !tradeWordsOnly(name.slice(0, -length));
  }
  return endsWithIndustryYe(name);
}

const NOT_A_COMPANY_TAIL = /(项目|工程|改造|建设)$/;
const TRADE_WORD_SET = new Set(TRADE_WORDS);
const TRADE_WORD_LENGTHS = [...new Set(TRADE_WORDS.map((w) => w.length))];

/**
 * Heads of works, venues and facilities: a project so named is built, not run under a
 * company's name (conventions: 医疗中心, 酒店, 广场, 产业园 are projects only).
 */
const FACILITY_HEAD =
  /(项目|工程|园|区|中心|基地|厂房|车间|路|桥|街|小区|广场|酒店|宾馆|学校|医院|馆|站|公园|市场|大厦|楼|城|港|谷|庄园|农庄|小镇|村|湾|线|场|所|院|仓|库|综合体|工厂|改造|整治|提升|建设|扩建|新建|改建|迁建|续建|技改|修复|治理|服务|设施|住房|管网|道路|水库|码头|防汛|拓浚|疏浚|[一二三四五六七八九十]期)$/;

/**
 * A bare trade name, as projects are listed by the company that builds them (华宇科技、
 * 诺德等项目): no head of works, and at least one piece jieba does not know as a common
 * word (a brand falls apart into single characters, or is tagged a proper noun).
 */
export function looksLikeBrand(name: string): boolean {
  if (looksLikeCompany(name)) return true;
  if (!/^[\u4e00-\u9fa5A-Za-z]{2,8}$/.test(name) || FACILITY_HEAD.test(name) || isGenericBody(name))
    return false;
  // 新能源电池, 智能装备: a brand comes before the trade words; a string that opens with one names
  // an industry or a product.
  if (TRADE_WORDS.some((w) => name.startsWith(w))) return false;
  // Roads, mines and processing lines are works; 项目 inside a name is a phrase cut short;
  // 某某PPP, 某某EPC: works under a way of contracting, not a brand's letters.
  if (/(高速|干道|公路|铁路|矿|开发|加工|PPP|EPC|BOT|BOO|TOT)$|项目/.test(name)) return false;
  // 龙泉镇柑橘深加工, 东湾村民宿: a place's own works, named after the place.
  if (/[镇村乡]|街道|社区/.test(name)) return false;
  return tokenize(name).some(
    (t) => (t.word.length === 1 && /[\u4e00-\u9fa5]/.test(t.word)) || /^(nr|nz|nt|eng)/.test(t.tag),
  );
}

/**
 * The company at the head of a project named company + product or unit (树丰机械制造项目,
 * 盘珂实业跨境冷链产业园): a brand of two to four characters, a trade word, then more.
 * A place in front (渭南市…) is where the company is, not its name.
 */
export function companyAtHead(name: string): string | null {
  const body = name.replace(/^[\u4e00-\u9fa5]{2,3}?[省市县区](?=[\u4e00-\u9fa5]{5})/, '');
  // The body's word breaks, segmented only once a trade word stands where a brand can end:
  // most bodies hold none there.
  let breaks: Set<number> | null = null;
  const yeWords = industryYeWords(body);
  for (const word of [...TRADE_WORDS, ...yeWords]) {
    const at = body.indexOf(word);
    if (at < 2 || at > 4 || body.length - at - word.length < 2) continue;
    // 再生物资 holds 生物 across its words: a trade word starts on a word break. A word of
    // the 业 family is read whole by no dictionary (丰/牧牛业): its place is enough.
    breaks ??= new Set(tokenize(body).flatMap((t) => [t.start, t.end]));
    if (!breaks.has(at) && !yeWords.includes(word)) continue;
    const brand = body.slice(0, at);
    const pieces = tokenize(brand);
    // A pair the dictionary tags onomatopoeia (隆通, 嘟嘟) is a brand's sound, as a name is.
    if (!pieces.every((t) => t.word.length === 1 || /^(nr|nz|nt|ns|o$)/.test(t.tag))) continue;
    // 酷尔环保科技生产基地: trade words in a row all belong to the name.
    let end = at + word.length;
    for (let next = nextTradeWord(body, end); next; next = nextTradeWord(body, end)) {
      if (body.length - end - next.length > 0 && !CLOSING_TRADE_WORDS.has(next)) break;
      end += next.length;
    }
    // 西太湖科技产业园, 某某电池储能产业园: a park named by its industry, not by a company.
    let rest = body.slice(end);
    for (let next = nextTradeWord(rest, 0); next; next = nextTradeWord(rest, 0))
      rest = rest.slice(next.length);
    if (/^(产业园|工业园|园区|园|基地|小镇)/.test(rest)) return null;
    return body.slice(0, end);
  }
  return null;
}

/** The one-character-and-业 trade words of a name (丰牧牛业扩建项目 → 牛业): an open family. */
function industryYeWords(body: string): string[] {
  return [...body.slice(0, 6).matchAll(/(?<=^[\u4e00-\u9fa5]{2,4})[\u4e00-\u9fa5]业/g)]
    .map((m) => m[0])
    .filter((word) => !SECTOR_YE.has(word[0] ?? ''));
}

/** Trade words that close a company's name after another one (酷尔环保科技, 百鸿智能电气). */
const CLOSING_TRADE_WORDS = new Set(['科技', '实业', '发展', '控股', '技术', '电气', '电子', '生物', '股份']);

function nextTradeWord(text: string, at: number): string | undefined {
  return TRADE_WORDS.filter((w) => text.startsWith(w, at)).sort((a, b) => b.length - a.length)[0];
}
