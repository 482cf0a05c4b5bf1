import { nextSection, type Section } from '../read/sections';
import type { DocumentContext } from '../types';

/**
 * Reports copied from a PDF keep its line breaks: a paragraph runs over lines of about the
 * same width, each ending mid-sentence. Read line by line, such a line looks like a heading
 * (short, no closing stop), and one that happens to hold a cue (…会议确定的各项目标任务。)
 * turns the review into a plan part, so that every result after it reads as a goal. For
 * figures, a hard-wrapped document's parts are read again: a line that goes on from a
 * full-width line before it opens nothing, and a full-width line that runs on is a
 * paragraph's first line, which turns the report only by its opening words.
 */

/** Lines shorter than this are headings, signatures and datelines, not wrapped text. */
const MIN_LINE = 15;
/** How many wrapped lines make a document hard-wrapped, and what share of its long lines. */
const MIN_WRAPPED = 5;
const WRAPPED_SHARE = 0.4;
/** A line ends its sentence with a stop, a colon or a closing quote or bracket. */
const LINE_END = /[。！？!?；;：:”’」』）)】]$/;
/** Numbered headings: 一、, (一), 1., 第一. */
const NUMBERED =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十]+)/;

interface Line {
  start: number;
  end: number;
  text: string;
  /** Whether the raw line right after this one holds text (no blank line between). */
  runsInto: boolean;
}

/** A line that runs on into the next one, as wrapped text does. */
function wraps(line: Line | undefined): line is Line {
  return (
    line !== undefined &&
    line.runsInto &&
    line.text.length >= MIN_LINE &&
    !LINE_END.test(line.text) &&
    !NUMBERED.test(line.text)
  );
}

/** The context itself, or for a hard-wrapped document one whose sentences carry re-read parts. */
export function withUnwrappedSections(ctx: DocumentContext): DocumentContext {
  const lines = linesOf(ctx.doc.text);
  const long = lines.filter((l) => l.text.length >= MIN_LINE);
  const wrapped = lines.filter(wraps);
  if (wrapped.length < MIN_WRAPPED || wrapped.length < long.length * WRAPPED_SHARE) return ctx;
  const width = median(wrapped.map((l) => l.text.length));
  const full = (l: Line | undefined) => wraps(l) && l.text.length >= width * 0.8;
  const sections: Section[] = [];
  let section: Section = 'other';
  lines.forEach((line, i) => {
    if (!full(lines[i - 1])) {
      // A full-width line that runs on opens a paragraph: only its opening words may turn the
      // report, as a heading could not end mid-sentence (the stop makes it no heading).
      section = nextSection(full(line) ? `${line.text}。` : line.text, section);
    }
    sections.push(section);
  });
  let at = 0;
  const sentences = ctx.doc.sentences.map((s) => {
    while (at < lines.length - 1 && (lines[at]?.end ?? 0) < s.start) at++;
    return { ...s, section: sections[at] ?? s.section };
  });
  return { ...ctx, doc: { ...ctx.doc, sentences } };
}

/** The non-blank lines of a text, trimmed, with their offsets. */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  const raws = text.split('\n');
  let start = 0;
  raws.forEach((raw, i) => {
    const trimmed = raw.trim();
    const runsInto = (raws[i + 1] ?? '').trim() !== '';
    if (trimmed) out.push({ start, end: start + raw.length, text: trimmed, runsInto });
    start += raw.length + 1;
  });
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
