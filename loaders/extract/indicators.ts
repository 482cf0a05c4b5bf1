import type { DocumentContext, ExtractedFacts } from '../types';
import { sharedNumericFacts } from './numeric-facts-shared';
import { numericFacts } from './targets';

/**
 * Achieved figures and the REPORTS link from their place or enterprise. Rules:
 * - indicator.achieved: a review cue (已, 累计, 完成了, 成功, 获评) in the figure's clause.
 *   Example: "累计申报高新技术企业11家" → 累计申报高新技术企业 11 家.
 * - indicator.figure: any other figure outside plans and hedges.
 *   Example: "全镇现有规上企业169家" → 规上企业 169 家.
 */
export function extractIndicators(ctx: DocumentContext, known: ExtractedFacts): ExtractedFacts {
  return numericFacts(
    sharedNumericFacts(ctx, known).filter((f) => f.kind === 'Indicator'),
    'REPORTS',
  );
}
