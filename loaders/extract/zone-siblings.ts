import type { EntityMention, Sentence } from '../types';
import { entityMention } from './name-mention';
import { isDistinctiveBody } from './zone-bodies';

/**
 * Heads that real reports list zones by (祝塘园区、文林园区、北湾园区): with a two-character
 * body alone, such a head needs a name the dictionary knows, but a zone beside it in the same
 * list shows the list is one of zone names.
 */
const SIBLING_HEADS = ['园区', '片区', '新区', '工业园', '工业区', '小镇'];

/**
 * Zones named beside a zone already found in a 、-list with a park head, whose own
 * two-character body the name rules could not tell from a word.
 * Example: 三区即是祝塘园区、文林园区、北湾园区。
 */
export function siblingZones(
  sentence: Sentence,
  found: readonly EntityMention[],
  placeNames: readonly string[],
): EntityMention[] {
  const text = sentence.text;
  const added: EntityMention[] = [];
  const heads = SIBLING_HEADS.join('|');
  const item = new RegExp(
    `(?<=^|[、，,：:和及与])([\\u4e00-\\u9fa5]{2})(${heads})(?=[、，,。；;和及与]|$)`,
    'g',
  );
  for (const m of text.matchAll(item)) {
    const start = m.index ?? 0;
    const name = m[0];
    const end = start + name.length;
    if (found.some((e) => e.span.start - sentence.start === start)) continue;
    if (!isDistinctiveBody(m[1] ?? '', placeNames)) continue;
    // A sibling: a zone right before or after this one, across one 、 (某某产业园、中和工业园、
    // 某某物流园: a list of parks may vary the head from item to item).
    const sibling = found.some((e) => {
      if (e.span.end - e.span.start !== e.name.length) return false;
      const at = e.span.start - sentence.start;
      const before = at + e.name.length + 1 === start && text[start - 1] === '、';
      const after = end + 1 === at && text[end] === '、';
      return before || after;
    });
    if (!sibling) continue;
    added.push(
      entityMention({
        label: 'Zone',
        sentence,
        span: { name, start, end },
        rule: 'zone.sibling',
        confidence: 0.6,
      }),
    );
  }
  return added;
}
