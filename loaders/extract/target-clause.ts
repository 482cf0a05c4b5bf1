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

/** Whether `offset` lies inside “…” or 《…》: slogans (“四个一”) and titles are not figures. */
export function insideQuotes(text: string, offset: number): boolean {
  let depth = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '《') depth++;
    else if ((ch === '”' || ch === '》') && depth > 0) depth--;
  }
  return depth > 0;
}
