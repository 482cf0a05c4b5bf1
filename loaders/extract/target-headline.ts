import type { Sentence } from '../types';

/**
 * News pages open with a headline that sums up the body's figures in brief
 * ("青山镇新一批项目开工 总投资超3亿 预计年增客流3万人次"). The body states each figure
 * with its owner and context; the headline's copy would count it twice, and its round sums
 * (超3亿 for two projects of 1.6亿 and 1.5亿) are no figure the body states at all. A
 * headline's figures are left to the body.
 */

/** A headline: the document's first line, short and without a closing stop. */
const HEADLINE_MAX = 40;

/** Whether a sentence is the document's headline. */
export function isHeadline(sentences: readonly Sentence[], sentence: Sentence): boolean {
  if (sentence.index !== 0 || sentences.length < 2) return false;
  return sentence.text.length <= HEADLINE_MAX && !/[。！？!?]$/.test(sentence.text.trim());
}
