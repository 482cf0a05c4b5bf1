import type { DocumentContext, EntityMention, ExtractedFacts, RelationMention, Sentence } from '../types';
import { entityMention } from './name-mention';
import { tokenize } from './name-segment';
import { AFTER_NAME, CLOSING_VERB, COMPOUND_SURNAMES, ROLES, SURNAMES, WORD_SURNAMES } from './people-roles';
import { placeChainAtHead } from './relation-places';
import { signedNames } from './people-signature';
import { electedNames } from './people-elected';

const ROLE_RE = new RegExp(`(${ROLES.join('|')})\\s*`, 'g');
const DETERMINERS = /^(该镇|我镇|本镇|该区|我区|全镇|全区)/;

/**
 * Word boundaries decide a name the boundary list does not: an unknown given name falls
 * apart into single characters (jieba runs without HMM), and the word after it is a
 * dictionary word (施震海结合…, 王琼接受…). So a name is 2 or 3 single characters followed
 * by a word of two or more.
 */
function nameByWords(text: string, at: number): string | null {
  const tokens = tokenize(text);
  for (const length of [3, 2]) {
    const inside = tokens.filter((t) => t.start >= at && t.end <= at + length);
    const next = tokens.find((t) => t.start === at + length);
    const whole = inside.reduce((n, t) => n + t.word.length, 0) === length;
    if (
      whole &&
      inside.every((t) => t.word.length === 1 || t.tag === 'nr') &&
      next &&
      next.word.length >= 2 &&
      /^[\u4e00-\u9fa5]+$/.test(next.word) &&
      !['m', 'q', 'nr'].includes(next.tag)
    )
      return text.slice(at, at + length);
  }
  return null;
}

/** Function words that follow a two-character name far more often than they end a three-character one. */
const NOT_NAME_END = /[的及还和与在是将对为也就向从等率赴]$/;

/** The given name after a title: 2 or 3 characters starting with a surname and followed by a boundary. */
function nameAfter(text: string, at: number): string | null {
  // 欧阳明远, 诸葛文华: a two-character surname and one or two characters of given name.
  if (COMPOUND_SURNAMES.test(text.slice(at))) {
    for (const length of [4, 3]) {
      const name = text.slice(at, at + length);
      if (length === 4 && NOT_NAME_END.test(name)) continue;
      if (
        /^[\u4e00-\u9fa5]+$/.test(name) &&
        name.length === length &&
        AFTER_NAME.test(text.slice(at + length))
      )
        return name;
    }
  }
  if (WORD_SURNAMES.has(text[at] ?? '')) {
    for (const length of [2, 3]) {
      const name = text.slice(at, at + length);
      if (
        /^[\u4e00-\u9fa5]+$/.test(name) &&
        name.length === length &&
        CLOSING_VERB.test(text.slice(at + length))
      )
        return name;
    }
    return null;
  }
  if (!SURNAMES.has(text[at] ?? '')) return null;
  // 赵伟说: a speech verb right after two characters ends the name there.
  const two = text.slice(at, at + 2);
  if (/^[\u4e00-\u9fa5]{2}$/.test(two) && /^(说|表示|介绍|强调|指出|认为|就|在|要)/.test(text.slice(at + 2)))
    return two;
  for (const length of [3, 2]) {
    const name = text.slice(at, at + length);
    // 李明的带领下: a function word is no third character of a name.
    if (length === 3 && NOT_NAME_END.test(name)) continue;
    if (/^[\u4e00-\u9fa5]+$/.test(name) && name.length === length && AFTER_NAME.test(text.slice(at + length)))
      return name;
  }
  return nameByWords(text, at);
}

/** The words of the title, from the start of its clause: 平望镇党委书记, 组织人事和社会保障局局长. */
function titleBefore(text: string, roleEnd: number): { start: number; title: string } {
  let start = roleEnd;
  // 某某(东莞)建设发展有限公司董事长: a bracket closed inside the title is part of a name in it.
  let closed = 0;
  for (;;) {
    const c = text[start - 1] ?? '';
    if (start === 0 || /[、，,。；;：:\s“”]/.test(c)) break;
    if (/[)）]/.test(c)) closed += 1;
    if (/[（(]/.test(c)) {
      if (closed === 0) break;
      closed -= 1;
    }
    start -= 1;
  }
  // 据镇经发办主任某某介绍: the preposition that opens the clause is not part of the title;
  // 经开区, 经济开发区 open a park's name with the same character (经开区党工委书记).
  const lead =
    /^(?:据|由|经(?![开济])|请|让|邀请|陪同|在)(?=[\u4e00-\u9fa5]{2})/.exec(
      text.slice(start, roleEnd),
    )?.[0] ?? '';
  let from = start + lead.length;
  // 县医院院长某某和镇小学校长某某: a person before 和, 及 or 与 ends the earlier title.
  for (const m of text.slice(from, roleEnd).matchAll(/[和及与]/g)) {
    const at = from + (m.index ?? 0);
    if (PERSON_BEFORE.test(text.slice(from, at)) || namesPerson(text.slice(from, at))) from = at + 1;
  }
  return { start: from, title: text.slice(from, roleEnd).trim() };
}

/**
 * Whether a stretch names a person by title and name anywhere in it (镇长某某代表镇政府与…):
 * the title after the conjunction is another person's.
 */
function namesPerson(stretch: string): boolean {
  for (const m of stretch.matchAll(ROLE_RE)) {
    const at = (m.index ?? 0) + m[0].length;
    if (SURNAMES.has(stretch[at] ?? '') && stretch.length - at >= 2) return true;
  }
  return false;
}

/** A title and a name of two or three characters, right before a conjunction. */
const PERSON_BEFORE = new RegExp(`(?:${ROLES.join('|')})[\u4e00-\u9fa5]{2,3}$`);

/**
 * The title once the place in front is taken off: 某镇镇长 → 镇长. A body named by the
 * place's own level character keeps it (吴中区委书记 → 区委书记, not 委书记).
 */
function titleAfterPlace(title: string, placeLength: number): string {
  const rest = title.slice(placeLength);
  if (!rest) return title;
  // 某某社区党委书记 → 社区党委书记, 某某街道党工委书记 → 街道党工委书记: a two-character level word.
  const level = /(?:社区|街道)$/.test(title.slice(0, placeLength)) ? 2 : 1;
  return /^(?:委|党委|党工委|政府|人大|政协)/.test(rest)
    ? `${title.slice(placeLength - level, placeLength)}${rest}`
    : rest;
}

/**
 * 本期刊登某镇党委书记: words before the title's place are the sentence's, not the title's;
 * the title starts at the place.
 */
function titleFromPlace(
  ctx: DocumentContext,
  options: { sentence: Sentence; start: number; title: string },
): { sentence: Sentence; start: number; title: string } {
  const absolute = options.sentence.start + options.start;
  if (ctx.places.places.some((p) => p.span.start === absolute)) return options;
  // A place in brackets belongs to a company's name (青禾(柳溪)农业发展有限公司).
  const place = ctx.places.places.find(
    (p) =>
      p.span.start > absolute &&
      p.span.end < absolute + options.title.length &&
      !/[（(]/.test(options.title[p.span.start - absolute - 1] ?? ''),
  );
  if (!place) return options;
  const cut = place.span.start - absolute;
  return { ...options, start: options.start + cut, title: options.title.slice(cut) };
}

function servedPlace(
  ctx: DocumentContext,
  written: { sentence: Sentence; start: number; title: string },
): { key: string; title: string } | null {
  const options = titleFromPlace(ctx, written);
  const absolute = options.sentence.start + options.start;
  // 某省某市某县某镇党委书记: the innermost place of the chain is served, the rest is the title.
  const chain = placeChainAtHead(ctx, options.title);
  const inner = chain.places[chain.places.length - 1];
  if (inner && chain.places.length > 1 && chain.length < options.title.length)
    return { key: inner.key, title: titleAfterPlace(options.title, chain.length) };
  const named = ctx.places.places.find((p) => p.span.start === absolute && options.title.startsWith(p.name));
  if (named) return { key: named.key, title: titleAfterPlace(options.title, named.name.length) };
  const shortNamed = ctx.places.places.find((p) => p.span.start === absolute);
  const community = ctx.places.places
    .filter((p) => p.properties.kind === 'COMMUNITY' && p.span.end <= absolute)
    .pop();
  const title = options.title.replace(DETERMINERS, '');
  if (shortNamed)
    return { key: shortNamed.key, title: title.slice(shortNamed.span.end - shortNamed.span.start) || title };
  if (/^社区/.test(title) && community) return { key: community.key, title };
  const level = /^[区县]/.test(title.replace(/^(?:常务)?副/, ''))
    ? ctx.places.district
    : /^市/.test(title)
      ? ctx.places.city
      : ctx.places.primary;
  const place = level ?? ctx.places.primary;
  return place ? { key: place.key, title } : null;
}

/** Titles of the national leadership: they serve no town, so no SERVES_IN is drawn. */
const NATIONAL_ROLE = /^(总书记|国家主席)$/;
const ROLE_AT_START = new RegExp(`^(${ROLES.join('|')})`);

interface Found {
  sentence: Sentence;
  name: string;
  /** Offset of the name in the sentence. */
  at: number;
  /** Where the title's words begin and where the role word ends, for the served place. */
  titleStart: number;
  title: string;
  rule: string;
  /** The sentence the title stands in, where it is not the name's own (a signature's title line). */
  titleSentence?: Sentence;
}

/** A name with its title in brackets, built once (matchAll reads a copy, so sharing it is safe). */
const BRACKET_TITLE = new RegExp(
  `([\\u4e00-\\u9fa5]{2,3})[（(]([\\u4e00-\\u9fa5、]{0,16}?(?:${ROLES.join('|')}))[)）]`,
  'g',
);

/**
 * Names before their title: a person name (jieba's nr) right before a role word
 * (习近平总书记, 王建国书记), or a name with its title in brackets (王建国（镇长）).
 */
function nameBeforeTitle(ctx: DocumentContext, sentence: Sentence): Found[] {
  const found: Found[] = [];
  const text = sentence.text;
  for (const token of tokenize(text)) {
    if (!token.tag.startsWith('nr') || token.word.length < 2 || token.word.length > 3) continue;
    if (!SURNAMES.has(token.word[0] ?? '') || /[省市区县镇乡村部委局办处会队所站]$/.test(token.word))
      continue;
    if (ctx.places.lookup(token.word)) continue;
    const role = ROLE_AT_START.exec(text.slice(token.end));
    if (!role || role[1] === '记者') continue;
    found.push({
      sentence,
      name: token.word,
      at: token.start,
      titleStart: token.end,
      title: role[1] ?? '',
      rule: 'person.name-title',
    });
  }
  found.push(...unsplitNameBeforeTitle(ctx, sentence).filter((u) => !found.some((f) => f.at === u.at)));
  // A title in brackets needs a bracket: most sentences have none.
  if (!text.includes('（') && !text.includes('(')) return found;
  for (const m of text.matchAll(BRACKET_TITLE)) {
    const name = m[1] ?? '';
    if (!SURNAMES.has(name[0] ?? '') || m.index === undefined || /记者$/.test(m[2] ?? '')) continue;
    const at = m.index;
    if (found.some((f) => f.at === at)) continue;
    found.push({
      sentence,
      name,
      at,
      titleStart: at + name.length + 1,
      title: m[2] ?? '',
      rule: 'person.name-bracket-title',
    });
  }
  return found;
}

/** Titles written after a name as its honorific: 某某书记, 某某省长, 某某副县长. */
/** What follows such a title: a boundary, the leader's words (指示, 讲话) or a verb of a visit. */
const AFTER_HONORIFIC =
  /^(?:$|[\s，,。；;、：:！？“”（(]|指示|批示|讲话|要求|强调|指出|表示|在|一行|陪同|出席|主持|带队|率|到|赴|的|对|同志)/;
const HONORIFIC = /^(?:总书记|副?书记|副?省长|副?市长|副?县长|副?区长|副?镇长|副?乡长|主任|主席)/;

/**
 * A name jieba leaves in single characters right before its honorific (落实黄某某书记、王某某
 * 省长指示要求): a surname opening two or three single characters that start at a word
 * boundary, and a boundary or a verb after the title. Place names (某某镇党委书记) end in a
 * level character and are not names.
 */
function unsplitNameBeforeTitle(ctx: DocumentContext, sentence: Sentence): Found[] {
  const text = sentence.text;
  const tokens = tokenize(text);
  const found: Found[] = [];
  for (const token of tokens) {
    const title = HONORIFIC.exec(token.word)?.[0];
    if (!title || title !== token.word || !AFTER_HONORIFIC.test(text.slice(token.end))) continue;
    for (const length of [3, 2]) {
      const at = token.start - length;
      const name = text.slice(at, token.start);
      const inside = tokens.filter((t) => t.start >= at && t.end <= token.start);
      if (
        at < 0 ||
        !SURNAMES.has(name[0] ?? '') ||
        !/^[\u4e00-\u9fa5]+$/.test(name) ||
        /[省市区县镇乡村部委局办处会队所站党政府]$/.test(name) ||
        !inside.every((t) => t.word.length === 1) ||
        inside.reduce((n, t) => n + t.word.length, 0) !== length ||
        ctx.places.lookup(name)
      )
        continue;
      found.push({ sentence, name, at, titleStart: token.start, title, rule: 'person.name-honorific' });
      break;
    }
  }
  return found;
}

/** Names after their title: 镇党委书记王建国, 副镇长陈芳. */
/**
 * Characters that make a word with the first character of a role word before them: 处长 in
 * 地处长江 is the end of 地处, 行长 in 运行长效 the end of 运行, and no name follows.
 */
const WORD_BEFORE: Record<string, RegExp> = {
  处: /[地身到各此相住好难用出长]$/,
  科: /[学专理工文外内]$/,
  行: /[银执进运发实履推施旅践先并可流同]$/,
  支: /[开收分透]$/,
  助: /[帮协互救赞资借求]$/,
  总: /[汇]$/,
};

function startsWord(text: string, at: number, role: string): boolean {
  const re = WORD_BEFORE[role[0] ?? ''];
  return !re || !re.test(text.slice(0, at));
}

/** What follows a name in a list of names under one title: the next name, or the list's verb. */
const LIST_NAME_END = /^(?:$|[、，,。；;：:]|等|同志|参加|陪同|出席|一同|一起|共同|分别|先后|在|到|赴)/;

/** Word classes no name is: a preposition, conjunction, particle, adverb or pronoun (总书记关于…). */
const FUNCTION_TAG = /^[pcudr]/;

/**
 * A name the text really gives after a title: not a function word (习近平总书记关于…), and
 * not a verb of office before another title (镇长任组长: 任 is "serves as", not a surname).
 */
function givenName(text: string, at: number): string | null {
  const name = nameAfter(text, at);
  if (!name || ROLE_AT_START.test(text.slice(at + 1))) return null;
  const tokens = tokenize(name);
  return tokens.length === 1 && FUNCTION_TAG.test(tokens[0]?.tag ?? '') ? null : name;
}

function nameAfterTitle(sentence: Sentence): Found[] {
  const found: Found[] = [];
  const text = sentence.text;
  for (const m of text.matchAll(ROLE_RE)) {
    if (m.index === undefined || m[1] === '记者' || !startsWord(text, m.index, m[1] ?? '')) continue;
    const nameAt = m.index + m[0].length;
    const name = givenName(text, nameAt);
    if (!name) continue;
    const { start, title } = titleBefore(text, m.index + (m[1] ?? '').length);
    found.push({ sentence, name, at: nameAt, titleStart: start, title, rule: 'person.title-name' });
    // 县领导甲某、乙某、丙某参加调研: names listed after one title share it, until a name
    // carries a title of its own (found by the loop itself).
    let next = nameAt + name.length;
    while (text[next] === '、' && !ROLE_AT_START.test(text.slice(next + 1))) {
      const listed = givenName(text, next + 1);
      // A listed name ends the list or precedes the verb of the whole list; 吴中区委常委某某
      // or 柳溪镇镇长某某 is a place opening the next title.
      if (!listed || !LIST_NAME_END.test(text.slice(next + 1 + listed.length))) break;
      found.push({
        sentence,
        name: listed,
        at: next + 1,
        titleStart: start,
        title,
        rule: 'person.title-list',
      });
      next += 1 + listed.length;
    }
  }
  return found;
}

/**
 * People: a title followed by a name, or a name followed by its title, each serving in the
 * place the title belongs to. Journalists (记者 周悦磊) are dropped: they serve a newspaper,
 * not a place, and the graph records officials only.
 * Example: 该镇镇长贺军、副镇长陆霜弘就该镇产业发展回答提问。
 */
export function extractPeople(ctx: DocumentContext): ExtractedFacts {
  const entities: EntityMention[] = [];
  const relations: RelationMention[] = [];
  const signatures = new Map<number, Found[]>();
  for (const s of signedNames(ctx.doc.sentences)) {
    const list = signatures.get(s.sentence.index) ?? [];
    list.push({ ...s, rule: 'person.signature' });
    signatures.set(s.sentence.index, list);
  }
  for (const sentence of ctx.doc.sentences) {
    const after = nameAfterTitle(sentence);
    const before = nameBeforeTitle(ctx, sentence).filter((b) => !after.some((a) => a.at === b.at));
    const signed = (signatures.get(sentence.index) ?? []).filter(
      (s) => ![...after, ...before].some((f) => f.at === s.at),
    );
    const elected = electedNames(sentence)
      .filter((e) => ![...after, ...before, ...signed].some((f) => f.at === e.at))
      .map((e): Found => ({ ...e, rule: 'person.elected' }));
    for (const found of [...after, ...before, ...signed, ...elected]) {
      const { name, at } = found;
      const national = NATIONAL_ROLE.test(found.title);
      const served = national
        ? null
        : servedPlace(ctx, {
            sentence: found.titleSentence ?? sentence,
            start: found.titleStart,
            title: found.title,
          });
      const role = served?.title ?? found.title;
      // A report's signature may carry no title at all: the person is known, the role is not.
      const roleProperties: Record<string, string> = role ? { role } : {};
      const person = entityMention({
        label: 'Person',
        sentence,
        span: { name, start: at, end: at + name.length },
        rule: found.rule,
        confidence: 0.85,
        properties: roleProperties,
      });
      entities.push(person);
      if (served) {
        relations.push({
          type: 'SERVES_IN',
          fromKey: person.key,
          toKey: served.key,
          properties: roleProperties,
          span: person.span,
          rule: 'person.serves-in',
          confidence: 0.8,
        });
      }
    }
  }
  return { entities, relations };
}
