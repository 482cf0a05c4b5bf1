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
export function assignMetrics(facts: ExtractedFacts): ExtractedFacts {
  const dropped = new Set<string>();
  const entities: EntityMention[] = [];
  const projectFigures = figuresOfProjects(facts);
  for (const entity of facts.entities) {
    if (!FIGURE_LABELS.has(entity.label)) {
      entities.push(entity);
      continue;
    }
    const figure = withMetric(entity, projectFigures.has(entity.key));
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

function withMetric(entity: EntityMention, projectSubject: boolean): EntityMention | null {
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
  }
  const value = typeof p.value === 'number' ? p.value : null;
  const unit = typeof p.unit === 'string' ? p.unit : '';
  const valueMax = typeof p.valueMax === 'number' ? p.valueMax : null;
  const match = value === null ? null : matchMetric({ metric, value, valueMax, unit, projectSubject });
  const properties: Properties = { ...p, metric, metricKey: match?.entry.key ?? null };
  if (match) {
    // 同比下降3%: a growth of -3 %, so that it compares with a goal of growth.
    const sign = match.decline ? -1 : 1;
    Object.assign(properties, { normValue: sign * match.figure.value, normUnit: match.figure.unit });
    if (match.figure.valueMax !== null) properties.normValueMax = sign * match.figure.valueMax;
  }
  return { ...entity, name, properties };
}
