import type { EntityMention, Sentence } from '../types';
import { entityMention } from './name-mention';

/**
 * Heads of development and resort zones that an interview or a zone's own report uses alone
 * for the zone it is about (度假区将继续…, 经开区党工委): the gold counts the bare head as that
 * zone's name when the text never gives the full one. 园区 and 新区 are left out: alone they
 * are as often a kind of area as a name.
 */
const BARE_HEADS = ['经开区', '高新区', '开发区', '度假区', '自贸区', '综保区'] as const;

/** Standing alone: at the start of a sentence or after a break or a conjunction. */
const ALONE_BEFORE = /(?:^|[，,。、；;：:“（(和与及])$/;
/** The zone's own bodies after the head name it as an actor. */
const OWN_BODY_AFTER = /^(?:党工委|管委会)/;

/**
 * Zones named by a bare head used at least twice as a name in a document that names no zone
 * with that head in full. `named` are the zones already found in the document.
 */
export function bareHeadZones(
  sentences: readonly Sentence[],
  named: readonly EntityMention[],
): EntityMention[] {
  const found: EntityMention[] = [];
  for (const head of BARE_HEADS) {
    if (named.some((z) => z.name.endsWith(head) || z.aliases.some((a) => a.endsWith(head)))) continue;
    const uses: { sentence: Sentence; start: number }[] = [];
    for (const sentence of sentences) {
      for (let at = sentence.text.indexOf(head); at >= 0; at = sentence.text.indexOf(head, at + 1)) {
        const before = sentence.text.slice(0, at);
        const after = sentence.text.slice(at + head.length);
        if (ALONE_BEFORE.test(before) || OWN_BODY_AFTER.test(after)) uses.push({ sentence, start: at });
      }
    }
    if (uses.length < 2) continue;
    for (const { sentence, start } of uses)
      found.push(
        entityMention({
          label: 'Zone',
          sentence,
          span: { name: head, start, end: start + head.length },
          rule: 'zone.bare-head',
          confidence: 0.55,
        }),
      );
  }
  return found;
}
