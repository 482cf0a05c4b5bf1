import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/** A word of a sentence with its part-of-speech tag and offsets into that sentence. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | null = null;
const cache = new Map<string, Token[]>();
const CACHE_LIMIT = 8192;
/** The text segmented last: a rule often asks about the same name or sentence again at once. */
let lastText: string | null = null;
let lastTokens: Token[] = [];

/**
 * Word boundaries for one sentence. HMM is off: unknown names then fall apart into single
 * characters instead of fusing with the verb before them (携嘉宝智电).
 * Jieba's dictionary is large, so one instance serves the
 * whole process; the extractors ask for the same sentence many times, so results are cached.
 */
export function tokenize(text: string): Token[] {
  if (text === lastText) return lastTokens;
  const cached = cache.get(text);
  if (cached) {
    lastText = text;
    lastTokens = cached;
    return cached;
  }
  jieba ??= Jieba.withDict(dict);
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of jieba.tag(text, false)) {
    const at = text.indexOf(word, cursor);
    const start = at < 0 ? cursor : at;
    tokens.push({ word, tag, start, end: start + word.length });
    cursor = start + word.length;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, tokens);
  lastText = text;
  lastTokens = tokens;
  return tokens;
}

/** Index of the token that holds character `offset`, or -1 (tokens are in text order). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const t = tokens[mid] as Token;
    if (offset < t.start) high = mid - 1;
    else if (offset >= t.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
