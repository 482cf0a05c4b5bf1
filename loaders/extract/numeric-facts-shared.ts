import type { DocumentContext, EntityMention, ExtractedFacts } from '../types';
import { findNumericFacts, type NumericFact } from './target-facts';
import { NAMED_LABELS } from './target-names';

/**
 * The figures of a document, found once for the targets and the indicators together.
 * Both ask `findNumericFacts` about the same document, the indicators with the targets
 * added to what is known; the search reads only the named entities (target-names.ts), so
 * when those are the same entities the answer is the same and is not computed again.
 */
const found = new WeakMap<DocumentContext, { names: readonly EntityMention[]; facts: NumericFact[] }>();

export function sharedNumericFacts(ctx: DocumentContext, known: ExtractedFacts): NumericFact[] {
  const names = known.entities.filter((entity) => NAMED_LABELS.includes(entity.label));
  const held = found.get(ctx);
  if (held && sameEntities(held.names, names)) return held.facts;
  const facts = findNumericFacts(ctx, known);
  found.set(ctx, { names, facts });
  return facts;
}

function sameEntities(a: readonly EntityMention[], b: readonly EntityMention[]): boolean {
  return a.length === b.length && a.every((entity, i) => entity === b[i]);
}
