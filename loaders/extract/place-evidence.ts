import type { Gazetteer, PlaceRecord } from '../gazetteer';
import type { ReadDocument } from '../types';
import { inSloganList, suffixStartsWord } from './place-false-names';

/**
 * The town a document is about when its text names no district: town names are often
 * shared across China (新安街道 names nine), so each candidate is weighed by the other
 * divisions the text names under it: its villages and communities, its district, city
 * or province, also by their short forms (考察浙江 for a town of 浙江省), and the towns
 * beside it in its district (新安江 beside 三都镇 of 建德市). The candidate with the most
 * support wins; a name with one candidate in the country needs none.
 */

const TOWN_END = /镇|街道|乡/g;
const LOWER_END = /村|社区/g;
const UPPER_END = /县|区|市|省/g;

/** Every name of 2–6 characters ending at a suffix that the gazetteer knows, with its records. */
function namesEndingIn(text: string, re: RegExp, gazetteer: Gazetteer): Map<string, PlaceRecord[]> {
  const found = new Map<string, PlaceRecord[]>();
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    if (suffixStartsWord(text, m.index ?? 0, m[0].length)) continue;
    for (let length = 6; length >= m[0].length + 1; length -= 1) {
      const start = end - length;
      if (start < 0) continue;
      const name = text.slice(start, end);
      if (!/^[\u4e00-\u9fa5]+$/.test(name) || found.has(name)) continue;
      const isPlace = (item: string) =>
        gazetteer.lookupUpperShort(item).length > 0 ||
        gazetteer.lookup(`${item}镇`).length > 0 ||
        gazetteer.lookup(`${item}乡`).length > 0;
      if (inSloganList(text, { start, end }, isPlace)) continue;
      // 工业兴镇 is a slogan: a one-character name needs a boundary before it.
      if (length === m[0].length + 1 && /[\u4e00-\u9fa5]/.test(text[start - 1] ?? '')) continue;
      const records = gazetteer.lookup(name);
      if (records.length > 0) {
        found.set(name, records);
        break;
      }
    }
  }
  return found;
}

/** The town names in a text, each with every town of the country that bears it. */
export function townsNamed(gazetteer: Gazetteer, text: string): { name: string; records: PlaceRecord[] }[] {
  return [...namesEndingIn(text, TOWN_END, gazetteer).entries()]
    .map(([name, records]) => ({ name, records: records.filter((r) => r.kind === 'TOWN') }))
    .filter((t) => t.records.length > 0);
}

/** How many times a name occurs in a text. */
export function mentionCount(text: string, name: string): number {
  return text.split(name).length - 1;
}

export function townByEvidence(gazetteer: Gazetteer, doc: ReadDocument): PlaceRecord | null {
  const text = `${doc.title}\n${doc.text}`;
  const towns = townsNamed(gazetteer, text);
  if (towns.length === 0) return null;
  const support = [
    ...namesEndingIn(text, LOWER_END, gazetteer).values(),
    ...namesEndingIn(text, UPPER_END, gazetteer).values(),
  ].flat();
  let best: { record: PlaceRecord; score: number } | null = null;
  let tied = false;
  for (const town of towns) {
    for (const record of town.records) {
      const evidence =
        support.filter(
          (s) => (s.code.startsWith(record.code) && s.code !== record.code) || record.code.startsWith(s.code),
        ).length + neighbourhoodEvidence(gazetteer, { text, town: record, name: town.name });
      if (evidence === 0 && town.records.length > 1) continue;
      const score = evidence * 3 + mentionCount(text, town.name);
      if (!best || score > best.score) [best, tied] = [{ record, score }, false];
      else if (score === best.score && record.code !== best.record.code) tied = true;
    }
  }
  return best && !tied ? best.record : null;
}

/** Short forms of two characters are everyday words (新建, 人民): only longer ones of towns count. */
const SIBLING_SHORT_MIN = 3;

/**
 * How many of a candidate town's ancestors (by full name or short form) and sibling towns
 * (by full name or a short form of three characters or more) the text names, away from the
 * town's own name: 龙游县 or 浙江 for 湖镇镇 of 龙游县, 新安江 for 三都镇 of 建德市.
 */
export function neighbourhoodEvidence(
  gazetteer: Gazetteer,
  at: { text: string; town: PlaceRecord; name: string },
): number {
  const own = [at.name, ...at.town.aliases].filter((form) => form.length >= 2);
  // The town's own name and short form hide what they contain (湖镇 in 湖镇镇 is no 湖镇村).
  const text = own.reduce((t, form) => t.split(form).join('〇'), at.text);
  const named = (forms: readonly string[]): boolean => forms.some((f) => text.includes(f));
  const ancestors = gazetteer.ancestors(at.town.code);
  let count = ancestors.filter((a) => named([a.name, ...a.aliases].filter((f) => f.length >= 2))).length;
  const district = ancestors[0];
  if (district) {
    count += gazetteer
      .children(district.code)
      .filter(
        (s) =>
          s.code !== at.town.code &&
          named([s.name, ...s.aliases].filter((f) => f.length >= SIBLING_SHORT_MIN && !own.includes(f))),
      ).length;
  }
  return count;
}
