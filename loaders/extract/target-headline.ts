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
  return headingLike(sentence);
}

/** A line of the page's heading block: short and without a closing stop. */
function headingLike(sentence: Sentence): boolean {
  return sentence.text.length <= HEADLINE_MAX && !/[。！？!?]$/.test(sentence.text.trim());
}

/**
 * A subheading under the headline (去年工业入库税金1.02亿元，同比增长108.4%, above the dateline's
 * body) sums up a figure the body states again with its owner: the subheading's copy of a
 * figure the body restates is left to the body. Every line before it must be a heading line
 * too, so a body line without a stop is never taken for one.
 */
export function restatedBelowHeading(
  sentences: readonly Sentence[],
  sentence: Sentence,
  figure: string,
): boolean {
  if (sentence.index === 0 || !headingLike(sentence)) return false;
  if (!sentences.slice(0, sentence.index).every(headingLike)) return false;
  return sentences.slice(sentence.index + 1).some((s) => !headingLike(s) && s.text.includes(figure));
}
