import type { Gazetteer, PlaceRecord, PlaceScope } from '../gazetteer';
import type { ReadDocument } from '../types';

/**
 * place.short-scope: the district or city of a page that never writes a full division
 * name. Local news sites and their reports name home by its short form only (潜江新闻网讯,
 * 吴江开发区, 晋城经济技术开发区, 结合晋城实际), so a page with no full name, no town and
 * no hint would otherwise have no place at all. A short form counts only right before a
 * word that needs a place (a news outlet or a development zone's title), and only when
 * one division of the country bears it.
 */
const NEEDS_A_PLACE =
  /新闻网|日报|晚报|融媒体中心|经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区/g;

/** The one city or district a short form names anywhere in the country, or null. */
function byShortForm(gazetteer: Gazetteer, form: string): PlaceRecord | null {
  if (!/^[\u4e00-\u9fa5]+$/.test(form)) return null;
  const records = [...gazetteer.lookupUpperShort(form), ...gazetteer.lookupDistrictShort(form)].filter(
    (r) => r.kind === 'CITY' || r.kind === 'DISTRICT',
  );
  // 恩施 names 恩施市 and the autonomous prefecture around it (恩施州): the city, as the
  // prefecture's own pages write 恩施州.
  const [first, second] = records;
  if (
    records.length === 2 &&
    first?.kind === 'CITY' &&
    second?.kind === 'DISTRICT' &&
    second.code.startsWith(first.code)
  )
    return second;
  return records.length === 1 ? (records[0] ?? null) : null;
}

/** The first division a page names by short form before a place-needing word, with its scope. */
export function scopeFromShortForms(
  gazetteer: Gazetteer,
  doc: ReadDocument,
): { scope: PlaceScope; primary: PlaceRecord } | null {
  const text = `${doc.title}\n${doc.text}`;
  for (const m of text.matchAll(NEEDS_A_PLACE)) {
    // Two or three characters before it: 吴江 in 评价吴江开发区 is the tail of a longer run.
    for (const length of [2, 3]) {
      if (m.index < length) continue;
      const record = byShortForm(gazetteer, text.slice(m.index - length, m.index));
      if (!record) continue;
      const city = record.code.length === 4 ? record : gazetteer.parent(record.code);
      const cityCode = city && city.code.length === 4 ? city.code : null;
      const district = record.code.length === 6 ? record.code : null;
      return { scope: { district, city: cityCode, province: record.code.slice(0, 2) }, primary: record };
    }
  }
  return null;
}
