import { headEntryOfKey } from './metric-heads';
import data from './vocabulary.json';

/**
 * The metric vocabulary (vocabulary.json): what the documents measure, each metric under
 * a stable key with its Chinese label, the phrasings that name it, its kind and its
 * canonical unit. A growth rate is a metric of its own (`gdp.growth`, in %), never the
 * level it grows (`gdp`, in 元): 增长6% and 达到120亿元 cannot be compared.
 */

export const METRIC_KINDS = ['level', 'growth', 'count', 'area', 'ratio'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export interface MetricEntry {
  /** Stable key, e.g. `gdp`, `gdp.growth`, `enterprises.hightech`. */
  key: string;
  /** The usual Chinese name, e.g. 地区生产总值. */
  label: string;
  kind: MetricKind;
  /** Canonical unit every value of the metric is converted to. */
  unit: string;
  /** Other units the metric is stated in that no factor converts (美元 beside 元). */
  units: readonly string[];
  /** Phrasings that name the metric, in normalised form (see normaliseMetricText). */
  synonyms: readonly string[];
  /**
   * True for a count of what exists (高新技术企业, 市场主体): 新增 before it names the flow,
   * the entry's `.new` sibling, never the stock itself.
   */
  stock: boolean;
  /** For a stock, the key of its year's additions (`key.new`, or the one `newKey` names). */
  additions: string | null;
  /** Where the metric comes from (see README): a statistical indicator, a work-report figure… */
  family: string;
}

/** A metric named by the shape of its words: 年产… is a capacity whatever the product. */
export interface MetricPattern {
  pattern: RegExp;
  key: string;
}

interface RawEntry {
  key: string;
  label: string;
  kind: string;
  unit: string;
  synonyms: string[];
  growth?: boolean;
  units?: string[];
  stock?: boolean;
  /** The entry that counts the additions to this stock, when it is not `key.new`. */
  newKey?: string;
  family: string;
  /** Where the entry was found: the kind of page and how many of the pages searched use it. */
  source?: string;
}

/** The unit of metrics stated in whatever unit suits the thing (年产 capacities). */
export const ANY_UNIT = '*';

function isKind(kind: string): kind is MetricKind {
  return (METRIC_KINDS as readonly string[]).includes(kind);
}

function entriesOf(raw: readonly RawEntry[]): MetricEntry[] {
  const entries: MetricEntry[] = [];
  const keys = new Set(raw.map((r) => r.key));
  for (const r of raw) {
    // A malformed vocabulary is our bug, caught by the vocabulary's own test on load.
    if (!isKind(r.kind)) throw new Error(`metric ${r.key}: unknown kind ${r.kind}`);
    const synonyms = [...new Set([r.label, ...r.synonyms])];
    const base = { units: r.units ?? [], stock: false, additions: null, family: r.family };
    const additions = r.stock ? (r.newKey ?? `${r.key}.new`) : null;
    entries.push({
      ...base,
      key: r.key,
      label: r.label,
      kind: r.kind,
      unit: r.unit,
      synonyms,
      stock: r.stock ?? false,
      additions,
    });
    // 新增个体工商户: the year's additions to a stock are a metric of their own, reached by
    // 新增 before any phrasing of the stock (match-metric.ts) unless the vocabulary names it.
    if (additions && !keys.has(additions))
      entries.push({
        ...base,
        key: `${r.key}.new`,
        label: `新增${r.label}`,
        kind: r.kind,
        unit: r.unit,
        synonyms: [],
      });
    // 完成年度计划的85%: how far a metric has come towards the year's plan.
    if (r.kind !== 'ratio' && r.unit !== ANY_UNIT)
      entries.push({
        ...base,
        key: `${r.key}.plan-share`,
        label: `${r.label}完成年度计划`,
        kind: 'ratio',
        unit: '%',
        units: [],
        synonyms: [],
      });
    if (r.growth)
      entries.push({
        ...base,
        key: `${r.key}.growth`,
        label: `${r.label}增长`,
        kind: 'growth',
        unit: '%',
        units: [],
        synonyms: synonyms.map((s) => `${s}增长`),
      });
  }
  return entries;
}

/** Every metric, each entry followed by its new (for stocks), plan-share and growth entries. */
export const METRICS: readonly MetricEntry[] = entriesOf(data.metrics);

/** Metrics recognised by the shape of their words, tried after the phrasings. */
export const METRIC_PATTERNS: readonly MetricPattern[] = data.patterns.map((p) => ({
  pattern: new RegExp(p.pattern),
  key: p.key,
}));

const BY_KEY = new Map(METRICS.map((m) => [m.key, m]));

/**
 * The entry of a key, or null for a key the vocabulary does not hold. Keys the head
 * grammar gives (`enterprises:投产企业`, metric-heads.ts) name their head and phrasing.
 */
export function metricByKey(key: string): MetricEntry | null {
  return BY_KEY.get(key) ?? headEntryOfKey(key);
}
