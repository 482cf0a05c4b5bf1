/**
 * Whether a project's stated investment is a goal or a fact. The investment of a project
 * that is signed, started, being built or finished is what it was signed or started at, an
 * achieved figure, even where the sentence looks ahead to its completion (已开工建设，总投资
 * 12亿元，预计明年底建成): the project is started. That of a project still planned (谋划,
 * 储备, 将开工, 预计8月份动工) is what the place means to spend, a goal. A year's planned
 * spend (年度计划投资) and a hedged one (将投资, 计划投资) are always goals. A project's
 * investment with no word on its stage is the size it was announced at, a fact, except in
 * the plan part of a report.
 * Example: "今年3月签约的云杉新材料项目，总投资2亿元" → Indicator;
 *          "投资3亿元的青禾冷链物流项目预计9月份动工建设" → Target.
 */

/** 年度计划投资, 当年计划投资, 年内计划投资, 年度投资: what the year is meant to spend. */
const YEARLY_PLAN = /(?:年度|当年|年内|今年|本年)(?:计划)?投资(?:额)?$/;
/** 将投资15亿元, 拟投资, 计划投资 (not 计划总投资, the size a project was signed at). */
const HEDGED_SPEND = /(?:将|拟|计划|预计|准备)(?:投资|投入)(?:额)?$/;
/** The project is still ahead of its start: 将开工, 预计8月份动工, 计划年内签约, 谋划, 储备. */
const NOT_STARTED =
  /(?:将|预计|计划|拟|准备|力争|争取|确保)[^，,；;。]{0,8}?(?:开工|动工|开建|落地|签约|落户)|谋划|储备|拟建|待建|筹建/;

/** The project is under way or done: 签约, 开工, 在建, 正在, 投产, 建成. */
const UNDER_WAY = /签约|签订|落户|开工|动工|在建|正在|投产|建成|竣工|运营|入驻/;

/** 年度计划投资, 年度投资, 将投资, 拟投资: a spend still to come, whoever makes it. */
export function isPlannedSpend(metric: string): boolean {
  return YEARLY_PLAN.test(metric) || HEDGED_SPEND.test(metric);
}

export type InvestmentKind = 'Target' | 'Indicator';

/**
 * The kind of a project's investment figure. `window` is the clauses from the one naming
 * the project to the figure's; `section` the part of the report the sentence stands in.
 */
export function projectInvestmentKind(options: {
  metric: string;
  window: string;
  section?: 'review' | 'plan' | 'other';
}): InvestmentKind {
  if (isPlannedSpend(options.metric)) return 'Target';
  if (NOT_STARTED.test(options.window)) return 'Target';
  return options.section === 'plan' && !UNDER_WAY.test(options.window) ? 'Target' : 'Indicator';
}

/** 计划投资5亿元, 拟投资, 计划投资总额: a spend stated as planned, not a year's plan (年度计划投资). */
const STATED_SPEND = /(?<!年度|当年|年内|今年|本年|全年)(?:计划|拟)(?:总)?投资(?:额|总额)?$/;
/** The news reports a signing or a start: 签约, 签订, 签下, 开工, 落户. */
const SIGNED_OR_STARTED = /签约|签订|签下|签署|开工|动工|落户/;
/** A sentence that goes on with the one before: 其中, 此外, 另外. */
const GOES_ON = /^(?:其中|此外|另外|同时)/;

/**
 * 签约项目中，某公司计划投资20亿元建设…; 签订合作协议，计划投资总额达3.6亿元: in the news of a
 * signing or a start, what a company plans to invest is the size the project was signed or
 * started at, an achieved fact. `before` is the sentence up to the figure; the sentences
 * before are read when this one goes on with the last (其中，…) or when they are earlier items
 * of one list split at ；.
 */
export function isSignedSpend(options: {
  metric: string;
  before: string;
  /** The sentences before, nearest first. */
  previous: readonly string[];
  section?: 'review' | 'plan' | 'other';
}): boolean {
  if (options.section === 'plan' || !STATED_SPEND.test(options.metric)) return false;
  const context = newsContext(options.before, options.previous);
  return SIGNED_OR_STARTED.test(context) && !NOT_STARTED.test(context);
}

/** The sentence up to a figure, with the sentences it goes on with (其中，…; items split at ；). */
function newsContext(before: string, previous: readonly string[]): string {
  let context = before;
  for (const [i, earlier] of previous.entries()) {
    if (!/[；;]$/.test(earlier) && !(i === 0 && GOES_ON.test(before))) break;
    context = `${earlier}${context}`;
    if (!/[；;]$/.test(earlier)) break;
  }
  return context;
}

/** 新建厂房5万平方米, 建设2条生产线, 将建成…: the clause states what the project builds. */
const BUILDS = /^(?:[该其]?项目)?(?:将|拟|计划|主要)?(?:新建|建设|新上|扩建|建成|打造)/;
/** Units of what a project builds: floor space, lines, buildings, sets. */
const SCOPE_UNIT = /^(?:平方米|万平方米|亩|条|栋|幢|座|套|台|台套|个)$/;
/** The project is finished: its scope is what was built. */
const FINISHED = /竣工|完工|建成投产|已建成|投入使用|投用/;

/**
 * 开工项目中，…项目计划总投资5亿元，新建厂房5万平方米: in the news of a signing or a start,
 * what a project builds is still to be built, a goal; in the news of its completion it is done.
 */
export function isPlannedScope(options: {
  ownClause: string;
  unit: string;
  before: string;
  previous: readonly string[];
  section?: 'review' | 'plan' | 'other';
}): boolean {
  if (options.section === 'review' || !SCOPE_UNIT.test(options.unit) || !BUILDS.test(options.ownClause))
    return false;
  const context = newsContext(options.before, options.previous);
  return SIGNED_OR_STARTED.test(context) && !FINISHED.test(context);
}

/** The clauses from `from` to the end of the clause holding `to`, in a sentence. */
export function clausesBetween(text: string, at: { from: number; to: number }): string {
  let start = Math.min(at.from, at.to);
  while (start > 0 && !/[，,；;。！？!?]/.test(text[start - 1] ?? '')) start--;
  let end = Math.max(at.from, at.to);
  while (end < text.length && !/[，,；;。！？!?]/.test(text[end] ?? '')) end++;
  return text.slice(start, end);
}
