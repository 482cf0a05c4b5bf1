import type { RelationshipType } from '../../schema/model';
import type { EntityMention, RelationMention } from '../types';

/**
 * A relation read off the text, from one mention to an entity key, at the span of `at`
 * (the `from` mention unless given): the one shape every relation rule returns.
 */
export function relation(
  type: RelationshipType,
  from: EntityMention,
  options: { to: string; rule: string; confidence: number; at?: EntityMention },
): RelationMention {
  return {
    type,
    fromKey: from.key,
    toKey: options.to,
    properties: {},
    span: (options.at ?? from).span,
    rule: options.rule,
    confidence: options.confidence,
  };
}
