import type { DocumentContext, EntityMention, ExtractedFacts, RelationMention } from '../types';
import { sharedNumericFacts } from './numeric-facts-shared';
import type { NumericFact } from './target-facts';

/**
 * Forward-looking numeric goals and the TARGETS link from their subject. Rules:
 * - target.hedged-goal: a hedge or plan verb before the figure.
 *   Example: "力争明年新增上市挂牌企业7家" → 新增上市挂牌企业 7 家, 2024, 力争.
 * - target.future-year: a future time before the figure.
 *   Example: "明年新增学位8190个" → 新增学位 8190 个, 2024.
 * - target.plan-section: a figure in the plan part of a report without review cues.
 *   Example: "（今年工作安排）城镇新增就业1.6万人" → 城镇新增就业 16000 人.
 */
export function extractTargets(ctx: DocumentContext, known: ExtractedFacts): ExtractedFacts {
  return numericFacts(
    sharedNumericFacts(ctx, known).filter((f) => f.kind === 'Target'),
    'TARGETS',
  );
}

/** Entities and relation mentions for figures of one kind. */
export function numericFacts(facts: readonly NumericFact[], relation: 'TARGETS' | 'REPORTS'): ExtractedFacts {
  const entities: EntityMention[] = [];
  const relations: RelationMention[] = [];
  for (const f of facts) {
    const q = f.quantity;
    const span = {
      sentenceIndex: f.sentence.index,
      start: f.sentence.start + q.start,
      end: f.sentence.start + q.end,
    };
    const key = `${f.kind}:${f.subject.key}|${f.metric}|${q.value}|${f.year ?? ''}`;
    const properties: EntityMention['properties'] = {
      metric: f.metric,
      value: q.value,
      unit: q.unit,
      year: f.year,
      text: f.clause,
    };
    if (q.valueMax !== undefined) properties.valueMax = q.valueMax;
    if (f.kind === 'Target')
      Object.assign(properties, { qualifier: f.qualifier, hard: f.hard, change: f.change });
    else properties.change = f.change;
    const confidence = f.rule === 'target.hedged-goal' || f.rule === 'indicator.achieved' ? 0.8 : 0.65;
    entities.push({
      key,
      label: f.kind,
      name: `${f.metric} ${q.text}`,
      aliases: [],
      properties,
      span,
      rule: f.rule,
      confidence,
    });
    relations.push({
      type: relation,
      fromKey: f.subject.key,
      toKey: key,
      properties: {},
      span,
      rule: f.rule,
      confidence,
    });
  }
  return { entities, relations };
}
