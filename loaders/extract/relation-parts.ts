import type { EntityMention, RelationMention, Sentence } from '../types';
import { relation } from './relation-mention';

/**
 * PART_OF between works: a project that the text makes a piece of a larger one.
 * - A list after the whole, introduced by 即/包括/包含/涵盖/含:
 *   青禾综合开发项目，即青禾民宿、青禾会议中心2个项目 → each PART_OF 青禾综合开发项目.
 * - A part said to be a phase or piece of the whole:
 *   青禾装备园为青禾现代产业园二期项目 → 青禾装备园 PART_OF 青禾现代产业园.
 */

const INTRODUCES_LIST = /^[，,：:\s]*(?:即|包括|包含|涵盖|分别是|分别为)[：:]?/;
const IS_PIECE = /^(?:为|是|系|属于|作为)$/;
const PHASE_TAIL = /^[一二三四五六七八九十\d]+期(?:项目|工程)?$/;

function between(sentence: Sentence, a: EntityMention, b: EntityMention): string {
  return sentence.text.slice(a.span.end - sentence.start, b.span.start - sentence.start);
}

function part(from: EntityMention, to: EntityMention, rule: string): RelationMention {
  return relation('PART_OF', from, { to: to.key, rule, confidence: 0.55 });
}

/** The largest mention of `candidates` that starts where `at` starts and ends no later. */
function headOf(at: EntityMention, candidates: readonly EntityMention[]): EntityMention {
  return (
    candidates
      .filter(
        (c) =>
          c !== at &&
          c.span.start === at.span.start &&
          c.span.end < at.span.end &&
          PHASE_TAIL.test(at.name.slice(c.span.end - c.span.start)),
      )
      .sort((a, b) => b.span.end - a.span.end)[0] ?? at
  );
}

export function projectParts(sentence: Sentence, mentions: readonly EntityMention[]): RelationMention[] {
  const works = mentions
    .filter((m) => m.label === 'Project' || m.label === 'Zone')
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  // Outermost mentions only: a zone inside a project's name is not a separate list item.
  const outer = works.filter(
    (m) =>
      !works.some(
        (o) =>
          o !== m &&
          o.span.start <= m.span.start &&
          o.span.end >= m.span.end &&
          o.span.end - o.span.start > m.span.end - m.span.start,
      ),
  );
  const found: RelationMention[] = [];
  outer.forEach((whole, index) => {
    const next = outer[index + 1];
    if (!next || whole.label !== 'Project') return;
    // The word may have been read into the first item's name (即某某民宿项目).
    const gap = between(sentence, whole, next);
    const lead = INTRODUCES_LIST.exec(gap + next.name.slice(0, 2))?.[0];
    if (!lead || lead.length < gap.length) return;
    // The list runs on while items are joined by 、 (or 和/及 before the last).
    let previous = next;
    for (const item of outer.slice(index + 1)) {
      if (item !== next && !/^(?:、|和|及|以及)$/.test(between(sentence, previous, item))) break;
      if (item.label === 'Project') found.push(part(item, whole, 'relation.part-of.list'));
      previous = item;
    }
  });
  for (let i = 0; i + 1 < outer.length; i += 1) {
    const piece = outer[i];
    const whole = outer[i + 1];
    if (!piece || !whole || piece.label !== 'Project' || !IS_PIECE.test(between(sentence, piece, whole)))
      continue;
    // 为某某产业园二期项目: the phase names the whole; 是某某项目的一部分: the words after do.
    const head = headOf(whole, works);
    const after = sentence.text.slice(whole.span.end - sentence.start);
    if (head !== whole) found.push(part(piece, head, 'relation.part-of.phase'));
    else if (/[一二三四五六七八九十\d]+期(?:项目|工程)?$/.test(whole.name))
      found.push(part(piece, whole, 'relation.part-of.phase'));
    else if (/^的(?:子项目|组成部分|重要组成部分|一部分|[一二三四五六七八九十\d]+期)/.test(after))
      found.push(part(piece, whole, 'relation.part-of.piece'));
  }
  return found;
}
