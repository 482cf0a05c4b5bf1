import type { Quantity } from './numbers';
import { CHANGE_WORDS, LEADING_NOISE, LEADING_VERB, TRAILING_VERBS } from './target-lexicon';

export interface Metric {
  metric: string;
  change: 'LEVEL' | 'CHANGE';
}

const MAX_METRIC = 24;
/** A transitive verb right before the figure: its object follows (一体化平台接入48个系统平台). */
const VERB_END =
  /(?:接入|划分|新增|招引|引进|培育|建成|打造|新建|改造|实施|拥有|获评|创成|帮助|发放|签订|入选|设立|成立|组建)$/;
/** Hedges and times inside a metric: 新能源企业预计全年完成产值 → 新能源企业完成产值. */
const INNER_NOISE = /力争|确保|争取|预计|预期|全年|上半年|下半年|明年|今年/g;
const NOUN_AFTER =
  /^[^，,；;：:。、的（(]*?(?=预计|预期|将|完成|实现|达到|获评|获得|创成|入选|荣获|通过|占|发放|已|，|,|；|;|。|、|的|$)/;

/**
 * The noun phrase a figure measures. Usually it stands before the figure
 * (明年新增学位8190个 → 新增学位); after a bare verb it follows the figure
 * (接入48个系统平台 → 接入系统平台); a bare 增长 takes the previous figure's metric
 * (完成产值3220亿元，增长22.6% → 产值增长).
 */
export function metricOf(options: {
  text: string;
  segmentStart: number;
  quantity: Quantity;
  segmentEnd: number;
  previousMetric: string | null;
  placeNames: readonly string[];
}): Metric {
  const { text, quantity } = options;
  let before = clean(text.slice(options.segmentStart, quantity.start));
  for (const name of options.placeNames) if (before.startsWith(name)) before = before.slice(name.length);
  before = before.replace(LEADING_NOISE, '').replace(INNER_NOISE, '').replace(TRAILING_VERBS, '');
  const change = CHANGE_WORDS.test(before) || quantity.unit === '个百分点' ? 'CHANGE' : 'LEVEL';
  if (change === 'CHANGE' && before.replace(CHANGE_WORDS, '') === '' && options.previousMetric) {
    return { metric: `${options.previousMetric}增长`, change };
  }
  const after = clean(text.slice(quantity.end, options.segmentEnd));
  const noun = NOUN_AFTER.exec(after)?.[0] ?? '';
  if (LEADING_VERB.test(before) || before.length <= 2)
    return { metric: (before + noun).slice(0, MAX_METRIC), change };
  const verb = VERB_END.exec(before)?.[0];
  if (verb && noun !== '') return { metric: (verb + noun).slice(0, MAX_METRIC), change };
  return { metric: before.slice(-MAX_METRIC), change };
}

function clean(s: string): string {
  return s.replace(/[“”"‘’《》\s]/g, '');
}
