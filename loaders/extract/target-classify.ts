import type { DocumentContext, Sentence } from '../types';
import type { Quantity } from './numbers';
import { findYear, findYears } from './number-years';
import { planYear } from './target-plan-year';
import { headingYear, reviewYear } from './target-review-year';
import {
  ESTIMATE_OF_PAST,
  FUTURE_TIME,
  GOAL_HEDGES,
  HARD_WORDS,
  PAST_MARKER,
  REVIEW_CUES,
  SOFT_WORDS,
} from './target-lexicon';

/** Whether a figure is a goal or an achievement, under which rule, and the hedge before it. */
export interface FigureKind {
  kind: 'Target' | 'Indicator';
  rule: string;
  hedge: string | null;
}

/**
 * A goal's year: one written before it (明年, 到2025年) unless it lies in the past
 * (去年9月…，拟建设6栋大楼); else, in the plan part of a year-end report, the coming year.
 */
export function targetYear(ctx: DocumentContext, at: { sentence: Sentence; at: number }): number | null {
  const ref = ctx.referenceYear;
  const written = findYear(at.sentence.text, ref, at.at);
  if (written !== null && (ref === null || written >= ref)) return written;
  // 年度计划投资1.7亿元, 年内建成: a year's plan is the plan of the year of the text.
  if (ref !== null && YEAR_OF_TEXT.test(clauseBefore(at.sentence.text, at.at))) return ref;
  if (at.sentence.section !== 'plan' || ref === null) return planYear(ctx, at.sentence);
  const month = Number(ctx.doc.publishedAt?.slice(5, 7) ?? 0);
  return month >= 11 ? ref + 1 : ref;
}

/** 年度计划投资, 年内, 年度目标: the year the text is dated in. */
const YEAR_OF_TEXT = /(?<!上)年度|年内/;

/** The clause of a sentence up to `at`. */
function clauseBefore(text: string, at: number): string {
  const start = Math.max(...['，', ',', '；', ';', '。'].map((p) => text.lastIndexOf(p, at - 1))) + 1;
  return text.slice(start, at);
}

/**
 * An achievement's year: one written in its clause, else the year the review part looks
 * back on (2024年工作回顾), else the year of the report.
 */
export function indicatorYear(
  ctx: DocumentContext,
  at: { clauseBefore: string; sentence: Sentence; sentenceBefore?: string },
): number | null {
  const own = findYear(at.clauseBefore, ctx.referenceYear);
  if (own !== null) return fullYearBehind(ctx, at.clauseBefore) ?? own;
  // 2020年，某镇引进项目3个，投产项目2个: an earlier clause of the sentence dates the later ones.
  const earlier = at.sentenceBefore ? findYears(at.sentenceBefore, ctx.referenceYear) : [];
  const last = earlier[earlier.length - 1];
  if (last && at.sentenceBefore && /^(?:19|20)\d{2}/.test(at.sentenceBefore.slice(last.start)))
    return last.year;
  if (last && at.sentenceBefore)
    return fullYearBehind(ctx, at.sentenceBefore) ?? reviewYear(ctx, at.sentence) ?? last.year;
  return reviewYear(ctx, at.sentence) ?? headingYear(ctx, at.sentence) ?? ctx.referenceYear;
}

/** 全年实现, 全年签约: a whole year's result, not a share of its plan (全年任务, 全年目标). */
const FULL_YEAR = /全年(?!任务|目标|计划|预期)/;
/** A whole year cannot be over before June: a text dated by May reports the year before. */
const LAST_MONTH_OF_LAST_YEAR_REPORTS = 5;

/**
 * 全年实现地区生产总值15.6亿元 in a text dated March 2021 is the result of 2020: the year of
 * the text has not run its course yet.
 */
function fullYearBehind(ctx: DocumentContext, before: string): number | null {
  const ref = ctx.referenceYear;
  const month = Number(ctx.doc.publishedAt?.slice(5, 7) ?? 0);
  if (ref === null || month < 1 || month > LAST_MONTH_OF_LAST_YEAR_REPORTS) return null;
  const years = findYears(before, ref);
  const last = years[years.length - 1];
  if (!last || last.year !== ref || !FULL_YEAR.test(before.slice(last.start, last.end + 4))) return null;
  // 今年全年预计完成…: the year under way, estimated.
  if (/今年|本年|预计|预期/.test(before)) return null;
  return ref - 1;
}

/** Goal or achievement: hedges and future times before the figure, else the report's section. */
export function classify(
  sentence: Sentence,
  at: {
    quantity: Quantity;
    clause: { start: number; end: number };
    /** The year of the document: 预计2025年 in a 2025 text estimates the year's result. */
    referenceYear?: number | null;
    /** The frame of a list of goals this sentence is a later item of (target-goal-list). */
    listFrame?: string | null;
    /** The words between the last goal read in this sentence and this figure's clause, if any. */
    goalBefore?: string | null;
    /** Whether the sentence is a later item of a list of estimated results (target-goal-list). */
    estimateList?: boolean;
    /** The month the text is dated in (1–12), if known. */
    month?: number | null;
  },
): FigureKind {
  const { quantity: q, clause } = at;
  // 在1.7万亩的基础上，新发展…不少于2000亩: the figure a plan builds on is what exists already.
  if (BASELINE_AFTER.test(sentence.text.slice(q.end)))
    return { kind: 'Indicator', rule: 'indicator.baseline', hedge: null };
  const thisYear = at.referenceYear ? new RegExp(`预计${at.referenceYear}[ \t\u00a0]?年`, 'g') : null;
  // Quoted names (省“双创计划”) hold hedge words that hedge nothing.
  const before = sentence.text.slice(0, q.start).replace(/“[^”]*”|《[^》]*》/g, (m) => '　'.repeat(m.length));
  const found = lastOf(
    before
      // 落实数字经济五年倍增计划，…: a 计划 that ends its clause heads a programme's name;
      // a hedge 计划 always goes on to what is planned.
      .replace(/计划(?=[，,、；;。和及与”])/g, '　　')
      // 竖向规划工作, 规划编制: 规划 as a noun plans nothing that follows.
      .replace(/规划(?=工作|编制|设计|方案|修编|[，,、；;。和及与”])/g, '　　')
      // 争取到位上级资金34.3亿元 in a review: 争取 is the verb "secured", not a hedge.
      .replace(
        sentence.section === 'review'
          ? /争取(?=[^，,；;。]{0,4}(?:到位|资金|债券)|上级|中央|省级|各级|专项)/g
          : /$^/g,
        '　　',
      )
      .replace(ESTIMATE_OF_PAST, (m) => '　'.repeat(m.length))
      .replace(thisYear ?? /$^/g, (m) => '　'.repeat(m.length))
      // 完成年度计划的61.9%, 占年度目标任务的50.2%: the plan is what a result is measured against.
      .replace(SHARE_OF_PLAN, (m) => '　'.repeat(m.length))
      // 完成预期目标: a goal met; 预期目标是…, 主要目标：… introduce goals (lastOf).
      .replace(/预[期计]目标(?![：:是为])/g, '　　　　')
      .replace(/(?<!年度|当年|年内|今年|全年)计划(?=总投资|投资总额|总投入)/g, '　　'),
    GOAL_HEDGES,
  );
  // 力促服务业发展，完成批发业销售额3.78亿元 in a review: the hedge governs its own clause; a
  // later clause that reports a result (完成, 实现, 同比) is a result.
  const ownClause = sentence.text.slice(clause.start, q.start);
  // 将加快推进项目建设，今年以来已引进企业12家: in any part of a text, a clause dated in the
  // past or marked as done reports a result whatever an earlier clause aimed at.
  const reported =
    found !== null &&
    found.at < clause.start &&
    !CAPACITY.test(ownClause) &&
    (PAST_MARKER.test(ownClause) ||
      PERIOD_DONE.test(ownClause) ||
      // …，1-7月完成投资14.9亿元，完成年度投资计划的61.62%: a share of the plan is a result.
      SHARE_OF_PLAN_IN.test(ownClause) ||
      pastBetween(before, found.at, clause.start) ||
      (sentence.section === 'review' && RESULT_CUES.test(ownClause)));
  const hedge = reported ? null : (found?.word ?? null);
  // 计划总投资 of a project is the size it was signed or started at, an achieved fact in the
  // news of its signing (年度计划投资 stays a goal, above). A capacity after completion
  // (建成后年产…, 达产后可实现产值…) is a goal.
  const future = FUTURE_TIME.test(before);
  // The review part of a report states results, even estimated ones (预计完成工业总产值178亿元).
  const estimate = (hedge === '预计' || hedge === '预期') && estimatesResult(before);
  // 2023年预计完成产值5亿元，比上年增长8%; 预计实现投资3亿元，完成年度任务的104%: outside a
  // review too, an estimate measured against the year before or against the plan, or dated
  // in a past year, estimates a result.
  const periodEstimate = new RegExp(ESTIMATE_OF_PAST.source).test(before);
  const measured = MEASURED_RESULT.test(sentence.text);
  const result =
    (estimate &&
      (sentence.section === 'review' ||
        measured ||
        periodEstimate ||
        pastYearBefore(before, at.referenceYear ?? null))) ||
    // 预计招商引资实到内资12.4亿元，完成年度任务的103%: measured against the plan, an estimate
    // with no capacity word reports the year's result.
    ((hedge === '预计' || hedge === '预期') && measured && !CAPACITY.test(before.slice(found?.at ?? 0)));
  if (hedge && (future || !result)) return { kind: 'Target', rule: 'target.hedged-goal', hedge };
  // 全年预计实现…增长1%；规模以上工业总产值增长2%；…: an item with no hedge of its own, after
  // an estimate of the year's result that opened its list, is an estimated result too.
  if (at.estimateList && !found && !future)
    return { kind: 'Indicator', rule: 'indicator.estimate-list', hedge: null };
  if (future) return { kind: 'Target', rule: 'target.future-year', hedge: null };
  // 主要预期目标是：…；固定资产投资增长10%；…: a later item of a list of goals is a goal too,
  // unless its own clause reports a result.
  // 规模以上工业产值50亿元，同比增长16%: a bare rise after an item's level is the rise aimed at.
  if (
    at.listFrame &&
    !found &&
    !PAST_MARKER.test(ownClause) &&
    (!RESULT_CUES_OF_ITEM.test(ownClause) || BARE_RISE.test(ownClause))
  )
    return { kind: 'Target', rule: 'target.goal-list', hedge: at.listFrame };
  // 新发展种植面积不少于2000亩, 引进企业不少于5家: a floor set outside a review is a goal.
  if (
    sentence.section !== 'review' &&
    q.qualifier !== null &&
    (FLOOR_WORDS as readonly string[]).includes(q.qualifier) &&
    !PAST_MARKER.test(ownClause) &&
    !REVIEW_CUES.test(ownClause)
  )
    return { kind: 'Target', rule: 'target.floor', hedge: null };
  // 项目占地80亩，可提供就业岗位120个: what a project can bring is a capacity it aims at.
  // 预计全年可新增四上企业13家, 预计上半年可实现税收1亿元: 可 in an estimate of the period's
  // result is no capacity of a project.
  if (
    sentence.section !== 'review' &&
    !periodEstimate &&
    CAPACITY.test(ownClause) &&
    !PAST_MARKER.test(ownClause)
  )
    return { kind: 'Target', rule: 'target.capacity', hedge: null };
  // 可带动新增产值100亿元，新增利税5亿元，新增就业2000人: the later items of what a project
  // can bring are capacities too, until a clause reports or dates something.
  if (sentence.section !== 'review' && !periodEstimate && capacityGoesOn(before, ownClause))
    return { kind: 'Target', rule: 'target.capacity', hedge: null };
  // 总投资10亿元，年产值40亿元，带动就业500人，预计2025年建成投产: a project's output before a
  // completion still to come is what it will bring once it runs.
  if (
    PROJECT_OUTPUT.test(ownClause) &&
    !PAST_MARKER.test(ownClause) &&
    !REVIEW_CUES.test(ownClause) &&
    COMPLETION_AHEAD.test(sentence.text.slice(q.end))
  )
    return { kind: 'Target', rule: 'target.capacity', hedge: null };
  // 剩余200栋在下半年将全部建成, 5个项目计划年内开工: the hedge follows the figure.
  const after = sentence.text.slice(q.end, clause.end);
  const trailing = HEDGE_AFTER.exec(after);
  if (trailing) return { kind: 'Target', rule: 'target.hedged-goal', hedge: trailing[1] ?? null };
  // 突破70亿元目标, 预期目标(5100万元): a figure named as the goal.
  if (GOAL_AFTER.test(sentence.text.slice(q.end)) || /目标[（(]$/.test(before))
    return { kind: 'Target', rule: 'target.named-goal', hedge: null };
  // 为实现提出的财政总收入1.8亿、一般预算收入6300万元目标: every item of a list named as the
  // goal a body set.
  if (LIST_GOAL.test(sentence.text.slice(q.end)) && GOAL_SET.test(sentence.text.slice(clause.start, q.start)))
    return { kind: 'Target', rule: 'target.named-goal', hedge: null };
  const clauseText = sentence.text.slice(clause.start, clause.end);
  // 全年招引项目不少于15个，工业投资完成30亿元以上: outside a review, a clause that goes on
  // after a goal of its sentence is another goal, until a clause reports or dates a result.
  if (
    at.goalBefore != null &&
    sentence.section !== 'review' &&
    /^[，,、；;]/.test(at.goalBefore) &&
    !PAST_MARKER.test(at.goalBefore + ownClause) &&
    !RESULT_CUES_OF_ITEM.test(ownClause) &&
    !REVIEW_CUES.test(ownClause) &&
    !/(?:19|20)\d{2}年/.test(ownClause)
  )
    return { kind: 'Target', rule: 'target.goal-goes-on', hedge: null };
  // 年内培育示范基地3处, 年底前新建道路5条: outside a review, a deed set within the year
  // (a bare 年内 or 年底前 before a verb of making) is a task ahead, not a result.
  const withinYear = WITHIN_THE_YEAR.exec(ownClause);
  if (
    sentence.section !== 'review' &&
    withinYear &&
    !PAST_MARKER.test(ownClause) &&
    !REVIEW_CUES.test(ownClause.replace(withinYear[0], ''))
  )
    return { kind: 'Target', rule: 'target.within-year', hedge: null };
  // 今年完成工业开票销售13亿元 in a text of March: the year has hardly begun, so what it is to
  // complete is the year's task, not its result.
  if (
    sentence.section !== 'review' &&
    at.month != null &&
    at.month >= 1 &&
    at.month <= LAST_MONTH_OF_YEAR_AHEAD &&
    yearAheadBefore(before, ownClause)
  )
    return { kind: 'Target', rule: 'target.year-ahead', hedge: null };
  if (sentence.section === 'plan' && !reportedInPlan({ clauseText, ownClause, before, at }))
    return { kind: 'Target', rule: 'target.plan-section', hedge: null };
  return {
    kind: 'Indicator',
    rule: REVIEW_CUES.test(clauseText) ? 'indicator.achieved' : 'indicator.figure',
    hedge: null,
  };
}

/**
 * Whether a figure in the plan part of a report still reports a result: a review cue or a
 * past marker in its clause, 预计全年 before it, 同比 (goals state a rise, results compare it with the year
 * before), or a year before the document's written before it in the sentence (2023年全镇
 * 完成… in a 2024 report's plan part, or a plan part a heading mistook for one).
 */
function reportedInPlan(options: {
  clauseText: string;
  ownClause: string;
  before: string;
  at: { referenceYear?: number | null };
}): boolean {
  const { clauseText, ownClause, before } = options;
  if (REVIEW_CUES.test(clauseText) || PAST_MARKER.test(ownClause) || /同比/.test(clauseText)) return true;
  // 预计全年完成… estimates the year's result wherever it stands.
  if (new RegExp(ESTIMATE_OF_PAST.source).test(before)) return true;
  // 园区入驻企业已达42家，实现产值18亿元: a result verb goes on with the result an earlier
  // clause marked as done, while no hedge comes between.
  const past = [...before.matchAll(new RegExp(PAST_MARKER.source, 'g'))].pop();
  if (
    past?.index !== undefined &&
    RESULT_VERB.test(ownClause) &&
    !GOAL_HEDGES.some((w) => before.slice(past.index ?? 0).includes(w))
  )
    return true;
  const ref = options.at.referenceYear ?? null;
  const years = findYears(before, ref);
  const written = years[years.length - 1]?.year;
  return ref !== null && written !== undefined && written < ref;
}

/**
 * 年内 or 年底前 right before a verb of making or bringing in (not 3年内, a span, nor 去年年底前).
 */
const WITHIN_THE_YEAR =
  /(?<![0-9０-９一二两三四五六七八九十几去上])(?:年内|年底前)(?:再|要|将)?(?:培育|新建|建成|新增|引进|招引|打造|创建|争创|申报|改造|开工|投产|落地)/;

/** Up to which month a text still looks ahead at its own year's tasks. */
const LAST_MONTH_OF_YEAR_AHEAD = 4;
/** 今年 (本年) for the whole year: not 今年以来, 今年上半年, 今年1-3月, 今年一季度. */
const THIS_YEAR =
  /(?:今年|本年)(?!以来|来|上半年|前|[一二三]季度|第[一二三]季度|[0-9０-９一二三四五六七八九十]+[—\-－~至到月])/g;

/**
 * Whether the sentence dates the figure in the whole of the text's own year (今年完成…) with
 * no word since that reports what is done (已, 累计, 同比) and a verb of completing or reaching.
 */
function yearAheadBefore(before: string, ownClause: string): boolean {
  const last = [...before.matchAll(THIS_YEAR)].pop();
  if (!last || last.index === undefined) return false;
  const since = before.slice(last.index);
  if (/[。！？]/.test(since)) return false;
  if (PAST_MARKER.test(since) || REVIEW_CUES.test(since) || MEASURED_RESULT.test(since)) return false;
  return RESULT_VERB.test(ownClause) || /全年/.test(since);
}

/** Verbs that state a result: 实现产值, 完成投资, 达到. */
const RESULT_VERB = /实现|完成|达到?/;

/**
 * 规划面积2平方公里，现已完成…，并先后引进26家企业: a later clause dated in the past or marked
 * as done (现已, 累计, 截至) ends the reach of a hedge in an earlier clause, for every clause
 * after it. The hedge's own clause may hold such words (力争累计完成…): only later ones count.
 */
function pastBetween(before: string, hedgeAt: number, clauseStart: number): boolean {
  const afterHedge = before.slice(hedgeAt, clauseStart);
  const firstBreak = afterHedge.search(/[，,；;]/);
  return firstBreak >= 0 && PAST_MARKER.test(afterHedge.slice(firstBreak + 1));
}

/** A hedge after the figure, in its clause, before a verb of completion. */
const HEDGE_AFTER =
  /^[^，,；;。]{0,10}?(将|计划|拟|力争|确保)(?:于|在)?[^，,；;。]{0,8}?(?:建成|完成|开工|投产|竣工|投用|投入使用)/;

/** 届时, 可提供, 可实现, 年可: what a project will be able to bring once it runs. */
const CAPACITY =
  /届时|(?:^|[^不])可(?:实现|提供|带动|新增|吸纳|解决|增加|创造|形成|达到|达|年产|安置|容纳|满足|节约|减少)|年可/;

/** A result's yardstick in its sentence: the year before (同比, 比上年) or the plan (完成年度任务的). */
const MEASURED_RESULT =
  /同比|比上年|较上年|比去年|(?:完成|占)(?:了)?(?:年度|全年|年)?(?:投资)?(?:目标)?(?:计划|任务)(?:数)?的?\d/;

/** A year before the document's written before the figure (2023年预计完成… in a 2024 text). */
function pastYearBefore(before: string, ref: number | null): boolean {
  if (ref === null) return false;
  return findYears(before, ref).some((y) => y.year < ref);
}

/**
 * Whether a capacity word (可实现, 可带动) in an earlier clause of the sentence still governs
 * this one: no clause since reports a result or dates it, and this one is another item of
 * what the project brings.
 */
function capacityGoesOn(before: string, ownClause: string): boolean {
  const last = [...before.matchAll(new RegExp(CAPACITY.source, 'g'))].pop();
  if (!last || last.index === undefined) return false;
  const since = before.slice(last.index);
  if (!/[，,；;]/.test(since) || /[。！？]/.test(since)) return false;
  return !PAST_MARKER.test(since) && !REVIEW_CUES.test(ownClause) && !/(?:19|20)\d{2}年|同比/.test(since);
}

/** What a project yields once it runs: output, taxes, sales, jobs, lines. */
const PROJECT_OUTPUT = /产值|年产|利税|税收|纳税|销售|营业|营收|就业|生产线/;
/** A completion still ahead later in the sentence: 预计于2023年9月建成投产, 将于年底竣工. */
const COMPLETION_AHEAD =
  /^[^。]*?(?:预计|计划|将|拟|力争|争取)(?:于|在)?[^，,；;。]{0,12}?(?:建成|投产|达产|竣工|完工|投用|投入使用)/;

/** 完成年度计划的, 完成年度投资计划的, 占年度目标任务的: a share of the plan achieved. */
const SHARE_OF_PLAN =
  /(?:完成|占|达到?|超)(?:了)?(?:年度|全年|年|序时)?(?:投资|招商)?(?:计划|目标|任务)+(?:投资|进度)?的?(?=$|\d)/g;
/** SHARE_OF_PLAN for a test (no /g, so no lastIndex carried between calls). */
const SHARE_OF_PLAN_IN = new RegExp(SHARE_OF_PLAN.source);
/** Later items of a list and then 目标: 、一般预算收入6300万元目标. */
const LIST_GOAL = /^[、，,和及][^。；;！？]{0,30}?\d[^。；;！？]{0,12}?(?:的)?(?:目标|任务)(?![完达实超])/;
/** A goal a body set: 提出的, 确定的, 下达的, 为实现. */
const GOAL_SET = /为实现|为完成|提出的?|确定的?|下达的?|设定的?|定下的?/;
/** 70亿元目标, 100亿元的目标: the figure is the goal itself. */
const GOAL_AFTER = /^(?:的)?(?:目标|大关目标)/;

/**
 * Whether a 预计 in a review estimates the year's result (预计完成产值178亿元, 预计全年…,
 * 预计2022年全镇实现工农业总值…)
 * rather than what a project will bring (预计年产值10亿元, 预计可新增利润…).
 */
function estimatesResult(before: string): boolean {
  const at = Math.max(before.lastIndexOf('预计'), before.lastIndexOf('预期'));
  const after = before.slice(at + 2);
  return (
    after.length <= 1 ||
    /^[，,：:]?(?:(?:19|20)\d{2}[ \t\u00a0]?年)?(?:全年|今年|本年|年底|年内)?(?:全镇|全乡|全区|全县|全市|全街道)?(?:完成|实现|达到|达|超过|突破|为|增长|同比|比上年)/.test(
      after.trimStart(),
    )
  );
}

/** 同比增长 alone in its clause: the rise of the level the clause before gave. */
const BARE_RISE = /^(?:同比|比上年|较上年)(?:增长|提高|增加|下降|减少)?$/;

/** An item of a goal list that compares with last year's result reports it (同比, 比上年). */
const RESULT_CUES_OF_ITEM = /同比|比上年|较上年|完成了|实现了/;

/** 在…的基础上: the baseline a plan starts from. */
const BASELINE_AFTER = /^(?:的)?基础上/;

/** A floor a figure must reach: 不少于2000亩, 不低于5家, 至少3个. */
const FLOOR_WORDS = ['不少于', '不低于', '至少'] as const;

/** What a figure's own clause says when it reports a result: 完成销售额, 实现产值, 同比增长. */
const RESULT_CUES = /完成|实现|同比|比上年|较上年|已|累计|达到/;
/**
 * 1-5月完成投资4.28亿元 after 年度投资计划…: a result of the months gone by, measured against the
 * plan; so is a completion or start rate (完成率24.25%, 开工率为66%).
 */
const PERIOD_DONE =
  /(?:^|[^\d])1[-—–至~～]\d{1,2}月份?[^，,；;。]{0,12}(?:完成|实现)|(?:完成|开工|竣工|到位)率(?:为|达到?)?$/;

/** The hedge nearest before the figure (力争明年招引…) and where it stands, or null. */
function lastOf(text: string, words: readonly string[]): { word: string; at: number } | null {
  let best: { word: string; at: number } | null = null;
  for (const word of words) {
    const at = text.lastIndexOf(word);
    // 将 opens so many clauses (将2024年定为…) that only 将 right before a verb phrase counts.
    if (
      at < 0 ||
      (word === '将' &&
        !/^将(?:(?:在|于)[^，,；;。]{0,12}?|.{0,8}?)(?:建设|新增|达到|实现|完成|建成|投入|投资|新建|改造|形成|实施|推进|培育|引进|招引)/.test(
          text.slice(at),
        )) ||
      // 努力打造5个片区 aims; 经过努力，… looks back.
      (word === '努力' && !/^努力(?:打造|实现|建设|建成|新增|培育|完成|推动|达到)/.test(text.slice(at))) ||
      // 目标 hedges only what it introduces: 目标：, 目标是, 目标任务为 (not 围绕目标, 目标任务全面完成).
      (word === '目标' && !/^目标(?:任务)?(?:[：:]|是|为)/.test(text.slice(at))) ||
      // 冲刺 a figure aims at it; 冲刺阶段, 百日冲刺 name a phase.
      (word === '冲刺' && /^冲刺(?:阶段|期|行动)/.test(text.slice(at))) ||
      (word === '要' && !setsTask(text, at))
    )
      continue;
    if (!best || at > best.at) best = { word, at };
  }
  return best;
}

/** 主要, 重要, 需要, 要求, 要素: 要 inside a word. */
const WORD_WITH_YAO = /[主重需只纪摘概提首紧想必简扼显不]$/;
/** 提出，要…, 明确要…: a body lays down the tasks that follow. */
const TASK_FRAME = /(?:提出|明确|强调|要求)[，,：:]?$/;
/** 要完成, 要实现, 还要新增: a verb of achieving right after 要. */
const TASK_VERB = /^要(?:继续|全力|努力|再)?(?:完成|实现|达到|确保|力争|新增|突破|引进|招引|培育|建成|新建)/;

/** Whether the 要 at `at` sets a task: laid down by a body, or before a verb of achieving. */
function setsTask(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  if (WORD_WITH_YAO.test(before) || /^要(?:求|素|点|件|闻|害|紧|么)/.test(text.slice(at))) return false;
  return TASK_FRAME.test(before) || TASK_VERB.test(text.slice(at));
}

export function hardness(qualifier: string | null, hedge: string | null): boolean | null {
  const words = [qualifier, hedge].filter((w): w is string => w !== null);
  if (words.some((w) => (HARD_WORDS as readonly string[]).includes(w))) return true;
  if (words.some((w) => (SOFT_WORDS as readonly string[]).includes(w))) return false;
  return null;
}
