import { sharedScan } from '../extract/sentence-cache';
import { matchHead } from './metric-heads';
import { looseForm, normaliseMetricText } from './metric-text';
import { toCanonicalUnit, type CanonicalFigure } from './metric-units';
import { ANY_UNIT, METRIC_PATTERNS, METRICS, metricByKey, type MetricEntry } from './vocabulary';

/**
 * Normalised phrasing → the level entries it names, in vocabulary order (growth entries are
 * reached through their level). One phrasing may name two metrics told apart by the unit:
 * 土地出让 in 亩 is land supplied, in 元 the revenue from it.
 */
const BY_PHRASING = new Map<string, MetricEntry[]>();
/** The same under the loose form (looseForm): 粮食总产量 and 粮食产量 meet. */
const BY_LOOSE = new Map<string, MetricEntry[]>();
function register(map: Map<string, MetricEntry[]>, phrasing: string, entry: MetricEntry): void {
  const list = map.get(phrasing) ?? [];
  if (!list.includes(entry)) list.push(entry);
  map.set(phrasing, list);
}
for (const entry of METRICS) {
  if (/\.(?:growth|plan-share)$/.test(entry.key)) continue;
  for (const phrasing of entry.synonyms) {
    const { core } = normaliseMetricText(phrasing);
    register(BY_PHRASING, core, entry);
    register(BY_LOOSE, looseForm(core), entry);
  }
}

/** Counts are often written with 数 or 数量: 高新技术企业数, 规上企业总数. */
const COUNT_SUFFIX = /(?:总数|数量|数)$/;
/** Verbs of building, reaching and paying before their object: 建成高标准农田 → 高标准农田, 发放低保金 → 低保金 (not 新增: a flow is not a stock). */
const LEADING_VERB = /^(?:建成|建设|累计|共|拥有|现有|发放)/;
/**
 * A place named before the metric: 经开区规上工业产值, 苏州重点项目. At least two characters
 * before the 区/镇/市, so that 城镇居民 keeps its 城镇.
 */
const PLACE_PREFIX = /^[\u4e00-\u9fa5]{2,5}?(?:街道|镇|乡|区|县|市|园)(?![级内外])/;
/**
 * Words that make the year's additions of what follows: 新增高新技术企业, 新建5G基站,
 * 招引科技型中小企业. Before
 * a stock (stock: true) they name its `.new` entry; before a flow (新增就业, 新建道路) they
 * add nothing.
 */
const ADDITION =
  /^(?:新增|净增|新认定|新获评|新培育|新引进|新招引|新签约|新改扩建|新改建|新建|新开办|新发展|新落户|招引|引进|培育)/;
/**
 * A project's own bare 投资 (投资30亿元的物流基地项目) is its total investment, and its bare
 * 产值 (全面投产后预计产值3000万元) its yearly output once producing; of a town, neither says which.
 */
const PROJECT_OWN = new Map([
  ...['投资', '拟投资', '计划投资', '估算投资', '预算投资', '投资额', '引进投资', '签约引进投资'].map(
    (w): [string, string] => [w, 'investment.project-total'],
  ),
  ['产值', 'project.annual-output'],
  ['税收', 'project.annual-tax'],
]);

/**
 * 年产值, 年实现产值 of no project: a town's or a group's yearly output (特色养殖年产值, 签约企业年
 * 实现产值), not one project's once producing; the head grammar keys it with its words.
 */
const TOWN_OUTPUT = /^年(?:均)?(?:总)?产值$/;
/** 所有村, 每个项目, 每家企业: what each of them reaches. */
const EVERY_MEMBER = /^(?:所有|每个|每家|每一个)/;
/** 占全镇规上工业产值的比重: a share whose part was named before it (the previous figure's), not here. */
const SHARE_OF_UNNAMED = /^占(?!地|用)/;
/** 达产后年可实现产值, 建成投产后: what a project yields once built. */
const ONCE_BUILT = /(?:建成|投产|达产|达效|竣工)/;
/** 某某材料有限公司投资10亿元建设…: a company's investment in what it builds is that project's total. */
const COMPANY_INVESTS = /^.{2,}(?:公司|集团)(?:拟|计划)?投资$/;

export interface MetricMatch {
  entry: MetricEntry;
  /** The figure in the entry's canonical unit. */
  figure: CanonicalFigure;
  /** True when the text states a fall (同比下降3%). */
  decline: boolean;
}

export interface MetricFigure {
  metric: string;
  value: number;
  valueMax?: number | null;
  unit: string;
  /** True when the figure belongs to a project (its 投资 is then its total investment). */
  projectSubject?: boolean;
}

/**
 * The vocabulary entry a figure's metric names, with the figure in the entry's unit; else
 * the head grammar's key (metric-heads.ts); null when the words name no known metric and
 * no head, or when the unit cannot measure it. A rate of
 * change (增长6%, a % with a growth word) gets the growth entry of the metric; a level
 * written in % or a growth in 元 matches nothing.
 */
export function matchMetric(figure: MetricFigure): MetricMatch | null {
  const text = normaliseMetricText(figure.metric);
  // 年产12兆电池组件等 (3个): a list closed by 等 names what it lists, not what is counted.
  if (/等$/.test(text.core)) return null;
  // 所有村集体经营性收入达15万元以上: a bound every member reaches, not the sum of a metric.
  if (EVERY_MEMBER.test(text.core) || SHARE_OF_UNNAMED.test(text.core)) return null;
  const derived = text.growth ? '.growth' : text.planShare ? '.plan-share' : '';
  const ownKey = figure.projectSubject && !derived ? PROJECT_OWN.get(text.core) : undefined;
  const candidates = ownKey
    ? [metricByKey(ownKey)].filter((e): e is MetricEntry => e !== null)
    : levelsOf(text.core);
  for (const level of candidates) {
    if (
      level.key === 'project.annual-output' &&
      !figure.projectSubject &&
      TOWN_OUTPUT.test(text.core) &&
      !ONCE_BUILT.test(figure.metric)
    )
      continue;
    const entry = derived ? metricByKey(level.key + derived) : level;
    if (!entry) continue;
    const match = inUnit(entry, figure);
    if (match) return { ...match, decline: text.growth && text.decline };
  }
  // No entry names it: the noun that closes it and its measure word may (metric-heads.ts).
  // A plan share of what no entry names is a rate only when it says so (土地盘活完成率).
  const rate = text.planShare && /(?:率|比例)$/.test(figure.metric.trim());
  if (text.planShare && !rate) return null;
  const stated = { value: figure.value, valueMax: figure.valueMax ?? null, unit: figure.unit };
  const core = rate ? `${text.core}完成率` : text.core;
  const head = matchHead({ core, growth: text.growth, figure: stated });
  return head ? { ...head, decline: text.growth && text.decline } : null;
}

function inUnit(entry: MetricEntry, figure: MetricFigure): Omit<MetricMatch, 'decline'> | null {
  const stated = { value: figure.value, valueMax: figure.valueMax ?? null, unit: figure.unit };
  if (entry.unit === ANY_UNIT) return { entry, figure: stated };
  const canonical = toCanonicalUnit(stated, { canonicalUnit: entry.unit, otherUnits: entry.units });
  return canonical ? { entry, figure: canonical } : null;
}

/**
 * `levelsOfCore`, once per phrasing: a corpus states the same few hundred metrics over and
 * over, and each lookup tries up to a dozen variants of the phrasing.
 */
const levelsOf = sharedScan(levelsOfCore, { freeze: 'shallow' });

/**
 * The level entries a normalised phrasing names, best first: the phrasing itself, then
 * the same without what stands before the metric (a reaching verb, a level of government,
 * a place, a verb of building), then the additions to a stock or a flow (新增…), then the
 * shapes (年产…). The first step that names anything wins.
 */
function levelsOfCore(core: string): readonly MetricEntry[] {
  for (const variant of variantsOf(core)) {
    const found = lookup(variant);
    if (found.length > 0) return found;
  }
  if (COMPANY_INVESTS.test(core))
    return [metricByKey('investment.project-total')].filter((e): e is MetricEntry => e !== null);
  const owned = lookup(afterOwner(core)).filter((e) => e.family === 'project-figure');
  if (owned.length > 0) return owned;
  const addition = ADDITION.exec(core);
  if (addition) {
    const rest = core.slice(addition[0].length);
    for (const variant of variantsOf(rest)) {
      // A flow in 元 after 新增 is an increment (新增税收), not the flow: only the additions to a
      // stock, and counts and areas (新增造林), pass.
      const entries = lookup(variant)
        .map((e) =>
          e.additions ? metricByKey(e.additions) : e.kind === 'count' || e.kind === 'area' ? e : null,
        )
        .filter((e): e is MetricEntry => e !== null);
      if (entries.length > 0) return entries;
    }
  }
  // 建设年产量…生产线: a shape after a verb of building is the shape (年产… is a capacity).
  const built = core.replace(LEADING_VERB, '');
  return METRIC_PATTERNS.filter((p) => p.pattern.test(core) || p.pattern.test(built))
    .map((p) => metricByKey(p.key))
    .filter((e): e is MetricEntry => e !== null)
    .slice(0, 1);
}

function variantsOf(core: string): string[] {
  // A place is looked for after 新增, never across it. After a place, the scope and verbs that
  // follow it go too: 某某镇全年实现GDP → GDP. A level of government (省级, 市级以上, 村级) is
  // never dropped: 省级专精特新企业 is fewer than all 专精特新企业, so a phrasing with a level
  // the vocabulary does not list falls to the head grammar, whose key keeps the words.
  const prefixed = ADDITION.test(core) ? [] : [normaliseMetricText(core.replace(PLACE_PREFIX, '')).core];
  return [
    core,
    afterReachingVerb(core),
    subjectAndMeasure(core),
    scopeAndMeasure(core),
    withoutInnerVerb(core),
    // 高标准农田项目建设面积: the 项目 of a works programme says nothing of what is measured.
    core.replace(/(?<=.{2})项目(?=建设(?:面积|任务|规模)?$)/, ''),
    eventFirst(core),
    core.replace(LEADING_VERB, ''),
    // 街道园区外土地收储, 街道地方财政总收入: the unit of government or the side of its park that
    // reports the figure, said bare; what follows must itself be a phrasing.
    core.replace(/^(?:街道|乡镇)?(?:[\u4e00-\u9fa5]{0,4}?(?:园区|开发区|工业园)[内外]的?)?/, ''),
    ...prefixed,
  ].filter((v, i, all) => v !== '' && all.indexOf(v) === i);
}

/**
 * What follows the last 完成 or 实现 inside a longer phrase, when what precedes it is
 * not a narrower subject (企业, 楼宇, 项目): 经济发展量质并举2019年完成一般公共预算收入 →
 * 一般公共预算收入, but not 限上零售企业实现社会消费品零售总额 (a part of the total).
 */
function afterReachingVerb(core: string): string {
  const m = /^(.*)(?:完成|实现)(.{4,})$/.exec(core);
  if (!m || /企业|楼宇|项目|园区|公司/.test(m[1] ?? '')) return '';
  return m[2] ?? '';
}

/**
 * A group of enterprises, a reaching verb and what they reach, read as one metric:
 * 规上工业企业实现总产值 → 规上工业企业总产值, 高新技术企业完成产值 → 高新技术企业产值.
 */
function subjectAndMeasure(core: string): string {
  const m = /^(.{2,}企业)(?:累计)?(?:完成|实现|达到|创造|贡献)(.{2,})$/.exec(core);
  return m ? `${m[1]}${m[2]}` : '';
}

/**
 * The statistical scope of such a group with what it reaches: 限上商贸企业实现批发零售业商品
 * 销售额 → 限上批发零售业商品销售额 (限上 and 规上 say which units the statistics count).
 */
function scopeAndMeasure(core: string): string {
  const m = /^(限上|规上).{0,6}企业(?:累计)?(?:完成|实现|达到)(.{2,})$/.exec(core);
  return m ? `${m[1]}${m[2]}` : '';
}

/**
 * Whoever reaches a measure, read as one metric whatever the subject: 第一产业实现增加值 →
 * 第一产业增加值, 规上服务业企业实现营业收入 → 规上服务业企业营业收入. The result must still be
 * a phrasing of the vocabulary, so 商务楼宇实现税收 (商务楼宇税收) names nothing.
 */
function withoutInnerVerb(core: string): string {
  const m = /^(.{2,}?)(?:累计)?(?:实现|完成|达到)(.{2,})$/.exec(core);
  return m ? `${m[1]}${m[2]}` : '';
}

/**
 * Projects named before what happened to them: 亿元以上项目新签约 → 签约亿元以上项目,
 * 重点项目开工 → 开工重点项目, the order the vocabulary lists them in.
 */
function eventFirst(core: string): string {
  const m =
    /^(.{2,}项目)(?:全面|顺利|正式|集中|陆续|已经|已)?新?(签约|签订|签|开工|竣工|投产|落地|破土动工|动工)$/.exec(
      core,
    );
  if (!m) return '';
  const said = m[2] ?? '';
  const event = said.startsWith('签') ? '签约' : /动工$/.test(said) ? '开工' : said;
  return `${event}${m[1] ?? ''}`;
}

/**
 * What a single project or company states after its name: 某某新材料项目总投资 → 总投资,
 * 某某科技公司年产值 → 年产值 (the caller keeps only project figures). Not after a group of
 * projects, whose 总投资 is a metric of its own (新开工项目总投资).
 */
function afterOwner(core: string): string {
  // Not 企业: 入驻企业, 亿元产值企业 are groups far more often than one company.
  const m = /^(.{2,}(?:项目|公司|工程|基地|产业园))(.{2,})$/.exec(core);
  const owner = m?.[1] ?? '';
  if (!m || GROUP_OF_PROJECTS.test(owner) || GROUP_BY_EVENT.test(owner) || LEVEL.test(owner)) return '';
  return normaliseMetricText(m[2] ?? '').core;
}
/** 引进优质产业项目, 新签约工业项目: projects named by what happened to them are a group. */
const GROUP_BY_EVENT = /^(?:新)?(?:引进|招引|签约|开工|竣工|投产|储备|谋划|入库|集中)/;
/** 村级建设项目, 省级以上工程: projects named by their level of government are a group. */
const LEVEL = /(?:国家|省|市|区|县|镇|乡|村)级/;
const GROUP_OF_PROJECTS =
  /(?:开工|签约|储备|重点|重大|竣工|投产|引进|招引|在建|续建|类|入库|入驻|集中|新建|以上|这些|各|等|个|的|批|规上|限上|上市|高新技术|科技型|亿元)(?:项目|企业|公司)$|、/;

function lookup(core: string): MetricEntry[] {
  if (core === '') return [];
  return (
    BY_PHRASING.get(core) ??
    BY_PHRASING.get(core.replace(COUNT_SUFFIX, '')) ??
    BY_LOOSE.get(looseForm(core)) ??
    BY_PHRASING.get(looseForm(core, 2)) ??
    []
  );
}
