import { formIndexOf, type FormHit } from './form-index';
import { BOUNDARY_TAGS, GENERIC_WORDS, INNER_WORDS, LEADING_WORDS, NAME_PUNCTUATION } from './name-lexicon';
import { tokenize, tokenAt, type Token } from './name-segment';
import { sharedScan } from './sentence-cache';

/** A name found in a sentence; offsets are local to the sentence text. */
export interface NameSpan {
  name: string;
  start: number;
  end: number;
}

export interface SuffixScanOptions {
  /** Head words that end a name of this kind, longest first is not required. */
  suffixes: readonly string[];
  /** Longest plausible name in characters. */
  maxLength: number;
  /** Suffixes that must end a word (中心 in 为民服务中心, not in 中心镇区). */
  wordFinal?: ReadonlySet<string>;
  /**
   * Whether a verb ends the name on its left. Parks and institutions are named by nouns, so a
   * verb before them is the predicate (高新区创成国家级绿色园区); works are often named by
   * their verb (水环境综合治理工程), so for projects only the lexicon's verbs end a name.
   */
  verbsEnd?: boolean;
  /** Keep verbs that open the name: campaigns are named by them (扫黑除恶专项斗争). */
  keepLeadingVerbs?: boolean;
  /**
   * Brand names are strings of rare characters that jieba tags one by one, some as
   * particles or prepositions (森根科技 → 森/根(p), 柚之健 → 之(u), 宠嘟嘟 → 嘟嘟(o)):
   * such a token between two word characters stays inside the name unless it is one of
   * the function words that really join clauses (与, 和, 在…).
   */
  glueOddTokens?: boolean;
  /**
   * A body the caller accepts as a name even though it reads as a generic word: 火炬开发区, whose
   * 火炬 is a dictionary noun but names the zone. Without it, every generic body is dropped.
   */
  keepBody?: (body: string, suffix: string) => boolean;
  /**
   * Words the dictionary tags as verbs that stay inside a name of this kind: the function
   * words of parks (休闲 of 某某休闲产业园, 租赁 of 租赁和商务服务业产业园) are not predicates.
   */
  innerVerbs?: ReadonlySet<string>;
}

/** Function words that end a name on their left even inside a run of single characters. */
const JOINING_WORDS = new Set([
  ...'与和及在对向为从把被由将同跟给以于的了等或并而是',
  '以及',
  '并且',
  '我们',
  '其中',
  '这些',
  '这个',
  '我',
  '该',
]);

const LEADING_SET = new Set(LEADING_WORDS.filter((w) => !INNER_WORDS.has(w)));
const LEADING_BY_LENGTH = [...LEADING_WORDS].sort((a, b) => b.length - a.length);
/** The same words by first character, longest first within each, so a name tries only its own. */
const LEADING_BY_FIRST = new Map<string, string[]>();
for (const word of LEADING_BY_LENGTH) {
  const first = word[0] ?? '';
  LEADING_BY_FIRST.set(first, [...(LEADING_BY_FIRST.get(first) ?? []), word]);
}
const OPENING = new Set(['“', '‘', '"']);
const CLOSING: Record<string, string> = { '“': '”', '‘': '’', '"': '"' };

const NAME_CHAR = /[\u4e00-\u9fa5A-Za-z0-9\u00C0-\u024F]/;

function isHardBoundary(
  token: Token,
  before: Token | undefined,
  verbsEnd = false,
  innerVerbs?: ReadonlySet<string>,
): boolean {
  if (
    verbsEnd &&
    token.tag === 'v' &&
    token.word.length >= 2 &&
    !INNER_WORDS.has(token.word) &&
    !innerVerbs?.has(token.word)
  )
    return true;
  if (/^\s+$/.test(token.word)) return true;
  if (token.tag === 'x' && ![...token.word].every((c) => NAME_PUNCTUATION.has(c) || NAME_CHAR.test(c)))
    return true;
  if (BOUNDARY_TAGS.has(token.tag)) return true;
  // A measure word after a number (3个, 8家) closes a count, not a name; 排口 is a name part.
  if (token.tag === 'q' && before?.tag === 'm') return true;
  // 新建 tagged as a noun stands inside a name (嘉泽中心幼儿园新建项目); as a verb it opens one.
  return LEADING_SET.has(token.word) && !['n', 'ns', 'nr', 'nz', 'nt', 'j'].includes(token.tag);
}

/** Drops leading verbs, adverbs and determiners: 加快建设国际花卉园艺示范园 → 国际花卉园艺示范园. */
export function stripLeading(
  text: string,
  range: { from: number; limit: number; keepVerbs?: boolean },
): number {
  const { limit, keepVerbs = false } = range;
  let start = range.from;
  for (;;) {
    const rest = text.slice(start, limit);
    const word = LEADING_BY_FIRST.get(rest[0] ?? '')?.find(
      (w) => rest.startsWith(w) && rest.length > w.length,
    );
    if (word) {
      start += word.length;
      continue;
    }
    // 第二批发达镇改革, 第三届…: an ordinal says which round, not which programme.
    const ordinal = /^第[一二三四五六七八九十\d]+[批轮届次期]/.exec(rest);
    if (ordinal && rest.length > ordinal[0].length + 1) {
      start += ordinal[0].length;
      continue;
    }
    const tokens = tokenize(text);
    const token = tokens[tokenAt(tokens, start)];
    const verbal =
      token &&
      token.start === start &&
      (keepVerbs ? ['d', 'ad'] : ['v', 'vd', 'd', 'ad']).includes(token.tag) &&
      token.word.length >= 2;
    if (verbal && token.end <= limit && !/期$/.test(token.word)) {
      start = token.end;
      continue;
    }
    if (/^[、，,：:”’)）]/.test(rest)) {
      start += 1;
      continue;
    }
    return start;
  }
}

/** Where the name that ends at `suffixStart` begins, or null when it would be too long. */
export function nameStart(
  text: string,
  options: {
    suffixStart: number;
    maxLength: number;
    end: number;
    verbsEnd?: boolean;
    keepLeadingVerbs?: boolean;
    glueOddTokens?: boolean;
    innerVerbs?: ReadonlySet<string>;
  },
): number | null {
  const tokens = tokenize(text);
  let start = options.suffixStart;
  let k = tokenAt(tokens, options.suffixStart - 1);
  const straddling = tokens[k];
  if (straddling && straddling.end > options.suffixStart) {
    start = straddling.start;
    k -= 1;
  }
  for (; k >= 0; k -= 1) {
    const token = tokens[k] as Token;
    if (OPENING.has(token.word)) {
      start = token.start;
      break;
    }
    const glued =
      options.glueOddTokens === true &&
      BOUNDARY_TAGS.has(token.tag) &&
      !JOINING_WORDS.has(token.word) &&
      /^[\u4e00-\u9fa5]+$/.test(token.word) &&
      /^[\u4e00-\u9fa5]$/.test(tokens[k - 1]?.word.slice(-1) ?? '') &&
      !JOINING_WORDS.has(tokens[k - 1]?.word ?? '');
    // 云和经济开发区: a known name the dictionary cuts at a joining word (云|和) is read whole.
    const split = options.innerVerbs?.has(`${tokens[k - 1]?.word ?? ''}${token.word}`) === true;
    if (!glued && !split && isHardBoundary(token, tokens[k - 1], options.verbsEnd, options.innerVerbs)) break;
    if (options.end - token.start > options.maxLength) return null;
    start = token.start;
  }
  return stripLeading(text, { from: start, limit: options.suffixStart, keepVerbs: options.keepLeadingVerbs });
}

/**
 * True when every word of a name is a generic word of the genre (重大平台, 重点项目). Kept
 * per name, as isGenericBody: the same heads and bodies come back from rule after rule.
 */
export const isGenericName: (name: string) => boolean = sharedScan(genericName);

function genericName(name: string): boolean {
  const plain = name
    .replace(/^[一二三四五六七八九十两几多A-Za-z\d]+[大个项批类所家]/, '')
    .replace(/[“”‘’"()（）\d.%]/g, '');
  if (plain.length < 2) return true;
  const tokens = tokenize(plain);
  // 坚持改革, 反映改革: one verb before the head is a predicate, not a name.
  if (tokens.length === 1 && /^v/.test(tokens[0]?.tag ?? '')) return true;
  return tokens.every((t) => GENERIC_WORDS.has(t.word) || t.tag === 'm' || t.tag === 'q');
}

/**
 * True when the words before the head say nothing specific: 重大项目, 新建项目, 省级高新区.
 * Kept per body: it segments the body, and the rules ask about the same bodies again and again.
 */
export const isGenericBody: (body: string) => boolean = sharedScan(genericBody);

function genericBody(body: string): boolean {
  const plain = body
    .replace(/[“”‘’"()（）\d.%]/g, '')
    .replace(/[一二三四五六七八九十]+期/g, '')
    .replace(/^[一二三四五六七八九十两几多A-Za-z\d]+[大个项批类所家]/, '');
  if (plain.length < 2) return true;
  const tokens = tokenize(plain);
  // 水利工程, 桥梁工程: a two-character dictionary noun names a kind of works, not one
  // (焦溪, unknown to the dictionary, falls apart into characters and is a name).
  if (plain.length <= 2 && tokens.length === 1 && /^(n|vn|v|a|d)$/.test(tokens[0]?.tag ?? '')) return true;
  // 提高项目, 大抓项目: a verb with 项目 as its object, not a name (“爱回收”项目 is named).
  if (
    !/^“/.test(body) &&
    tokens.length <= 2 &&
    tokens.every((t) => ['v', 'a', 'ad', 'd', 'vd'].includes(t.tag) || GENERIC_WORDS.has(t.word))
  )
    return true;
  return tokens.every((t) => GENERIC_WORDS.has(t.word) || t.tag === 'm' || t.tag === 'q');
}

/** Quotes and brackets must pair up inside a name. */
export function isBalanced(name: string): boolean {
  // One pass over the code units, without a match array per mark.
  let quotes = 0;
  let brackets = 0;
  let singles = 0;
  for (let i = 0; i < name.length; i += 1) {
    const c = name[i];
    if (c === '“') quotes += 1;
    else if (c === '”') quotes -= 1;
    else if (c === '（' || c === '(') brackets += 1;
    else if (c === '）' || c === ')') brackets -= 1;
    else if (c === '‘') singles += 1;
    else if (c === '’') singles -= 1;
  }
  return quotes === 0 && brackets === 0 && singles === 0;
}

/** Every name in a sentence that ends with one of the suffixes, widest reading first. */
export function scanSuffixNames(text: string, options: SuffixScanOptions): NameSpan[] {
  const found: NameSpan[] = [];
  const hits = suffixHits(text, options.suffixes);
  // Most sentences hold no suffix at all: segment only those that do.
  if (hits.length === 0) return found;
  const tokens = tokenize(text);
  for (const { form: suffix, at } of hits) {
    let end = at + suffix.length;
    if (options.wordFinal?.has(suffix) && tokens[tokenAt(tokens, end - 1)]?.end !== end) continue;
    const start = nameStart(text, {
      suffixStart: at,
      maxLength: options.maxLength,
      end,
      verbsEnd: options.verbsEnd,
      keepLeadingVerbs: options.keepLeadingVerbs,
      glueOddTokens: options.glueOddTokens,
      innerVerbs: options.innerVerbs,
    });
    if (start === null || start >= at) continue;
    const opener = text[start];
    if (opener && OPENING.has(opener) && text[end] === CLOSING[opener]) end += 1;
    const name = text.slice(start, end);
    const body = text.slice(start, at);
    // Campaigns may be named by verbs alone (扫黑除恶专项斗争); works may not (提高项目).
    const generic = options.keepLeadingVerbs ? isGenericName(body) : isGenericBody(body);
    if (!isBalanced(name) || (generic && !options.keepBody?.(body, suffix))) continue;
    found.push({ name, start, end });
  }
  return dropNested(found);
}

/**
 * Each suffix's occurrences, suffix by suffix, left to right. A rule's constant list is
 * matched in one pass (form-index.ts); a list made for one call is short and scanned as is.
 */
function suffixHits(text: string, suffixes: readonly string[]): readonly FormHit[] {
  const index = suffixes.length > 2 ? formIndexOf(suffixes) : null;
  if (index) return index.hits(text);
  const hits: FormHit[] = [];
  suffixes.forEach((form, index) => {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
      hits.push({ form, index, at });
  });
  return hits;
}

/** Of names that overlap, keeps the longest: 嘉泽中心小学 over 嘉泽中心. */
export function dropNested(spans: readonly NameSpan[]): NameSpan[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: NameSpan[] = [];
  for (const span of sorted) {
    if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
