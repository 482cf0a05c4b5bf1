import type { DocumentContext, EntityMention, Sentence } from '../types';
import { clauseAround } from './name-mention';
import { isAncestor, placeChainAtHead, placesBefore } from './relation-places';
import { divisionAtLevel } from './relation-seats';

/**
 * Who takes part in a programme a sentence names (PARTICIPATES_IN): the place the text
 * makes its actor.
 * - The place written nearest before it in its clause: 青禾镇全面实施乡村振兴战略 → 青禾镇.
 * - A division named by level (全区上下持续开创“五城”建设, 全县实施…, 我县学习运用…): the
 *   document's own division of that level, when it is nearer than any place name; written
 *   right before the name (某乡参与的全县某某行动) it is the campaign's scope, and a place
 *   inside that division named earlier in the clause takes part.
 * - A place right before the programme owns it; the actor is a place named before that
 *   one: 青禾镇围绕德清县“三园”建设 → 青禾镇 takes part in the county's programme.
 * - Else the sentence's subject, a place opening the sentence or one of its clauses
 *   (青禾镇将紧扣…，坚持“城乡融合”一条主线 → 青禾镇).
 */

/** Words between a place and 全县 that make the place join the division's work (将紧扣, 积极融入). */
const JOINING = /^[\u4e00-\u9fa5]{0,4}?(?:紧扣|紧跟|围绕|参与|参加|对接|融入|服务|助力|配合|响应|落实)$/;

/** A division named by its level: the whole of it (全县) or the writer's own (我县, 本镇, 该镇). */
const WHOLE_DIVISION = /[全我本该](区|县|市|镇|街道|乡)/g;

/**
 * The participant of a programme mention, the place its own name begins with
 * (`properties.participant`, set by the programme rules) first: a place named before
 * that one in the clause acts on the other's programme (青禾镇对接德清县乡村振兴规划 →
 * 青禾镇), and a county or city over the document's town owns a plan its name carries
 * (《德清县某某规划》) rather than carrying it out, unless nothing else in the text acts.
 */
export function participantOf(
  ctx: DocumentContext,
  at: { sentence: Sentence; programme: EntityMention; heading: EntityMention | undefined },
): EntityMention | null {
  const { sentence, programme } = at;
  const givenKey = programme.properties.participant;
  const given = typeof givenKey === 'string' ? ctx.places.places.find((p) => p.key === givenKey) : undefined;
  if (!given) return participantBefore(ctx, sentence, programme);
  const earlier = placesBefore(ctx, sentence, { offset: programme.span.start, skip: programme.span }).pop();
  if (earlier && earlier.place.key !== given.key) return earlier.place;
  const primary = ctx.places.primary;
  if (primary && isAncestor(given, primary))
    return sentenceSubject(ctx, sentence, programme.span.start) ?? at.heading ?? primary;
  return given;
}

export function participantBefore(
  ctx: DocumentContext,
  sentence: Sentence,
  programme: EntityMention,
): EntityMention | null {
  const found = placesBefore(ctx, sentence, { offset: programme.span.start, skip: programme.span });
  const nearest = found[found.length - 1];
  const whole = wholeDivisionBefore(ctx, sentence, programme.span.start);
  if (whole && (!nearest || whole.end > nearest.end)) {
    // 某乡参与的全县某某行动: 全县 right before the name is the campaign's scope; a place of
    // that division named before it in the same clause is the one taking part.
    const scope = /^[“"‘]?$/.test(
      sentence.text.slice(whole.end - sentence.start, programme.span.start - sentence.start),
    );
    const clause = clauseAround(sentence.text, programme.span.start - sentence.start);
    // 某街道将紧扣全区加快打造“某某”: a place of the division joining the division's work is the
    // one taking part too.
    const joins =
      nearest &&
      JOINING.test(sentence.text.slice(nearest.end - sentence.start, whole.start - sentence.start));
    if (
      (scope || joins) &&
      nearest &&
      nearest.start - sentence.start >= clause.start &&
      isAncestor(whole.place, nearest.place)
    )
      return nearest.place;
    return whole.place;
  }
  if (!nearest) return null;
  const gap = sentence.text.slice(nearest.end - sentence.start, programme.span.start - sentence.start);
  const earlier = found.filter((f) => f.end <= nearest.start && f.place.key !== nearest.place.key).pop();
  if (/^[“"‘《]?$/.test(gap) && earlier) return earlier.place;
  // 青禾镇作为德清县唯一入选…的镇: a place inside the nearer one, named before it, acts; the
  // nearer one only frames it.
  return earlier && isAncestor(nearest.place, earlier.place) ? earlier.place : nearest.place;
}

/**
 * 某街道将紧扣全区加快打造“某某”: the division whose work a place of it joins takes part too,
 * beside that place (the division acts, the place joins). Null where no place joins one.
 */
export function joinedDivision(
  ctx: DocumentContext,
  sentence: Sentence,
  programme: EntityMention,
): EntityMention | null {
  if (typeof programme.properties.participant === 'string') return null;
  const found = placesBefore(ctx, sentence, { offset: programme.span.start, skip: programme.span });
  const nearest = found[found.length - 1];
  const whole = wholeDivisionBefore(ctx, sentence, programme.span.start);
  if (!whole || !nearest || whole.end <= nearest.end) return null;
  const clause = clauseAround(sentence.text, programme.span.start - sentence.start);
  const joins = JOINING.test(sentence.text.slice(nearest.end - sentence.start, whole.start - sentence.start));
  return joins && nearest.start - sentence.start >= clause.start && isAncestor(whole.place, nearest.place)
    ? whole.place
    : null;
}

function wholeDivisionBefore(
  ctx: DocumentContext,
  sentence: Sentence,
  offset: number,
): { place: EntityMention; start: number; end: number } | null {
  const local = offset - sentence.start;
  const clause = clauseAround(sentence.text, local);
  const text = sentence.text.slice(clause.start, local);
  let best: { place: EntityMention; start: number; end: number } | null = null;
  for (const m of text.matchAll(WHOLE_DIVISION)) {
    const place = divisionAtLevel(ctx, m[1] ?? '');
    const start = sentence.start + clause.start + m.index;
    if (place) best = { place, start, end: start + m[0].length };
  }
  return best;
}

/**
 * A place opening the sentence or one of its clauses before `offset`, as the one acting
 * (青禾镇将…; 2024年，德清县青禾镇… → the innermost of the chain, 青禾镇).
 */
export function sentenceSubject(
  ctx: DocumentContext,
  sentence: Sentence,
  offset: number,
): EntityMention | null {
  const local = offset - sentence.start;
  // The sentence's start and each clause's after a comma or colon, before the offset.
  const starts: number[] = local > 0 ? [0] : [];
  for (let i = 0; i + 1 < local; i += 1)
    if (CLAUSE_MARKS.includes(sentence.text.charCodeAt(i))) starts.push(i + 1);
  for (const start of starts) {
    const rest = sentence.text.slice(start, local);
    const chain = placeChainAtHead(ctx, rest);
    const subject = chain.places[chain.places.length - 1];
    if (subject && !BODY_AFTER.test(rest.slice(chain.length))) return subject;
  }
  return null;
}

/** ，,：: as code units. */
const CLAUSE_MARKS = [0xff0c, 0x2c, 0xff1a, 0x3a];

const BODY_AFTER = /^(?:[市县区镇乡]?委|党委|[市县区镇乡]?政府|人民政府|人大|政协)/;

const FIVE_YEAR_PLAN = /^十[一二三四五六七八九]五(?:规划)?$/;
const CARRIES_OUT = /(?:实施|落实|贯彻|推进|执行|完成)[^，,。；;]{0,3}$/;

/**
 * A five-year plan's name usually dates a period (“十四五”时期, 纳入“十五五”规划盘子); a
 * place takes part in the plan only where the text carries it out (实施“十三五”规划).
 */
export function namesOnlyAPeriod(sentence: Sentence, programme: EntityMention): boolean {
  if (!FIVE_YEAR_PLAN.test(programme.name)) return false;
  const start = programme.span.start - sentence.start;
  return !CARRIES_OUT.test(sentence.text.slice(Math.max(0, start - 8), start));
}

/**
 * A programme named as the topic of a leader's speech or instructions (学习贯彻总书记对长三角一体化
 * 发展重要讲话精神) is what the speech is about: studying it is not taking part in it.
 */
export function topicOfSpeech(sentence: Sentence, programme: EntityMention): boolean {
  const end = programme.span.end - sentence.start;
  return /^”?(?:的)?(?:重要讲话|重要指示|重要论述|重要批示|讲话精神|指示精神|指示批示)/.test(
    sentence.text.slice(end),
  );
}
