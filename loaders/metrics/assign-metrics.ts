import type { Properties } from '../../schema/model';
import type { EntityMention, ExtractedFacts } from '../types';
import { isBareVerbMetric, isNameListMetric, nounAfterFigure } from './garbage-metric';
import { matchMetric } from './match-metric';

const FIGURE_LABELS = new Set(['Target', 'Indicator']);

/**
 * The metrics stage, between extract and resolve: every target and indicator gets a
 * `metricKey` from the vocabulary (null when its metric is unknown) and, when it has one,
 * its figure in the metric's canonical unit (`normValue`, `normValueMax`, `normUnit`);
 * `metric`, `value` and `unit` stay as stated. A figure whose metric is a list of names
 * takes the noun counted after it when there is one (…等16个新建项目 → 新建项目); one whose
 * metric is a bare verb (完成投资), or a list with nothing after it, is dropped with its
 * relations.
 */
export function assignMetrics(facts: ExtractedFacts, text?: string): ExtractedFacts {
  const dropped = new Set<string>();
  const entities: EntityMention[] = [];
  const projectFigures = figuresOfProjects(facts);
  for (const entity of facts.entities) {
    if (!FIGURE_LABELS.has(entity.label)) {
      entities.push(entity);
      continue;
    }
    const group = text === undefined ? null : groupTotal(entity, text);
    const bound = text !== undefined && BOUND_OF_GROUP.test(text.slice(entity.span.end, entity.span.end + 6));
    const figure = withMetric(entity, projectFigures.has(entity.key), group, bound);
    if (figure) entities.push(figure);
    else dropped.add(entity.key);
  }
  const relations = facts.relations.filter((r) => !dropped.has(r.fromKey) && !dropped.has(r.toKey));
  return { entities, relations };
}

/** Keys of the figures whose subject (TARGETS or REPORTS) is a project. */
function figuresOfProjects(facts: ExtractedFacts): Set<string> {
  const projects = new Set(facts.entities.filter((e) => e.label === 'Project').map((e) => e.key));
  return new Set(
    facts.relations
      .filter((r) => (r.type === 'TARGETS' || r.type === 'REPORTS') && projects.has(r.fromKey))
      .map((r) => r.toKey),
  );
}

/** A bare total investment: of one project (总投资5亿元的…项目) unless a group is counted just before it. */
const BARE_TOTAL = /^(?:计划|协议)?(?:总投资(?:额)?|投资总额)$/;
/**
 * The projects counted in the clause just before a bare total (签约项目14个，总投资36亿元;
 * 共签约6个项目，总投资7.2亿元; 引进项目5个，总投资4.2亿元): the event that names the group.
 */
const GROUP_BEFORE =
  /(?:(签约|开工|引进|招引|储备|续建|在建)[\u4e00-\u9fa5“”"]{0,8}?项目[“”"]?(?:共|达)?(?:\d+|[一二三四五六七八九十两]+)个|(签约|开工|引进|招引|储备|续建|在建)(?:了)?(?:\d+|[一二三四五六七八九十两]+)个[\u4e00-\u9fa5]{0,6}?项目)[,，、；;]?(?:计划|协议)?(?:总投资(?:额)?|投资总额)(?:达到?|为|约|共)?$/;

/**
 * The group metric of a bare 总投资 that follows a count of projects in the same clause
 * (签约项目总投资, 开工项目总投资, 引进项目总投资), null otherwise. A total followed by 的 is one
 * project's (总投资5亿元的物流项目) whatever stands before it.
 */
function groupTotal(entity: EntityMention, text: string): string | null {
  const metric = typeof entity.properties.metric === 'string' ? entity.properties.metric : '';
  if (!BARE_TOTAL.test(metric.trim())) return null;
  const { start, end } = entity.span;
  if (text.slice(end, end + 1) === '的') return null;
  const m = GROUP_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const event = m?.[1] ?? m?.[2];
  if (!event) return null;
  return `${event === '招引' ? '引进' : event}项目总投资`;
}

/** 纳税超百万元的企业达到12家: a figure followed by 的 and a group is the bound that defines the group. */
const BOUND_OF_GROUP = /^(?:以上|以下)?的(?:企业|项目|村|行政村|单位|公司|农户|家庭|楼宇)/;

function withMetric(
  entity: EntityMention,
  projectSubject: boolean,
  group: string | null = null,
  bound = false,
): EntityMention | null {
  const p = entity.properties;
  let metric = typeof p.metric === 'string' ? p.metric : '';
  let name = entity.name;
  if (isBareVerbMetric(metric)) return null;
  if (isNameListMetric(metric)) {
    // The name is the metric and the figure as written (see numericFacts).
    const quantityText = name.slice(metric.length).trim();
    const noun = nounAfterFigure(typeof p.text === 'string' ? p.text : '', quantityText);
    if (!noun) return null;
    metric = noun;
    name = `${noun} ${quantityText}`;
  } else if (/(?:等|的)$/.test(metric.trim())) {
    // 甲产业提升等9个项目开工, 参加签约的6个项目: the projects or firms counted follow the figure.
    const said = metric.trim();
    const quantityText = name.slice(metric.length).trim();
    // 参加签约的6个项目中: 中 (among them) closes the clause, not the noun.
    const noun = nounAfterFigure(typeof p.text === 'string' ? p.text : '', quantityText)?.replace(/中$/, '');
    if (noun && /(?:项目|企业)$/.test(noun)) {
      metric = said.endsWith('的') ? `${said.slice(0, -1)}${noun}` : noun;
      name = `${metric} ${quantityText}`;
    }
  }
  const value = typeof p.value === 'number' ? p.value : null;
  const unit = typeof p.unit === 'string' ? p.unit : '';
  const valueMax = typeof p.valueMax === 'number' ? p.valueMax : null;
  const asGroup =
    value === null || group === null
      ? null
      : matchMetric({ metric: group, value, valueMax, unit, projectSubject: false });
  const match =
    asGroup ??
    (value === null || bound ? null : matchMetric({ metric, value, valueMax, unit, projectSubject }));
  const properties: Properties = { ...p, metric, metricKey: match?.entry.key ?? null };
  if (match) {
    // 同比下降3%: a growth of -3 %, so that it compares with a goal of growth.
    const sign = match.decline ? -1 : 1;
    Object.assign(properties, { normValue: sign * match.figure.value, normUnit: match.figure.unit });
    if (match.figure.valueMax !== null) properties.normValueMax = sign * match.figure.valueMax;
  }
  return { ...entity, name, properties };
}
