import { normaliseMetricText } from './metric-text';
import { toCanonicalUnit, type CanonicalFigure } from './metric-units';
import { ANY_UNIT, METRIC_PATTERNS, METRICS, metricByKey, type MetricEntry } from './vocabulary';

/** Normalised phrasing → the level entry it names (growth entries are reached through their level). */
const BY_PHRASING = new Map<string, MetricEntry>();
for (const entry of METRICS) {
  if (/\.(?:growth|plan-share)$/.test(entry.key)) continue;
  for (const phrasing of entry.synonyms) {
    const { core } = normaliseMetricText(phrasing);
    if (!BY_PHRASING.has(core)) BY_PHRASING.set(core, entry);
  }
}

/** Counts are often written with 数 or 数量: 高新技术企业数, 规上企业总数. */
const COUNT_SUFFIX = /(?:总数|数量|数)$/;
/** Verbs of building and reaching before what they build: 建成高标准农田 → 高标准农田 (not 新增: a flow is not a stock). */
const LEADING_VERB = /^(?:建成|建设|累计|共|拥有|现有)/;
/** A level of government before a count of projects: 省级重点产业类项目, 句容市级以上重点项目. */
const LEVEL_PREFIX = /^.{0,4}?(?:省|市|区|县|镇)级(?:以上)?/;

export interface MetricMatch {
  entry: MetricEntry;
  /** The figure in the entry's canonical unit. */
  figure: CanonicalFigure;
  /** True when the text states a fall (同比下降3%). */
  decline: boolean;
}

/**
 * The vocabulary entry a figure's metric names, with the figure in the entry's unit; null
 * when the words name no known metric, or when the unit cannot measure it. A rate of
 * change (增长6%, a % with a growth word) gets the growth entry of the metric; a level
 * written in % or a growth in 元 matches nothing.
 */
export function matchMetric(figure: {
  metric: string;
  value: number;
  valueMax?: number | null;
  unit: string;
}): MetricMatch | null {
  const text = normaliseMetricText(figure.metric);
  const level =
    lookup(text.core) ??
    lookup(afterReachingVerb(text.core)) ??
    lookup(text.core.replace(LEVEL_PREFIX, '')) ??
    lookup(text.core.replace(LEADING_VERB, '')) ??
    METRIC_PATTERNS.filter((p) => p.pattern.test(text.core)).map((p) => metricByKey(p.key))[0];
  if (!level) return null;
  const derived = text.growth ? '.growth' : text.planShare ? '.plan-share' : '';
  const entry = derived ? metricByKey(level.key + derived) : level;
  if (!entry) return null;
  if (entry.unit === ANY_UNIT)
    return {
      entry,
      figure: { value: figure.value, valueMax: figure.valueMax ?? null, unit: figure.unit },
      decline: false,
    };
  const canonical = toCanonicalUnit(
    { value: figure.value, valueMax: figure.valueMax ?? null, unit: figure.unit },
    { canonicalUnit: entry.unit, otherUnits: entry.units },
  );
  if (!canonical) return null;
  return { entry, figure: canonical, decline: text.growth && text.decline };
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

function lookup(core: string): MetricEntry | undefined {
  if (core === '') return undefined;
  return BY_PHRASING.get(core) ?? BY_PHRASING.get(core.replace(COUNT_SUFFIX, ''));
}
