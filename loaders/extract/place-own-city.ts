import type { Gazetteer, PlaceRecord, PlaceScope } from '../gazetteer';
import type { ReadDocument } from '../types';
import { ScopedPlaces } from './place-scope';
import { scanFullNames } from './place-scan';

/** The text speaks as a town (全镇, 我镇): its place is a town, even one the list lacks. */
const TOWN_VOICE = /[我全本该](?:镇|乡|街道)/;
/** The text speaks as a prefecture-level division: 全市, 我市, 本市 (全州, 全盟 likewise). */
const CITY_VOICE = /[我全本](?:市|州|盟)/g;
const PROVINCE_VOICE = /[我全本](?:省|区)/g;

/**
 * place.own-city: a text that names no district or town of its own, about a prefecture-level
 * city (雅安市一季度经济运行情况; 2024年，某市实现地区生产总值…). The city it names most, when
 * that city takes at least three fifths of the cities named, and the text either names it in
 * its title or opening lines or speaks as a city (全市, 我市) more than as a province. A text
 * in a town's voice (全镇, 我镇) is a town's, whose city is named only in passing.
 */
export function ownCity(gazetteer: Gazetteer, doc: ReadDocument, scope: PlaceScope): PlaceRecord | null {
  const text = `${doc.title}\n${doc.text}`;
  if (TOWN_VOICE.test(text)) return null;
  const places = new ScopedPlaces(gazetteer, scope);
  const counts = new Map<string, number>();
  let total = 0;
  const opening = new Set<string>();
  const lines = [doc.title, ...doc.sentences.slice(0, 2).map((s) => s.text)];
  for (const [i, line] of [...lines, ...doc.sentences.slice(2).map((s) => s.text)].entries()) {
    for (const m of scanFullNames(line, places)) {
      if (m.record.kind !== 'CITY' || m.record.code.length !== 4) continue;
      if (scope.city && m.record.code !== scope.city) continue;
      counts.set(m.record.code, (counts.get(m.record.code) ?? 0) + 1);
      total += 1;
      if (i < lines.length) opening.add(m.record.code);
    }
  }
  let best: string | null = null;
  for (const [code, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = code;
  if (!best || (counts.get(best) ?? 0) < total * 0.6) return null;
  const cityVoice = text.match(CITY_VOICE)?.length ?? 0;
  const provinceVoice = text.match(PROVINCE_VOICE)?.length ?? 0;
  if (!opening.has(best) && cityVoice <= provinceVoice) return null;
  return gazetteer.get(best);
}
