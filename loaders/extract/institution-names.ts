import { getGazetteer } from '../gazetteer';
import type { EntityMention, Sentence } from '../types';
import { entityMention } from './name-mention';
import type { NameSpan } from './name-scan';

/**
 * Institution names whose parts the suffix scan splits: a city's short form that jieba reads
 * as another word (大连…大学), a common middle word that makes the rest look generic
 * (某市民族大学), two fields joined inside an association's name (某市机器人与智能制造协会).
 */

/** What may stand right before a name: the sentence start, punctuation or a joining word. */
const NAME_OPENS = /^$|[、，,：:“（(\s与和及同跟由向对在]$/;

/**
 * 大连海洋大学, 宁波工程学院: the short form of a province or a prefecture-level city opens many
 * universities' and colleges' names, and jieba sometimes reads it as another word (大连 as an
 * adverb), so the scan stops after it. The city is put back where it stands at the name's start.
 */
export function withCityInFront(text: string, span: NameSpan): NameSpan {
  for (const n of [3, 2]) {
    const at = span.start - n;
    const city = text.slice(Math.max(0, at), span.start);
    if (at < 0 || !/^[\u4e00-\u9fa5]+$/.test(city) || !NAME_OPENS.test(text.slice(Math.max(0, at - 1), at)))
      continue;
    if (getGazetteer().lookupUpperShort(city).length === 0) continue;
    return { name: city + span.name, start: at, end: span.end };
  }
  return span;
}

/**
 * Joined rule: associations and alliances join two fields with 与 or 和 inside their name
 * (某市机器人与智能制造协会), where the scan stops and drops the second field as generic. The name
 * counts when a place the document knows opens the first field and neither field is a body
 * (镇政府与某某协会 is two parties, not one name).
 * Example: 引入青山市机器人与智能制造协会。
 */
export function joinedAssociations(sentence: Sentence, placeNames: readonly string[]): EntityMention[] {
  const found: EntityMention[] = [];
  const text = sentence.text;
  // Sorted only for a sentence that names an association (every match ends in 会 or 盟).
  let places: readonly string[] | null = null;
  const joined = /[会盟]/.test(text)
    ? text.matchAll(/[与和]([\u4e00-\u9fa5]{2,8}?(?:协会|联盟|学会|研究会|促进会))/g)
    : [];
  for (const m of joined) {
    places ??= [...placeNames].sort((a, b) => b.length - a.length);
    const joinAt = m.index ?? 0;
    const before = text.slice(Math.max(0, joinAt - 14), joinAt);
    for (const place of places) {
      const at = before.lastIndexOf(place);
      const field = at >= 0 ? before.slice(at + place.length) : '';
      if (at < 0 || !/^[\u4e00-\u9fa5]{2,6}$/.test(field) || BODY_END.test(field)) continue;
      const start = joinAt - (before.length - at);
      const end = joinAt + m[0].length;
      found.push(
        entityMention({
          label: 'Institution',
          sentence,
          span: { name: text.slice(start, end), start, end },
          rule: 'institution.joined',
          confidence: 0.7,
        }),
      );
      break;
    }
  }
  return found;
}

/** The last character of a body's or a company's name: 政府, 某委, 某局, 公司, 某会, 某院. */
const BODY_END = /[府委局司会院所校部办厅站心]$/;

/**
 * City rule for universities and colleges whose middle word jieba reads as common (大连民族大学:
 * 民族大学 alone is a kind and the scan drops it): a province's or a city's short form at a
 * name's start, then a few characters, then 大学 or 学院.
 * Example: 横泾街道与大连艺术学院签约。
 */
export function cityColleges(sentence: Sentence): EntityMention[] {
  const found: EntityMention[] = [];
  const text = sentence.text;
  for (const m of text.matchAll(/大学|学院/g)) {
    const end = (m.index ?? 0) + m[0].length;
    for (let mid = 1; mid <= 6; mid += 1) {
      const suffixStart = end - m[0].length;
      const body = text.slice(suffixStart - mid, suffixStart);
      if (body.length < mid || !/^[\u4e00-\u9fa5]+$/.test(body) || /[与和及的在对等是]/.test(body)) break;
      const span = withCityInFront(text, { name: body + m[0], start: suffixStart - mid, end });
      if (span.start === suffixStart - mid) continue;
      found.push(
        entityMention({
          label: 'Institution',
          sentence,
          span,
          rule: 'institution.city-college',
          confidence: 0.7,
        }),
      );
      break;
    }
  }
  return found;
}
