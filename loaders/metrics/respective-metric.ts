/**
 * Figures stated "respectively" (分别) for a list of metrics: 第一产业、第二产业、第三产业增加值
 * 分别增长3.1%、6.2%和5.4%; 规上工业增加值和固定资产投资分别增长8.5%和12.1%; 城镇和农村居民人均
 * 可支配收入29092元、17191元，分别增长3%、6.4%. The i-th figure belongs to the i-th metric of
 * the list. Statistical bulletins and work reports write the three sectors, urban and rural
 * residents, and pairs of headline indicators this way.
 */

/** A list's joining words: 、 和 及 与 以及. */
const JOIN = /以及|[、和及与]/;
/** A figure as written in a list of figures: 3.1%, 45.6亿元, 2.8万元, 800人. */
const FIGURE = /^\d+(?:\.\d+)?(?:万|亿)?(?:%|个百分点|[\u4e00-\u9fa5]{1,3}?)(?:以上|左右|以内)?$/;
/** What may stand between 分别 and the figures: a reaching verb and a change word. */
const LINK =
  /^(?:完成|实现|达到|达|为|是)?(?:同比|比上年|较上年)?(增长|增加|提高|提升|增速|下降|减少|回落)?(?:了|为|到|至)?$/;
/** The verb that closes a subject before its figures: 城镇和农村居民人均可支配收入完成. */
const CLOSING_VERB = /(?:分别)?(?:完成|实现|达到|达|为)?(?:分别)?$/;
/** 城乡居民人均可支配收入 names two figures, the urban and the rural one, in that order. */
const TOWN_AND_COUNTRY = /^城乡(?:常住)?居民/;
const BREAK = /[，,。；;：:！？]/;

/**
 * The metric of the figure that starts at `at` in `text` when it is one of a list of figures
 * stated for a list of metrics; null when it is not, or when the two lists do not pair up.
 */
export function respectiveMetric(text: string, at: number): string | null {
  const clauseStart = lastBreakBefore(text, at) + 1;
  const clause = text.slice(clauseStart, at);
  const said = /分别/.exec(clause);
  // The figures' own list: from after 分别 (or after the subject) to the end of the clause.
  let subjectText: string;
  let listStart: number;
  if (said) {
    subjectText = clause.slice(0, said.index);
    listStart = clauseStart + said.index + 2;
  } else {
    // Without 分别, only a subject followed at once by figures joined by 、 (城镇和农村居民人均
    // 可支配收入完成29092元、17191元).
    const first = /\d/.exec(clause)?.index ?? clause.length;
    subjectText = clause.slice(0, first).replace(CLOSING_VERB, '');
    listStart = clauseStart + first;
  }
  const rest = text.slice(listStart);
  const firstDigit = /\d/.exec(rest);
  if (!firstDigit) return null;
  const link = rest.slice(0, firstDigit.index);
  const linked = LINK.exec(link);
  if (!linked) return null;
  const figures = figureList(rest.slice(firstDigit.index));
  const index = figures.findIndex((f) => listStart + firstDigit.index + f.start === at);
  if (figures.length < 2 || index < 0) return null;
  if (!said && !/^、/.test(rest.slice(firstDigit.index + figures[0]!.text.length))) return null;
  // 力争分别达到…, 同比分别增长…: a hedge or a comparison closes the subject, it is none.
  subjectText = subjectText.replace(HEDGE_OR_COMPARISON, '');
  // 分别增长 after a comma: the subject is the clause before (城镇和农村居民…完成A、B，分别增长x、y),
  // or one clause before for each figure (完成工业总产值442亿元，实现销售收入430亿元，同比分别增长…).
  const metrics =
    subjectText === '' && said
      ? (subjectsOfClauses(text, clauseStart, figures.length) ??
        metricList(previousSubject(text, clauseStart)))
      : metricList(subjectText);
  if (metrics.length !== figures.length) return null;
  const change = linked[1] ?? '';
  const word = /下降|减少|回落/.test(change) ? '下降' : change === '' ? '' : '增长';
  return `${metrics[index]}${word}`;
}

const HEDGE_OR_COMPARISON = /(?:力争|确保|争取|预计|有望|同比|比上年|较上年|比去年|较去年)+$/;
/** A clause's subject that names nothing on its own: 完成投资 (of what?), 实现. */
const BARE_SUBJECT = /^(?:完成|实现|达到)?(?:投资)?$/;

/**
 * The subjects of the `count` clauses before `clauseStart` when each states one figure (完成工业
 * 总产值442亿元，实现销售收入430亿元), in order; null when they do not.
 */
function subjectsOfClauses(text: string, clauseStart: number, count: number): string[] | null {
  const subjects: string[] = [];
  let end = clauseStart - 1;
  while (subjects.length < count) {
    const start = lastBreakBefore(text, end) + 1;
    const clause = text.slice(start, end);
    const figure = /\d+(?:\.\d+)?(?:万|亿)?(?:[\u4e00-\u9fa5]{1,3}|%)$/.exec(clause);
    // A date may open the clause (2015年完成…); another figure may not.
    if (!figure || /\d/.test(clause.slice(0, figure.index).replace(/(?:19|20)\d{2}年/g, ''))) return null;
    const subject = clause
      .slice(0, figure.index)
      .replace(/(?:19|20)\d{2}年度?/g, '')
      .replace(CLOSING_VERB, '');
    if (BARE_SUBJECT.test(subject) || /[、等]/.test(subject)) return null;
    subjects.unshift(subject);
    if (start === 0) break;
    end = start - 1;
  }
  return subjects.length === count ? subjects : null;
}

function lastBreakBefore(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i -= 1) if (BREAK.test(text[i] ?? '')) return i;
  return -1;
}

/** The figures of a list (3.1%、6.2%和5.4%) with their offsets, up to the clause's end. */
function figureList(text: string): { text: string; start: number }[] {
  const end = text.search(BREAK);
  const list = end < 0 ? text : text.slice(0, end);
  const figures: { text: string; start: number }[] = [];
  let offset = 0;
  for (const item of list.split(JOIN)) {
    const start = list.indexOf(item, offset);
    offset = start + item.length;
    if (!FIGURE.test(item)) return [];
    figures.push({ text: item, start });
  }
  return figures;
}

/** The subject of the clause before `clauseStart`: its words before its first figure. */
function previousSubject(text: string, clauseStart: number): string {
  const start = lastBreakBefore(text, clauseStart - 1) + 1;
  const clause = text.slice(start, clauseStart - 1);
  const first = /\d/.exec(clause);
  if (!first) return '';
  // Its figures must be a list themselves (29092元、17191元), or nothing pairs with them.
  if (figureList(clause.slice(first.index)).length < 2) return '';
  return clause.slice(0, first.index).replace(CLOSING_VERB, '');
}

/**
 * The metrics a subject lists, each whole: 第一产业、第二产业、第三产业增加值 → 第一产业增加值,
 * 第二产业增加值, 第三产业增加值 (short items take the last item's measure); 一、二、三产业增加值
 * likewise; 城乡居民人均可支配收入 → 城镇居民…, 农村居民….
 */
function metricList(subject: string): string[] {
  const words = subject.replace(/^(?:其中|全年|全镇|全区|全县|全市)/, '');
  if (TOWN_AND_COUNTRY.test(words)) {
    const measure = words.replace(TOWN_AND_COUNTRY, '');
    return [`城镇居民${measure}`, `农村居民${measure}`];
  }
  const items = words.split(JOIN).filter((i) => i !== '');
  if (items.length < 2) return [];
  const last = items[items.length - 1] ?? '';
  const head = items[0] ?? '';
  // Short items before a long last one share its measure: 城镇、农村居民收入 → 城镇居民收入.
  const short = items.slice(0, -1).every((i) => i.length === head.length && i.length <= 4);
  const measure = short && last.length > head.length ? last.slice(head.length) : '';
  return items.map((item, i) =>
    (i < items.length - 1 ? `${item}${measure}` : item).replace(/^([一二三])产业/, '第$1产业'),
  );
}
