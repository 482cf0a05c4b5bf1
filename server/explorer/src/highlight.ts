/** A run of a sentence; `mark` runs are the entity's own words. */
export interface TextRun {
  text: string;
  mark: boolean;
}

export interface HighlightOptions {
  sentence: string;
  /** Names the entity goes by (name first, then aliases). */
  names: readonly string[];
  /** Offsets of the mention in the document; their difference is the mention's length. */
  start?: number | null;
  end?: number | null;
  /** Offset of the sentence in the document, when the API gives it. */
  sentenceStart?: number | null;
}

/**
 * Splits a provenance sentence into runs with the entity's mention marked. The offsets
 * point into the document, not the sentence; when the sentence's own offset is known they
 * locate the mention exactly, otherwise the names are looked up, preferring the one whose
 * length equals the mention's (a sentence may hold both 嘉泽 and 嘉泽镇).
 */
export function highlightMention(options: HighlightOptions): TextRun[] {
  const { sentence } = options;
  const exact = spanFromOffsets(options);
  if (exact) return split(sentence, [exact]);
  const length = options.start != null && options.end != null ? options.end - options.start : null;
  const names = [...new Set(options.names.filter((n) => n.length > 0))].sort(
    (a, b) => Number(b.length === length) - Number(a.length === length) || b.length - a.length,
  );
  for (const name of names) {
    const spans = occurrences(sentence, name);
    if (spans.length > 0) return split(sentence, spans);
  }
  return [{ text: sentence, mark: false }];
}

function spanFromOffsets(options: HighlightOptions): [number, number] | null {
  const { sentence, start, end, sentenceStart } = options;
  if (start == null || end == null || sentenceStart == null) return null;
  const from = start - sentenceStart;
  const to = end - sentenceStart;
  return from >= 0 && to <= sentence.length && from < to ? [from, to] : null;
}

function occurrences(text: string, needle: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    spans.push([at, at + needle.length]);
  }
  return spans;
}

function split(text: string, spans: readonly [number, number][]): TextRun[] {
  const runs: TextRun[] = [];
  let cursor = 0;
  for (const [from, to] of spans) {
    if (from > cursor) runs.push({ text: text.slice(cursor, from), mark: false });
    runs.push({ text: text.slice(from, to), mark: true });
    cursor = to;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), mark: false });
  return runs;
}
