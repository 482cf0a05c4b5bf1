import type { EntityLabel } from '../../schema/model';
import type { DocumentContext, EntityMention, ExtractedFacts, Sentence } from '../types';
import { findQuantities, type Quantity } from './numbers';
import { classify, type FigureKind, hardness, indicatorYear, targetYear } from './target-classify';
import { clauseAround, insideQuotes } from './target-clause';
import { isAbstractCount as countsNotions, isDescriptive, isRateGap } from './target-descriptive';
import { metricOf, type Metric } from './target-metric';
import { distributedMetrics, type EarlierFigure } from './target-distributive';
import { withDocumentDate } from './target-document-date';
import { withPlanOpening } from './target-plan-document';
import { withUnwrappedSections } from './target-wrapped-lines';
import { estimateListHead, goalListFrame } from './target-goal-list';
import { isHeadline, restatedBelowHeading } from './target-headline';
import { KnownNames, type Occurrence } from './target-names';
import {
  clausesBetween,
  isPlannedSpend,
  isPlannedScope,
  isSignedSpend,
  projectInvestmentKind,
} from './target-project-investment';
import { respectiveOwner } from './target-respective';
import { madeInto, subjectOf } from './target-subject';
import { BATCH_OF_PROJECTS, sentenceTopic, townTopic } from './target-topic';

/** One figure of a sentence, classified as a goal or an achievement. */
export interface NumericFact extends Metric {
  kind: FigureKind['kind'];
  rule: string;
  sentence: Sentence;
  /** Offsets into the sentence. */
  quantity: Quantity;
  year: number | null;
  qualifier: string | null;
  hard: boolean | null;
  subject: EntityMention;
  clause: string;
}

const SUBJECT_LABELS: Record<NumericFact['kind'], EntityLabel[]> = {
  Target: ['Project', 'Programme'],
  Indicator: ['Enterprise', 'Project', 'Zone'],
};
/**
 * A project's progress (完成投资, 完成进度) is what the place achieved through it, so it stays
 * the place's; the project's own figures (入驻企业, 营收, 厂房) are the project's.
 */
const PROGRESS_METRIC = /完成|进度/;

/** What a company expects to earn or pay once it runs: 年纳税可达5亿元, 预计年产值8亿元. */
const EARNINGS_METRIC = /产值|税收|纳税|利税|营业额|销售|营收|利润/;

function subjectLabels(kind: NumericFact['kind'], words: string, metric: string): EntityLabel[] {
  if (kind === 'Indicator' && PROGRESS_METRIC.test(words)) return ['Enterprise'];
  // A company's expected earnings are its own goal (其中，某公司计划投资55亿元，…，年纳税可达5亿元).
  if (kind === 'Target' && EARNINGS_METRIC.test(metric)) return [...SUBJECT_LABELS.Target, 'Enterprise'];
  return SUBJECT_LABELS[kind];
}
const LINKING_VERB =
  /完成|实现|达|增长|发放|签订|新增|累计|招引|引进|培育|建成|预计|获评|创成|突破|提升|下降|占|帮助|获得|放款|接入|处理|办理|建设|改造|维修|入股|拥有|核减|节约|带动|竣工|开工|落地|覆盖|有/;

/** Every figure with a unit in the document, as goals or achievements with metric, year and subject. */
export function findNumericFacts(documentCtx: DocumentContext, known: ExtractedFacts): NumericFact[] {
  const ctx = withPlanOpening(withUnwrappedSections(withDocumentDate(documentCtx)));
  const facts: NumericFact[] = [];
  const names = new KnownNames(known.entities);
  const month = publishedMonth(ctx);
  const placeNames = [...new Set(ctx.places.places.flatMap((p) => [p.name, ...p.aliases]))].sort(
    (a, b) => b.length - a.length,
  );
  // The place topic of the sentence before, for the items of a sentence split at ；.
  const placeCarried: { index: number; place: EntityMention | null } = { index: -1, place: null };
  for (const sentence of ctx.doc.sentences) {
    if (isHeadline(ctx.doc.sentences, sentence)) continue;
    const text = sentence.text;
    const quantities = findQuantities(text)
      .filter((q) => !isAbstractCount(text, q) && !countsNotions(text.slice(q.end), q.unit))
      .filter((q) => q.value > 0 && !insideQuotes(text, q.start) && text[q.start - 1] !== '每')
      .filter((q) => !inTimeClause(text, q) && !isRateGap(text.slice(0, q.start), q.unit))
      .filter((q) => !restatedBelowHeading(ctx.doc.sentences, sentence, q.text));
    // 年养殖10万只麻鸭及深加工项目: a capacity inside a project's name qualifies the name.
    const projectNames = names.in(text, ['Project']);
    let previousMetric: string | null = null;
    let previousFact: Quantity | null = null;
    // 该区…将达到2000亿元；2023年，年工业总产值将达到5000亿元: a later item of a sentence
    // split at ； goes on with the zone its item before was about.
    const zoneBefore = /[；;]$/.test(ctx.doc.sentences[sentence.index - 1]?.text ?? '')
      ? lastSubject(facts, sentence.index - 1)
      : undefined;
    let previousSubject: EntityMention | null = zoneBefore?.label === 'Zone' ? zoneBefore : null;
    let lastCount: CountedProjects | null = null;
    // Where the last goal of the sentence ends, for the goals that go on after it.
    let goalEnd: number | null = null;
    const earlier: EarlierFigure[] = [];
    const before = previousSentences(ctx, sentence);
    // The place a sentence goes on with: a town opening it, the place that held the event
    // 此次 refers to (此次开工项目集中在三大方面。其中，…), or, for a later item of a sentence
    // split at ；, the place its first item went on with.
    const town = townTopic({ places: ctx.places.places, sentence });
    const eventPlace =
      EVENT_ANAPHORA.test(text) || (/^其中/.test(text) && EVENT_ANAPHORA.test(before[0]?.text ?? ''))
        ? lastPlaceSubject(facts)
        : null;
    const itemPlace: EntityMention | null =
      /[；;]$/.test(before[0]?.text ?? '') && placeCarried.index === sentence.index - 1
        ? placeCarried.place
        : null;
    const placeTopic: EntityMention | null = town ?? eventPlace ?? itemPlace;
    Object.assign(placeCarried, { index: sentence.index, place: placeTopic });
    // 其中，… goes on with the owner of the sentence before.
    const continued = /^其中/.test(text) ? (lastSubject(facts, sentence.index - 1) ?? null) : null;
    const carried: EntityMention | null =
      sentenceTopic({ names, sentence, earlier: before }) ?? town ?? continued ?? placeTopic;
    const named = names.in(text, NAMED_COUNT_LABELS);
    const listFrame = goalListFrame(ctx, sentence);
    const estimateList = !listFrame && estimateListHead(ctx, sentence);
    quantities.forEach((q, i) => {
      if (isModifier(text, quantities, i)) return;
      if (restatesNames(text, q, named)) return;
      if (projectNames.some((o) => o.start < q.start && q.end < o.end)) return;
      if (capacityOfListedName(text, q)) return;
      // 10亿元以上的工业项目, 2000万元规模以上工业企业: a threshold that names a class of
      // projects or enterprises, not a sum.
      if (/元$/.test(q.unit) && isClassThreshold(q.text, text.slice(q.end))) {
        // The words of the next figure start after the threshold.
        previousFact = q;
        return;
      }
      const clause = clauseAround(text, q.start);
      const segmentStart = segmentAfter(text, { previous: previousFact, clauseStart: clause.start });
      const enumerated = previousFact !== null && segmentStart > clause.start;
      previousFact = q;
      const next = quantities.slice(i + 1).find((_, j) => !isModifier(text, quantities, i + 1 + j));
      const segmentEnd = next && next.start < clause.end ? next.start : clause.end;
      const metric = metricOf({ text, segmentStart, quantity: q, segmentEnd, previousMetric, placeNames });
      // 新增高标准农田1000亩、累计达2.2万亩: a bare figure continues the previous metric.
      if (metric.metric === '' && previousMetric) metric.metric = previousMetric;
      // 2021年计划完成投资11.82亿元, 年度计划完成投资3.41亿元: the year's plan is the metric.
      if (BARE_VERB_METRIC.test(metric.metric) && YEAR_PLAN.test(text.slice(clause.start, q.start)))
        metric.metric = `年度计划${metric.metric}`;
      // 启动重点项目70个，完成投资43.5亿元: a bare 完成投资 is the investment of what was just counted.
      else if (BARE_VERB_METRIC.test(metric.metric) && previousMetric) {
        const noun = countedNoun(previousMetric);
        if (noun) metric.metric = `${noun}${metric.metric}`;
      }
      previousMetric = metric.metric.replace(/增长$/, '');
      if (metric.metric === '' || isDescriptive(metric.metric)) return;
      // 总投资分别为8亿元、3亿元的A项目和B项目: 分别 is no part of the metric.
      metric.metric = metric.metric.replace(/分别(?:为|是|达到?|有|约)?$/, '');
      const where = { ctx, names, sentence, clause, at: q.start };
      const respective = respectiveOwner({ text, quantities, i, names });
      // A project's completed investment (城西村农旅融合示范项目完成投资1.2亿元) is its goal only
      // when the sentence looks ahead; as a result it stays the place's.
      const described = respective ?? namedAfter(where, q);
      // 启动开工项目17个，计划总投资18.6亿元: the sum of the projects just counted is their owner's.
      const countOwner = sumOfCounted(metric.metric, { text, at: q.start, names, count: lastCount });
      const investor =
        /完成/.test(metric.metric) || countOwner
          ? null
          : described?.entity.label === 'Project' && /投资(?:额|总额)?$/.test(metric.metric)
            ? described
            : investingProject(metric.metric, where);
      const signed = isSignedSpend({
        metric: metric.metric,
        before: text.slice(0, q.start),
        previous: listBefore(ctx, sentence),
        section: sentence.section,
      });
      const kind =
        (signed ? MADE_INVESTMENT : null) ??
        (countOwner && isPlannedSpend(metric.metric) ? PLANNED_INVESTMENT : null) ??
        investmentKind(investor, { metric: metric.metric, sentence, at: q.start }) ??
        plannedCountInvestment(metric.metric, earlier[earlier.length - 1]?.metric) ??
        classify(sentence, {
          quantity: q,
          clause,
          referenceYear: ctx.referenceYear,
          listFrame,
          goalBefore: goalEnd === null ? null : text.slice(goalEnd, clause.start),
          estimateList,
          month,
        });
      const subject =
        countOwner ??
        described?.entity ??
        investor?.entity ??
        projectOfFigure(metric.metric, where, before) ??
        subjectOf({
          ...where,
          labels: subjectLabels(kind.kind, text.slice(clause.start, q.start), metric.metric),
          goal: kind.kind === 'Target',
          carried,
        });
      if (!subject) return;
      const scope =
        subject.label === 'Project' &&
        kind.kind === 'Indicator' &&
        isPlannedScope({
          ownClause: text.slice(clause.start, q.start),
          unit: q.unit,
          before: text.slice(0, q.start),
          previous: listBefore(ctx, sentence),
          section: sentence.section,
        });
      const figureKind = scope ? PLANNED_SCOPE : kind;
      // Only a goal the sentence sets (a floor, a named goal, an item of a goal list) goes on;
      // a project's planned sum or capacity is the project's own.
      goalEnd = GOALS_GOING_ON.has(figureKind.rule) ? q.end : figureKind.kind === 'Target' ? goalEnd : null;
      // 年产吸头90亿支、微板1.8亿块: later items of an enumeration keep the owner of the first.
      // 该项目总投资6亿元，建成后可实现年产值12亿元，新增就业岗位500个: a project's own figure in a
      // later clause of the sentence goes on with the project the clause before was about.
      const goesOn =
        previousSubject?.label === 'Project' &&
        PROJECT_METRIC.test(metric.metric) &&
        !WHOLE_PLACE_WORDS.test(text.slice(clause.start, q.start));
      // 该区年工业总产值将达到2000亿元，税收总额将达到300亿元: a clause that names no owner of
      // its own goes on with the zone of the clause before, not the document's place.
      const zoneGoesOn =
        previousSubject?.label === 'Zone' &&
        subject === ctx.places.primary &&
        !namesPlace(text.slice(clause.start, q.start), subject) &&
        !WHOLE_PLACE_WORDS.test(text.slice(clause.start, q.start));
      const owner =
        zoneGoesOn && previousSubject
          ? previousSubject
          : (enumerated || goesOn) &&
              (subject.label === 'Place' || (goesOn && subject.label === 'Enterprise')) &&
              previousSubject &&
              previousSubject.label !== 'Place'
            ? previousSubject
            : subject;
      previousSubject = owner;
      const hedge = figureKind.hedge;
      const year =
        figureKind.kind === 'Target'
          ? targetYear(ctx, { sentence, at: q.start })
          : indicatorYear(ctx, {
              clauseBefore: text.slice(clause.start, q.start),
              sentence,
              sentenceBefore: text.slice(0, clause.start),
            });
      const metrics = distributedMetrics({
        text,
        clauseStart: clause.start,
        at: q.start,
        metric: metric.metric,
        earlier,
      });
      earlier.push({ clauseStart: clause.start, metric: metric.metric });
      // 总投资…，年度计划投资…: every sum in a row after the count goes on summing it.
      if (countOwner && lastCount) lastCount = { ...lastCount, end: q.end };
      else
        lastCount =
          PROJECT_COUNT.test(metric.metric) && /^[个项]$/.test(q.unit) ? { end: q.end, owner } : null;
      for (const each of metrics)
        facts.push({
          ...metric,
          metric: each,
          kind: figureKind.kind,
          rule: figureKind.rule,
          sentence,
          quantity: q,
          year,
          qualifier: q.qualifier ?? hedge,
          hard: hardness(q.qualifier, hedge),
          subject: owner,
          clause: text.slice(clause.start, clause.end),
        });
    });
  }
  return facts;
}

/**
 * 待7个新签项目达产后，预计年总产值将达300亿元: a figure inside a 待…后 time clause says when,
 * and restates a count given before; it is no figure of its own.
 */
function inTimeClause(text: string, q: Quantity): boolean {
  const clauseStart =
    Math.max(...['，', ',', '；', ';', '。'].map((p) => text.lastIndexOf(p, q.start - 1))) + 1;
  const clauseEnd = text.slice(q.end).search(/[，,；;。]/);
  const rest = clauseEnd < 0 ? text.slice(q.end) : text.slice(q.end, q.end + clauseEnd);
  return /^(?:待|等到)/.test(text.slice(clauseStart, q.start)) && /后$/.test(rest);
}

/** A count of projects the figures after it may sum up: 开工项目17个, 新签约重点项目5个. */
interface CountedProjects {
  /** Where the count ends in the sentence. */
  end: number;
  owner: EntityMention;
}
const PROJECT_COUNT = /项目|工程/;
/** Sums a count of projects goes on with: 总投资, 计划总投资, 年度计划投资, 协议投资额. */
const SUM_OF_PROJECTS = /投资(?:额|总额|规模)?$/;

/**
 * 启动开工项目17个，计划总投资18.6亿元，年度计划投资6.8亿元: the investment right after a
 * count of projects is the sum of those projects, and it belongs to whoever owns the count,
 * never to a project named earlier in the sentence (the one whose ceremony the news reports).
 * A project named between the count and the figure breaks the link.
 */
function sumOfCounted(
  metric: string,
  at: { text: string; at: number; names: KnownNames; count: CountedProjects | null },
): EntityMention | null {
  const count = at.count;
  if (!count || !SUM_OF_PROJECTS.test(metric) || /完成|到位|累计/.test(metric)) return null;
  const between = at.text.slice(count.end, at.at);
  if (between.length > 16 || /[；;。]/.test(between)) return null;
  const named = at.names.in(at.text, ['Project']).some((o) => o.start >= count.end && o.start < at.at);
  return named ? null : count.owner;
}

const PLANNED_INVESTMENT = { kind: 'Target', rule: 'target.project-investment', hedge: null } as const;
const MADE_INVESTMENT = { kind: 'Indicator', rule: 'indicator.project-investment', hedge: null } as const;
const PLANNED_SCOPE = { kind: 'Target', rule: 'target.project-scope', hedge: null } as const;

/** A project's investment is a goal while the project is planned, a fact once it is under way. */
function investmentKind(
  investor: Occurrence | null,
  at: { metric: string; sentence: Sentence; at: number },
): FigureKind | null {
  if (!investor) return null;
  const window = clausesBetween(at.sentence.text, { from: investor.start, to: at.at });
  // 计划总投资1.3亿元，分4年实施: a project to be carried out over years ahead is still planned.
  const next = at.sentence.text.slice(clauseEndOf(at.sentence.text, at.at));
  const kind = OVER_YEARS.test(next)
    ? 'Target'
    : projectInvestmentKind({ metric: at.metric, window, section: at.sentence.section });
  return kind === 'Target' ? PLANNED_INVESTMENT : MADE_INVESTMENT;
}

/** 分4年实施, 分三年建设: the next clause spreads the project over years ahead. */
const OVER_YEARS = /^[，,](?:计划|预计|拟)?分(?:\d+|[两二三四五])年(?:实施|建设|完成|投入)/;

/** Where the clause holding `at` ends. */
function clauseEndOf(text: string, at: number): number {
  const rest = text.slice(at).search(/[，,；;。！？!?]/);
  return rest < 0 ? text.length : at + rest;
}

/**
 * 谋划储备项目7个，总投资1.02亿元: the investment of projects held in reserve (储备, 拟建,
 * 待建) is what they are to spend. Projects merely 谋划 in a year's review keep theirs a fact.
 */
function plannedCountInvestment(metric: string, counted: string | undefined): FigureKind | null {
  if (!counted || !/^(?:计划)?总?投资(?:额|总额)?$/.test(metric)) return null;
  return /储备|拟建|待建/.test(counted) ? PLANNED_INVESTMENT : null;
}

/** 总投资12亿元, 一期投资12亿元, 项目投资2亿—3亿元; not 完成投资 or 协议总投资 (results). */
const INVESTMENT = /(?:^|总|期|项目|计划|完成|年度|将|拟)投资(?:额)?$/;

/**
 * target.project-investment: a project's stated investment is what it plans to spend, and
 * the project it belongs to is the nearest one named before it in the sentence, whatever
 * verb governs that name (启动新市古镇保护提升二期工程，计划投资5000万—8000万元).
 * Example: "汤池温泉康养综合体项目已开工建设，总投资12亿元" → Target of the project.
 * Returns the project, or null when the figure is not a project's investment.
 */
function investingProject(
  metric: string,
  where: { names: KnownNames; sentence: Sentence; clause: { start: number; end: number }; at: number },
): Occurrence | null {
  if (!INVESTMENT.test(metric) || /累计|协议|到位|实际/.test(metric)) return null;
  const text = where.sentence.text;
  const projects = where.names.in(text, ['Project']);
  // 皮口…项目3个，总投资4.8亿元；擦亮…项目3个，计划总投资5亿元: a semicolon opens the next item.
  const itemStart = text.lastIndexOf('；', where.at) + 1;
  const before = projects.filter(
    (o) =>
      o.start >= itemStart &&
      o.start < where.at &&
      !/^[、和及等]/.test(text.slice(o.end)) &&
      !/、$/.test(text.slice(0, o.start)),
  );
  return before.sort((a, b) => b.start - a.start)[0] ?? null;
}

/** How far after 的 the name a figure describes may start: 总投资180亿元的省重大项目吴江…产业园. */
const DESCRIBED_GAP = 8;

/**
 * 投资30亿元的物流基地项目, 总规划面积1920亩的童装产业园: a figure joined by 的 to the name
 * after it describes that project, zone or enterprise, which owns it. So does a sum a company
 * spends on building the project named after it (将投资8亿元建设青禾冷链物流项目).
 */
function namedAfter(
  where: { names: KnownNames; sentence: Sentence; clause: { start: number; end: number } },
  q: Quantity,
): Occurrence | null {
  const text = where.sentence.text;
  const spent = /投资$/.test(text.slice(0, q.start)) && /元$/.test(q.unit);
  // 某公司计划投资5亿元，建设冷链物流项目: the clause after the sum says what it builds.
  const nextClause = spent
    ? /^[，,](?:主要)?(?:用于|用来)?(?:建设|新建|兴建|打造|实施)的?/.exec(text.slice(q.end))
    : null;
  const joint =
    /^(?:以上|左右)?的/.exec(text.slice(q.end)) ??
    (spent ? /^(?:用于|用来)?(?:建设|新建|兴建|打造|实施|建)的?/.exec(text.slice(q.end)) : null) ??
    nextClause;
  if (!joint) return null;
  const from = q.end + joint[0].length;
  const end = nextClause ? clauseEndAfter(text, from) : where.clause.end;
  const hit = where.names
    .in(text, ['Project', 'Zone', 'Enterprise'])
    .find((o) => o.start >= from && o.start - from <= DESCRIBED_GAP && o.end <= end);
  return hit && !/[，,、；;。]/.test(text.slice(from, hit.start)) ? hit : null;
}

/** Where the clause that holds `at` ends. */
function clauseEndAfter(text: string, at: number): number {
  const rest = text.slice(at).search(/[，,；;。！？!?]/);
  return rest < 0 ? text.length : at + rest;
}

/** Figures a project has: its investment, output, taxes, jobs, capacity, floor space. */
const PROJECT_METRIC =
  /投资|注册资本|产值|税收|利税|带动就业|岗位|年产|产能|营业收入|营业额|营收|销售|生产线|占地|建筑面积|厂房/;
/** 全镇, 全区, 我镇: a clause about the whole place, not a project's. */
const WHOLE_PLACE_WORDS = /全(?:镇|乡|街道|县|区|市)|我(?:镇|乡|街道|县|区|市)|其中/;

/** A clause that goes on about the project of the clause before: 总投资…, 建成后…, 可提供…. */
const CONTINUATION =
  /^(?:[其该]|项目|总投资|投资|注册资本|计划|一期|二期|建成|投产|达产|达效|预计|可|将|年产|占地|建筑面积|主要|新建|建设)/;
/** 该项目, 项目建成后: the figure is about the project the text has just named. */
const PROJECT_ANAPHORA = /该项目|该建设项目|项目(?:建成|投产|达产|竣工)后|(?:建成|投产|达产)后/;

/** The rules of goals a sentence sets, whose later clauses go on as goals. */
const GOALS_GOING_ON = new Set([
  'target.floor',
  'target.named-goal',
  'target.goal-list',
  'target.future-year',
  'target.goal-goes-on',
]);

/** Whether a text names a place by its name or an alias. */
function namesPlace(text: string, place: EntityMention): boolean {
  return [place.name, ...place.aliases].some((n) => n.length > 0 && text.includes(n));
}

/** The owner of the last figure read in a sentence, if any. */
function lastSubject(facts: readonly NumericFact[], sentenceIndex: number): EntityMention | undefined {
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i];
    if (!f || f.sentence.index < sentenceIndex) return undefined;
    if (f.sentence.index === sentenceIndex) return f.subject;
  }
  return undefined;
}

/**
 * 此次开工项目…, 本次签约的项目…: a sentence about the event the news reported goes on with
 * the place that held it (普兰店区在皮口街道举行…集中开工), not the town it was held in.
 */
const EVENT_ANAPHORA = /^(?:此次|本次|这次|此批|这批|该批)/;

/** The place that owns the last figure read so far, if a place does. */
function lastPlaceSubject(facts: readonly NumericFact[]): EntityMention | null {
  for (let i = facts.length - 1; i >= 0; i--) {
    const subject = facts[i]?.subject;
    if (subject?.label === 'Place') return subject;
  }
  return null;
}

/** The texts of up to four sentences before this one, nearest first: the items of a list split at ；. */
function listBefore(ctx: DocumentContext, sentence: Sentence): string[] {
  const out: string[] = [];
  for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - 4; i--) {
    const earlier = ctx.doc.sentences[i];
    if (earlier) out.push(earlier.text);
  }
  return out;
}

/** The two sentences before this one, nearest first: an anaphora looks back that far. */
function previousSentences(ctx: DocumentContext, sentence: Sentence): Sentence[] {
  return [ctx.doc.sentences[sentence.index - 1], ctx.doc.sentences[sentence.index - 2]].filter(
    (s): s is Sentence => s !== undefined,
  );
}

/**
 * A project's own figure (总投资5326万元, 可提供就业岗位78个, 投产后年产…) belongs to the
 * project named before it in the sentence, or, after 该项目 or 建成后, to the last project
 * of the sentences before. Figures of a list of projects (A、B等项目总投资…) are the place's.
 * Example: "恒远电子产业园项目落户开发区，总投资5亿元，建成后可提供就业岗位300个" → the project.
 */
function projectOfFigure(
  metric: string,
  where: { names: KnownNames; sentence: Sentence; clause: { start: number; end: number }; at: number },
  earlier: readonly Sentence[],
): EntityMention | null {
  // 完成投资 is what the place achieved through the project (城西村…项目完成投资1.2亿元).
  if (!PROJECT_METRIC.test(metric) || /累计|到位|完成|全镇|全区|全县|全市/.test(metric)) return null;
  const text = where.sentence.text;
  const standalone = (o: { start: number; end: number }, in_: string) =>
    !/^[、和及等]/.test(in_.slice(o.end)) && !/、$/.test(in_.slice(0, o.start));
  const continues = CONTINUATION.test(text.slice(where.clause.start, where.at));
  const here = where.names
    .in(text, ['Project'])
    .filter(
      (o) =>
        o.start < where.at && standalone(o, text) && !afterCopula(text, o.start) && !madeInto(text, o.start),
    )
    .filter((o) => o.start >= where.clause.start || continues)
    .sort((a, b) => b.start - a.start)[0];
  if (here) return here.entity;
  if (!PROJECT_ANAPHORA.test(text.slice(0, where.at))) return null;
  for (const sentence of earlier) {
    // 这些项目新质项目多…。项目建成后，年产值可达200亿元: after the batch is spoken of as a
    // whole, a bare 项目 is the batch, whose owner is the place.
    if (!/该项目/.test(text) && BATCH_OF_PROJECTS.test(sentence.text)) return null;
    const last = where.names
      .in(sentence.text, ['Project'])
      .filter((o) => standalone(o, sentence.text))
      .sort((a, b) => b.start - a.start)[0];
    if (last) return last.entity;
  }
  return null;
}

/** 某项目总投资10亿元，为某园区下游项目，…: a name after a copula says what the subject is. */
function afterCopula(text: string, start: number): boolean {
  const before = text.slice(0, start);
  const clauseStart = Math.max(...['，', ',', '；', ';', '：', ':'].map((p) => before.lastIndexOf(p))) + 1;
  return /^(?:为|是|系|属于|作为|列为|成为)/.test(before.slice(clauseStart));
}

/**
 * 抓好甲纺织年加工800万米坯布、乙科技年产20万套涂布等项目: in a list closed by 等项目, a
 * capacity after 年产 or 年加工 is part of an item's name (a company and its product), even
 * where the names are not known as projects; a capacity inside a project's name is no figure.
 */
function capacityOfListedName(text: string, q: { start: number; end: number }): boolean {
  const itemStart =
    Math.max(...['、', '，', ',', '；', ';', '：', ':', '。'].map((p) => text.lastIndexOf(p, q.start - 1))) +
    1;
  if (!/(?:年产|年加工|年处理|年生产)[^、，,；;。]{0,2}$/.test(text.slice(itemStart, q.start))) return false;
  return /^[^，,；;。：:]*?等(?:\d+个)?(?:重点|重大|产业)?项目/.test(text.slice(q.end));
}

/** Names a count may stand right after, in apposition: projects, companies, parks, institutions. */
const NAMED_COUNT_LABELS: EntityLabel[] = ['Project', 'Enterprise', 'Zone', 'Institution'];

/**
 * 金桥轻合金和恒建能源两个重点项目: a count in words right after a list of names only
 * restates how many were named. A count in digits (A、B等4个项目) is the text's own figure.
 */
function restatesNames(text: string, q: Quantity, named: readonly Occurrence[]): boolean {
  if (!/^[个家项所座]$/.test(q.unit) || !/^[两二三四五六七八九十]/.test(q.text)) return false;
  const last = named.find((o) => o.end === q.start);
  if (!last) return false;
  return named.some((o) => o.end < last.start && /^[、和及与]$/.test(text.slice(o.end, last.start)));
}

/** 2021年计划, 年度计划, 年内计划: a plan for the year, before a bare verb of completion. */
const YEAR_PLAN = /(?:年度|年内|当年|今年|本年|(?:19|20)\d{2}年)计划/;

/** Metrics that are a verb alone and say nothing of what they measure. */
const BARE_VERB_METRIC = /^(?:完成投资|完成|实现|达到)$/;

/** The noun of a count's metric: 启动迎林局掺混肥、隆通管业等重点项目 → 重点项目. */
function countedNoun(metric: string): string | null {
  const tail = metric.slice(Math.max(metric.lastIndexOf('等'), metric.lastIndexOf('、')) + 1);
  const noun = tail.replace(/^(?:启动|新建|实施|推进|开工|签约|引进|招引|建设|谋划|储备)+/, '');
  return /项目|工程|企业/.test(noun) && noun.length <= 10 ? noun : null;
}

/**
 * Nouns that small counts in words enumerate in speeches: 三项重点工作, 两个年头, 两个百年目标,
 * 做好三篇文章, 实现三个突破, 补齐两个短板.
 */
const ABSTRACT_NOUN =
  /^(?:重点|年头|方面|任务|工作|举措|环节|领域|目标|百年|走在前|大|新|关键|文章|突破|转变|短板|抓手|亮点)/;

/** 会议还部署了三项重点工作: a count of points made, not a figure of the place. */
function isAbstractCount(text: string, q: Quantity): boolean {
  return (
    /^[零〇一二两三四五六七八九十]+$/.test(q.text.replace(/[个项条篇大方面]+$/, '').slice(-2)) &&
    ABSTRACT_NOUN.test(text.slice(q.end))
  );
}

/**
 * Where the words of a figure begin: its clause, or, in an enumeration of figures
 * (新增上市企业4家、新三板挂牌企业7家), just after the separator following the previous one.
 */
function segmentAfter(text: string, at: { previous: Quantity | null; clauseStart: number }): number {
  const prev = at.previous;
  if (!prev || prev.end <= at.clauseStart) return at.clauseStart;
  const sep = /^[^、和及与]*?[、和及与]/.exec(text.slice(prev.end));
  return sep ? prev.end + sep[0].length : prev.end;
}

/**
 * 某公司20万吨粮食储备库即将建成: a capacity run into the facility it sizes names that
 * facility, as a capacity in a project's name does; a verb before it (新建2万吨水厂) makes
 * it the size of what is built, which stays a figure.
 */
const FACILITY_AFTER =
  /^[\u4e00-\u9fa5]{1,6}?(?:储备库|仓库|冷库|水厂|电站|变电站|污水处理厂|处理厂|处理站)(?=[，,；;。]|即将|将|已|项目|工程|建成|投产|正在|顺利)/;
const VERB_BEFORE = /(?:建设|新建|建成|兴建|扩建|改建|打造|形成|达到|达|新增|增加|提升|扩大|约|共|为|可)$/;

function namesFacility(text: string, q: Quantity): boolean {
  if (/元$/.test(q.unit) || q.unit === '%' || !/^[吨立方米千瓦万]/.test(q.unit)) return false;
  const before = text.slice(Math.max(0, q.start - 4), q.start);
  return (
    FACILITY_AFTER.test(text.slice(q.end)) && !VERB_BEFORE.test(before) && /[\u4e00-\u9fa5]$/.test(before)
  );
}

/**
 * 建成年产…生产线, 形成年产…的能力, 主要建设年产…生产线一条: a capacity the project will
 * have, not a name.
 */
const BUILT_CAPACITY =
  /(?:建成|形成|具备|达到|建设|新建|新上)年产\|[^，,；;。]{1,16}?(?:生产线|能力|产能)(?:[一二两三四五六七八九十\d]{1,3}条)?(?:及[^，,；;。]{0,12})?(?:[，,；;。]|$)/;

/** The words after an amount that make it the threshold of a class: 以上的工业项目, 规模以上工业企业. */
const CLASS_AFTER_THRESHOLD =
  /^(?:及|或)?(?:以上|以下)?的?(?:规模以上|限额以上|规上|限上)?[\u4e00-\u9fa5]{0,4}(?:项目|企业)/;

/** 、30亿元以上, 、5000万元以上: further thresholds after the first, up to the class's noun. */
const COORDINATED_THRESHOLDS = /^(?:[、和及或](?:\d+(?:\.\d+)?)(?:万|亿)?元?(?:以上|以下))+/;

/** Whether an amount, with the words after it, only bounds a class of projects or enterprises. */
function isClassThreshold(amount: string, written: string): boolean {
  // 计划投资100亿元以上、30亿元以上的项目各1个: thresholds joined by 、 bound the classes
  // their last one names.
  const after = /以上|以下/.test(amount) ? written.replace(COORDINATED_THRESHOLDS, '') : written;
  if (!CLASS_AFTER_THRESHOLD.test(after)) return false;
  return /以上|以下/.test(amount) || /^(?:及|或)?(?:以上|以下)|^(?:规模|限额)以上/.test(after);
}

/**
 * A figure that only qualifies a noun counted by the next figure: 10亿美元以上项目2个,
 * 5000万—1亿元项目3个, 3个超100亿元项目. The counted figure is the fact. Capacities in
 * project names (年产20万台伺服电机项目) qualify the name.
 */
function isModifier(text: string, quantities: readonly Quantity[], i: number): boolean {
  const q = quantities[i];
  if (!q) return false;
  // 年产5万吨调味品生产线项目: a capacity inside a project's name; but 将建成年产360万支轮毂生产线
  // states what the line will make.
  if (
    text.slice(Math.max(0, q.start - 2), q.start) === '年产' &&
    /^[\u4e00-\u9fa5]/.test(text.slice(q.end)) &&
    !BUILT_CAPACITY.test(text.slice(Math.max(0, q.start - 6), q.start) + '|' + text.slice(q.end))
  )
    return true;
  if (namesFacility(text, q)) return true;
  const prev = quantities[i - 1];
  if (prev && prev.end === q.start && /元$/.test(q.unit)) return true;
  // 总投资558亿元的重点项目106个: a stated investment is a sum, not a bucket threshold.
  if (/元$/.test(q.unit) && /投资(?:额|总额)?$/.test(text.slice(0, q.start)) && text[q.end] === '的')
    return false;
  const next = quantities[i + 1];
  if (!next) return false;
  const between = text.slice(q.end, next.start);
  // 6个镇级卡口和102个村级卡口, 7条道路以及4座农危桥: two counts joined, not one qualifying the other.
  const joined = /和|以及|及|与/.test(between);
  return (
    between.length > 0 &&
    between.length <= 12 &&
    !/[，,、；;。：:（(）)]/.test(between) &&
    !joined &&
    !LINKING_VERB.test(between)
  );
}

/** The month a text is dated in, or null. */
function publishedMonth(ctx: DocumentContext): number | null {
  const month = Number(ctx.doc.publishedAt?.slice(5, 7) ?? NaN);
  return Number.isFinite(month) && month >= 1 && month <= 12 ? month : null;
}
