import type { Sentence } from '../types';
import { nextSection, type Section } from './sections';

/** Sentence ends: full-width and ASCII 。!?; — a line end also ends a sentence. */
const TERMINATORS = new Set(['。', '!', '?', ';', '!', '?', ';']);
/** Closing quotes and brackets after a terminator belong to the sentence it ends: …不懈奋斗!” */
const CLOSERS = new Set(['”', '’', '」', '』', '》', ')', ')', '"', "'", '】']);

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
  let start = from;
  let i = from;
  while (i < to) {
    const char = text[i] ?? '';
    i += 1;
    if (!TERMINATORS.has(char)) continue;
    while (i < to && (TERMINATORS.has(text[i] ?? '') || CLOSERS.has(text[i] ?? ''))) i += 1;
    pushTrimmed(out, text, [start, i]);
    start = i;
  }
  pushTrimmed(out, text, [start, to]);
  return out;
}

function pushTrimmed(out: [number, number][], text: string, range: [number, number]): void {
  let [start, end] = range;
  while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  if (end > start) out.push([start, end]);
}
