import type { Sentence } from '../types';
import { nextSection, type Section } from './sections';

/**
 * A sentence ends at 。!?; (full-width or ASCII) or at a line end. Closing quotes and
 * brackets after the terminator belong to the sentence it ends: …不懈奋斗!”
 */
const SENTENCE_END = /[。!?;!?;][。!?;!?;”’」』》))"'】]*/gu;

/**
 * The sentences of a normalised text, each with exact offsets
 * (text.slice(start, end) === sentence.text) and the report section it stands in.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let section: Section = 'other';
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).trim();
    if (line) {
      section = nextSection(line, section);
      for (const [start, end] of pieces(text, lineStart, lineEnd)) {
        sentences.push({ index: sentences.length, text: text.slice(start, end), start, end, section });
      }
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return sentences;
}

/** Trimmed, non-empty [start, end) ranges of the sentences in one line. */
function pieces(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const line = text.slice(from, to);
  let start = 0;
  for (const end of line.matchAll(SENTENCE_END)) {
    const after = end.index + end[0].length;
    pushTrimmed(out, line, [start, after]);
    start = after;
  }
  pushTrimmed(out, line, [start, line.length]);
  return out.map(([start, end]) => [from + start, from + end]);
}

function pushTrimmed(out: [number, number][], text: string, range: [number, number]): void {
  let [start, end] = range;
  while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  if (end > start) out.push([start, end]);
}

/** The sentence holding a document offset (sentences are in text order). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid] as Sentence;
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return s;
  }
  return null;
}
