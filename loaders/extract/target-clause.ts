/** Clause boundaries and quoted stretches of a sentence, for the numeric-fact rules. */

const CLAUSE_BREAK = /[，,；;：:。！？!?]/;

/** [start, end) of the clause around `offset` in a sentence. */
export function clauseAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1] ?? '')) start--;
  let end = offset;
  while (end < text.length && !CLAUSE_BREAK.test(text[end] ?? '')) end++;
  return { start, end };
}

/**
 * Whether `offset` lies inside “…” or 《…》: slogans (“四个一”) and titles are not figures.
 * A quotation that holds a clause break, before or after the offset, is reported speech
 * (“今年，我们计划新建大棚200亩……”, an official in an interview), whose figures count.
 */
export function insideQuotes(text: string, offset: number): boolean {
  const open: number[] = [];
  for (let i = 0; i < offset; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '《') open.push(i);
    else if ((ch === '”' || ch === '》') && open.length > 0) open.pop();
  }
  const from = open[0];
  if (from === undefined) return false;
  if (text[from] !== '“') return true;
  // “今年全镇有12项重点项目，涉及…”: a break after the figure, or a quote the sentence does not
  // close, is speech as well.
  const close = text.indexOf('”', offset);
  const quoted = text.slice(from, close < 0 ? text.length : close);
  return !(SPEECH_BREAK.test(quoted) || (close < 0 && quoted.length > UNCLOSED_SPEECH));
}

/** An unclosed quote this long runs on into the next sentence: speech, not a name. */
const UNCLOSED_SPEECH = 12;

/** Punctuation that no slogan or name holds before its figure: the quote is speech. */
const SPEECH_BREAK = /[，,。；;：:！？!?]/;
