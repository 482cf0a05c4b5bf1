import { LEADING_NOISE } from './target-lexicon';

/**
 * One figure said of several things at once, with 均 or 各: each thing gets the figure.
 * - Listed in the figure's own clause:
 *   "工业投资、社零总额增速均保持在8%以上" → 工业投资增速 8%, 社零总额增速 8%;
 *   "新增省、市重点项目各2个" → 新增省重点项目 2个, 新增市重点项目 2个.
 * - Counted in the clause before, the figure opening the next clause with 均:
 *   "新引进工业项目6个，服务业项目4个，均完成目标的120%" → each count's metric 完成目标.
 */

/** Suffixes the last item of a list shares with the others: 增速, 占比, 完成率. */
const SHARED_SUFFIX = /(?:增速|增幅|增长率|增长|占比|比重|完成率|覆盖率)$/;
/** 均保持在, 均达到, 各: the word that spreads the figure over a list, and the verb after it. */
const SPREAD = /(?:均|都)(?:保持在|保持|达到|达|为|在|超过|超|实现|完成)?$|各$/;
const LIST_SEPARATOR = /、|和|及|与/;
/** Leading verbs kept on every item: 新增省、市重点项目 → 新增 for 省 too. */
const LEADING_VERB = /^(?:新增|新建|引进|新引进|培育|建成|创成|获评|入选)/;

const MAX_ITEMS = 6;
const MAX_ITEM = 16;

export interface EarlierFigure {
  /** Start of the clause the earlier figure stands in. */
  clauseStart: number;
  metric: string;
}

/** The metrics a figure is said of: several when 均 or 各 spreads it over a list, else its own. */
export function distributedMetrics(options: {
  text: string;
  clauseStart: number;
  /** Offset of the figure in the text. */
  at: number;
  metric: string;
  /** Figures already read in this sentence, in order. */
  earlier: readonly EarlierFigure[];
}): string[] {
  const before = options.text.slice(options.clauseStart, options.at);
  const spread = SPREAD.exec(before);
  if (spread) {
    const items = before
      .slice(0, spread.index)
      .split(LIST_SEPARATOR)
      .map((item) => item.replace(/[“”"]/g, ''));
    if (items[0] !== undefined) items[0] = items[0].replace(LEADING_NOISE, '');
    if (
      items.length >= 2 &&
      items.length <= MAX_ITEMS &&
      items.every((i) => i.length > 0 && i.length <= MAX_ITEM)
    )
      return spreadOver(items);
  }
  // 新引进工业项目6个，服务业项目4个，均完成目标的120%: 均 opens the clause after the counts,
  // which reach back to the last semicolon.
  if (/^(?:均|都)/.test(before)) {
    const itemStart = Math.max(
      options.text.lastIndexOf('；', options.clauseStart),
      options.text.lastIndexOf(';', options.clauseStart),
    );
    const counts = options.earlier.filter(
      (f) => f.clauseStart > itemStart && f.clauseStart < options.clauseStart,
    );
    if (counts.length >= 2 && counts.length <= MAX_ITEMS) {
      const rest = options.metric.replace(/^(?:均|都)/, '').replace(/的$/, '');
      return counts.map((f) => `${f.metric}${rest}`);
    }
  }
  return [options.metric];
}

/** 省、市重点项目 → 省重点项目, 市重点项目; 规上工业增加值、自营出口增速 → …增速 for each. */
function spreadOver(items: readonly string[]): string[] {
  const last = items[items.length - 1] ?? '';
  const suffix = SHARED_SUFFIX.exec(last)?.[0] ?? '';
  const verb = LEADING_VERB.exec(items[0] ?? '')?.[0] ?? '';
  return items.map((item, i) => {
    if (i === items.length - 1) return `${i > 0 && !LEADING_VERB.test(item) ? verb : ''}${item}`;
    const core = item.startsWith(verb) ? item.slice(verb.length) : item;
    // 省、市重点项目: a one-character item is a qualifier of the last item's noun.
    if (core.length === 1 && last.length > 1) return `${verb}${core}${last.slice(1)}`;
    return `${verb}${core}${suffix}`;
  });
}
