import data from './metric-heads.json';
import { toCanonicalUnit, type CanonicalFigure } from './metric-units';
import type { MetricEntry, MetricKind } from './vocabulary';

/**
 * The head grammar (metric-heads.json): a figure no vocabulary entry names is keyed by the
 * noun that closes its phrasing and the measure word it is stated in. 新增农业深加工企业5家
 * closes on 企业 and counts in 家: `enterprises:新增农业深加工企业`. The phrasing stays in the
 * key because a goal and its answer must name the same thing: 投产企业 and 新增农业深加工企业
 * are both counts of enterprises, and neither answers the other.
 */

interface RawHead {
  key: string;
  label: string;
  kind: string;
  unit: string;
  measures: string[];
  synonyms: string[];
  /** Verbs that make any object a figure of the head in its measure: 种植水稻 in 亩 is an area. */
  prefixes?: string[];
  /** Measure words that name the head on their own: whatever is held in 场 is an event. */
  alone?: string[];
  growth?: boolean;
  family: string;
}

interface Head {
  entry: MetricEntry;
  /** Closing nouns, longest first, so that 总投资 wins over 投资. */
  nouns: readonly string[];
  prefixes: readonly string[];
  alone: readonly string[];
  measures: readonly string[];
  growth: MetricEntry | null;
}

function headEntry(raw: RawHead, kind: MetricKind, growth: boolean): MetricEntry {
  return {
    key: growth ? `${raw.key}.growth` : raw.key,
    label: growth ? `${raw.label}增长` : raw.label,
    kind: growth ? 'growth' : kind,
    unit: growth ? '%' : raw.unit,
    units: growth ? [] : raw.measures.filter((m) => m !== raw.unit),
    synonyms: [],
    stock: false,
    additions: null,
    family: raw.family,
  };
}

const KINDS: readonly MetricKind[] = ['level', 'count', 'area', 'ratio'];
function kindOf(raw: RawHead): MetricKind {
  const kind = KINDS.find((k) => k === raw.kind);
  // A malformed head is our bug, caught by the head grammar's own test on load.
  if (!kind) throw new Error(`metric head ${raw.key}: unknown kind ${raw.kind}`);
  return kind;
}

const HEADS: readonly Head[] = (data.heads as RawHead[]).map((raw) => ({
  entry: headEntry(raw, kindOf(raw), false),
  nouns: [...raw.synonyms].sort((a, b) => b.length - a.length),
  prefixes: raw.prefixes ?? [],
  alone: raw.alone ?? [],
  measures: raw.measures,
  growth: raw.growth ? headEntry(raw, kindOf(raw), true) : null,
}));

/** The head entries themselves (`enterprises`, `output.growth` …), listed with the vocabulary. */
export const HEAD_ENTRIES: readonly MetricEntry[] = HEADS.flatMap((h) =>
  h.growth ? [h.entry, h.growth] : [h.entry],
);
const HEAD_BY_KEY = new Map(HEAD_ENTRIES.map((e) => [e.key, e]));

/** 高新技术企业数, 村数量, 大学生人数: a count's closing 数 says nothing of what is counted. */
const COUNT_SUFFIX = /(?:总数|数量|个数|人数|数)$/;
/** 商务楼宇实现税收, 某园区总营收: a reaching verb or a 总 between the subject and its head. */
const BEFORE_HEAD = /(?:累计)?(?:实现|完成|达到|创造|贡献|上缴|缴纳)?(?:的)?(?:总)?$/;
/** Before 投资 a 完成 stays: investment completed (spent) is not investment planned. */
const BEFORE_INVESTMENT = /(?:的)?(?:总)?$/;
/**
 * Phrasings the grammar leaves alone: lists (、, 等) and clauses (punctuation), figures per
 * head or per area (人均税收, 亩均产值: an average is no amount of the head), and
 * modifiers that say nothing of what is counted (其他企业).
 */
const NOT_A_MODIFIER = /[，,；;。：:、/()（）]|等|人均|户均|亩均|村均|平均|年均|^(?:每|单位)/;
/**
 * Words before a head that show the words were cut from a sentence, not a metric: another
 * figure inside (入驻7家企业总投资), an enumeration (二是税收收入), a phase or a round (第二期开发
 * in 亩 is where, not what), a pronoun or a clause's
 * verb (该公司此前投资, 我们计划新发展产业基地, 配合某某与某某电站), a dateline (某某讯).
 */
const CUT_FROM_A_SENTENCE =
  /\d+(?:个|家|项|名|人|户|条|座|所|栋|幢|台|场)|^第[一二三四五六七八九十\d]+(?:期|批|次|届|轮)|以[^为]{1,8}为|^[一二三四五六七八九十]+是|我|该|此|就|与|和|并|把|被|将|对|向|从|由|在(?!建|库|谈|营|册|岗|校|役|线)|讯|已|拥|谋划|推进|确定|本次|今日|记者|其中|以赴/;
const EMPTY_MODIFIER = /^(?:其他|其它|相关|有关|主要|总|新|共|合计|累计|全部|年|年度|当年|全年)?$/;
const LONGEST_MODIFIER = 14;

export interface HeadMatch {
  entry: MetricEntry;
  figure: CanonicalFigure;
}

/**
 * The head entry of a normalised phrasing (`core`, see normaliseMetricText) stated in
 * `unit`, keyed by the phrasing; null when no head closes it in a measure it accepts, or
 * when what stands before the head is no modifier of it.
 */
export function matchHead(options: {
  core: string;
  growth: boolean;
  figure: { value: number; valueMax: number | null; unit: string };
}): HeadMatch | null {
  const { core, growth, figure } = options;
  for (const head of HEADS) {
    const entry = growth ? head.growth : head.entry;
    if (!entry) continue;
    if (!growth && !head.measures.includes(figure.unit)) continue;
    if (growth && figure.unit !== '%') continue;
    const phrase = head.entry.kind === 'count' ? eventFirst(core.replace(COUNT_SUFFIX, '')) : core;
    const noun =
      head.nouns.find((n) => phrase.endsWith(n)) ??
      (headedByVerb(head, phrase) || namedByMeasure(head, phrase, figure.unit) ? '' : null);
    if (noun === null) continue;
    const before = phrase.slice(0, phrase.length - noun.length);
    // Only an amount is reached (实现税收); 完成建设企业 and 应建尽建完成率 keep their verb.
    const reaching = noun.includes('投资') ? BEFORE_INVESTMENT : BEFORE_HEAD;
    const modifier = (head.entry.kind === 'level' ? before.replace(reaching, '') : before).replace(/的/g, '');
    if (EMPTY_MODIFIER.test(modifier) || NOT_A_MODIFIER.test(modifier)) continue;
    if (CUT_FROM_A_SENTENCE.test(modifier)) continue;
    if (modifier.length > LONGEST_MODIFIER || !/[\u4e00-\u9fa5]/.test(modifier)) continue;
    const canonical = growth
      ? { value: figure.value, valueMax: figure.valueMax, unit: '%' }
      : toCanonicalUnit(figure, { canonicalUnit: entry.unit, otherUnits: entry.units });
    if (!canonical) continue;
    return { entry: phraseEntry(entry, `${modifier}${noun}`), figure: canonical };
  }
  return null;
}

/**
 * What happened to projects or enterprises, said after them, goes before them, where the head
 * can close the phrasing: 市级产业类项目竣工投产 → 竣工投产市级产业类项目.
 */
function eventFirst(phrase: string): string {
  const m =
    /^(.{2,}(?:项目|企业))(?:全面|顺利|正式|集中|陆续|已经|已)?(新?(?:签约|开工|竣工投产|竣工|投产|落地|入库|建成投产|建成|落户|入驻|破土动工|动工))$/.exec(
      phrase,
    );
  if (!m) return phrase;
  // 破土动工 and 动工 are 开工 said another way.
  const event = /动工$/.test(m[2] ?? '') ? '开工' : (m[2] ?? '');
  return `${event}${m[1] ?? ''}`;
}

/** 种植水稻 (亩), 举办直播带货 (场): a verb of the head before its object, in the head's own measure. */
function headedByVerb(head: Head, phrase: string): boolean {
  return head.prefixes.some((p) => phrase.startsWith(p) && phrase.length >= p.length + 2);
}

/**
 * 流转土地用于稻鸭共育 (亩), 直播带货 (场): a measure word that names the head on its own, after
 * words that are neither a bare verb of reaching (累计吸引, 全面建成), nor a place (某某村 in 亩
 * is a village's land, cut from its sentence), nor another measure (水果产量 in 亩 is a slip).
 */
function namedByMeasure(head: Head, phrase: string, unit: string): boolean {
  return head.alone.includes(unit) && phrase.length >= 3 && !ENDS_AS_CLAUSE.test(phrase);
}
const ENDS_AS_CLAUSE =
  /(?:建成|完成|实现|达到|吸引|开工|竣工|投产|入库|落地|签约|启动|推进|新增|村|镇|乡|街道|社区|区|县|市|量|值|收入|投资|税收|数|率)$/;

function phraseEntry(head: MetricEntry, phrase: string): MetricEntry {
  const growth = head.kind === 'growth';
  return { ...head, key: `${head.key}:${phrase}`, label: growth ? `${phrase}增长` : phrase };
}

/** The entry of a key the head grammar gave (`projects:推介招商项目`), null for any other key. */
export function headEntryOfKey(key: string): MetricEntry | null {
  const at = key.indexOf(':');
  if (at < 0) return null;
  const head = HEAD_BY_KEY.get(key.slice(0, at));
  const phrase = key.slice(at + 1);
  return head && phrase !== '' ? phraseEntry(head, phrase) : null;
}
