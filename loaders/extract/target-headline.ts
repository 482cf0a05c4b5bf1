import type { Sentence } from '../types';
import { findQuantities } from './numbers';

/**
 * News pages open with a headline that restates the body's figures in brief
 * ("青山镇新一批项目开工 预计年增客流3万人次", then "…预计年增客流3万人次。" in the text).
 * The body's sentence is the fact; the headline's copy would count it twice.
 */

/** A headline: the document's first line, short and without a closing stop. */
const HEADLINE_MAX = 40;

/** Whether a figure of this sentence is a headline's copy of a figure the body states again. */
export function restatedInBody(options: {
  sentences: readonly Sentence[];
  sentence: Sentence;
  value: number;
  unit: string;
}): boolean {
  const { sentences, sentence } = options;
  if (sentence.index !== 0 || sentences.length < 2) return false;
  if (sentence.text.length > HEADLINE_MAX || /[。！？!?]$/.test(sentence.text.trim())) return false;
  return sentences
    .slice(1)
    .some((s) => findQuantities(s.text).some((q) => q.unit === options.unit && q.value === options.value));
}
