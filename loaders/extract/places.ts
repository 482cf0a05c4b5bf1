import { getGazetteer, type Gazetteer, type PlaceRecord, type PlaceScope } from '../gazetteer';
import type { ExtractedFacts, PlaceContext, ReadDocument } from '../types';
import { buildPlaceContext, homeShortForms } from './place-context';
import { ownLevel, placeFacts, type LocatedMatch } from './place-facts';
import {
  dropContained,
  scanFullNames,
  scanSettlementVillages,
  scanShortEnumerations,
  scanShortForms,
} from './place-scan';
import { ambiguousTown } from './place-ambiguous';
import {
  scanBracketedTowns,
  scanCountyLists,
  scanShortDestinations,
  scanShortPlaceLists,
} from './place-short-lists';
import { unlistedTown, unlistedTownName } from './place-unlisted-town';
import { mentionCount, townByEvidence } from './place-evidence';
import { ScopedPlaces, scopeFromHints } from './place-scope';
import { scanUnlistedSiblings, unlistedFacts, type UnlistedPlace } from './place-unlisted';
import { townVillageMentions, villagesOfTowns } from './place-town-villages';
import { speaksAsCity, speaksAsDistrict } from './place-voice';
import { scopeFromShortForms } from './place-short-scope';
import { ownCity } from './place-own-city';
import type { Span } from '../types';

/**
 * Places of one document, confirmed by the official gazetteer, with their parent chains.
 * The document's district and city come from its hints, or else from the text itself.
 */
export function extractPlaces(
  doc: ReadDocument,
  gazetteer: Gazetteer = getGazetteer(),
): { facts: ExtractedFacts; context: PlaceContext } {
  let { scope, primary } = scopeFromHints(gazetteer, doc.hints);
  if (!scope.district) ({ scope, primary } = inferScope(gazetteer, doc, scope, primary));
  // A page that writes no full name may still name home by short form (place-short-scope.ts).
  if (!primary && !scope.city && !scope.district)
    ({ scope, primary } = scopeFromShortForms(gazetteer, doc) ?? { scope, primary });
  // A city's own text (统计公报, 经济运行情况), unless it is about a town the list cannot place.
  const ownCityRecord = !primary && !scope.district ? ownCity(gazetteer, doc, scope) : null;
  if (ownCityRecord && !ambiguousTown(gazetteer, doc)) {
    primary = ownCityRecord;
    scope = { district: null, city: ownCityRecord.code, province: ownCityRecord.code.slice(0, 2) };
  }
  if (primary && primary.kind !== 'TOWN' && !doc.hints.place)
    primary = dominantTown(gazetteer, doc, scope) ?? primary;
  // A city paper's news of one of its districts speaks as the city (place-voice.ts).
  const cityOf = scope.city ? gazetteer.get(scope.city) : null;
  if (primary?.kind === 'DISTRICT' && !doc.hints.place && cityOf)
    if (
      speaksAsCity(`${doc.title}\n${doc.text}`, {
        district: primary,
        city: cityOf,
        districts: districtsNamed(gazetteer, doc, scope),
      })
    )
      primary = cityOf;
  const home = primary?.kind === 'TOWN' ? primary.code : null;
  const places = new ScopedPlaces(gazetteer, scope, home);
  const district = scope.district ? gazetteer.get(scope.district) : null;
  const city = scope.city ? gazetteer.get(scope.city) : null;
  const shorts = homeShortForms([primary, district, city]);

  const found: LocatedMatch[] = [];
  const unlisted: { place: UnlistedPlace; span: Span }[] = [];
  // Towns, districts and cities named so far: a visit goes on to their places (place-scope.ts NamedTowns).
  const earlier = { towns: [] as string[], upper: [] as string[] };
  const scannedBySentence = doc.sentences.map((sentence) => {
    const full = scanFullNames(sentence.text, places, earlier);
    for (const m of full) {
      if (m.kind === 'TOWN') earlier.towns.push(m.record.code);
      if (m.kind === 'DISTRICT' || m.kind === 'CITY') earlier.upper.unshift(m.record.code);
    }
    return dropContained([
      ...full,
      ...scanShortEnumerations(sentence.text, places, home),
      ...scanSettlementVillages(sentence.text, places, home),
      ...scanShortForms(sentence.text, shorts),
      ...scanShortPlaceLists(sentence.text, gazetteer),
      ...scanShortDestinations(sentence.text, gazetteer),
      ...scanBracketedTowns(sentence.text, places),
      ...scanCountyLists(sentence.text, gazetteer, scope.city ?? null),
    ]);
  });
  // Villages the text lists under a town it names (place-town-villages.ts).
  const towns = new Map<string, PlaceRecord>();
  for (const m of scannedBySentence.flat()) if (m.kind === 'TOWN') towns.set(m.record.code, m.record);
  const villages = villagesOfTowns(doc.sentences, {
    towns: [...towns.values()],
    home: primary?.kind === 'TOWN' ? primary : null,
    gazetteer,
  });
  doc.sentences.forEach((sentence, i) => {
    const scanned = scannedBySentence[i] ?? [];
    const own =
      villages.size > 0
        ? townVillageMentions(sentence.text, { villages, matches: scanned })
        : { kept: scanned, unlisted: [] };
    const matches = own.kept;
    for (const match of matches) {
      const span = {
        sentenceIndex: sentence.index,
        start: sentence.start + match.start,
        end: sentence.start + match.end,
      };
      found.push({ match, span });
    }
    for (const place of [...own.unlisted, ...scanUnlistedSiblings(sentence.text, matches)]) {
      unlisted.push({
        place,
        span: {
          sentenceIndex: sentence.index,
          start: sentence.start + place.start,
          end: sentence.start + place.end,
        },
      });
    }
  });
  const listed = placeFacts(gazetteer, found);
  const siblings = unlistedFacts(unlisted);
  const notListed =
    primary?.kind === 'TOWN' || doc.hints.place ? null : townNotListed(gazetteer, doc, district);
  const unresolved = notListed?.mention ?? (primary ? null : ambiguousTown(gazetteer, doc));
  const facts = {
    entities: [...(unresolved ? [unresolved] : []), ...listed.entities, ...siblings.entities],
    relations: [...(notListed?.facts.relations ?? []), ...listed.relations, ...siblings.relations],
  };
  const context = buildPlaceContext({
    gazetteer,
    places,
    doc,
    entities: facts.entities,
    primary,
    unresolved,
  });
  return { facts, context };
}

/** The counties and districts of the document's city that its text names in full. */
function districtsNamed(gazetteer: Gazetteer, doc: ReadDocument, scope: PlaceScope): PlaceRecord[] {
  const places = new ScopedPlaces(gazetteer, scope);
  const city = scope.city ?? '-';
  const found = new Map<string, PlaceRecord>();
  for (const s of doc.sentences)
    for (const m of scanFullNames(s.text, places))
      if (m.record.kind === 'DISTRICT' && m.record.code.startsWith(city)) found.set(m.record.code, m.record);
  return [...found.values()];
}

/** A district's document about one of its towns that the gazetteer does not list (place-unlisted-town.ts). */
function townNotListed(
  gazetteer: Gazetteer,
  doc: ReadDocument,
  district: PlaceRecord | null,
): ReturnType<typeof unlistedTown> | null {
  if (!district) return null;
  const name = unlistedTownName(gazetteer, doc);
  return name ? unlistedTown(doc, { name, district: ownLevel(gazetteer, district) }) : null;
}

/**
 * Without hints the text decides: the district named most often (a town counts for its
 * district); `dominantTown` then says whether one of its towns is the primary place.
 */
function inferScope(
  gazetteer: Gazetteer,
  doc: ReadDocument,
  known: PlaceScope,
  knownPrimary: PlaceRecord | null,
): { scope: PlaceScope; primary: PlaceRecord | null } {
  const loose = new ScopedPlaces(gazetteer, known);
  const districts = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const s of doc.sentences) {
    for (const m of scanFullNames(s.text, loose)) {
      const code =
        m.record.kind === 'TOWN' || m.record.kind === 'DISTRICT' ? m.record.code.slice(0, 6) : null;
      if (code) districts.set(code, (districts.get(code) ?? 0) + 1);
      else if (m.record.code.length <= 4) upper.set(m.record.code, (upper.get(m.record.code) ?? 0) + 1);
    }
  }
  // 山东省…东营区牛庄镇 against a same-looking word that is a town of another province
  // (小城镇): the city and province a district lies in, named in full, count for it too.
  for (const [code, n] of districts)
    districts.set(code, n + (upper.get(code.slice(0, 4)) ?? 0) + (upper.get(code.slice(0, 2)) ?? 0));
  const district = mostFrequent(districts, () => true);
  if (!district) {
    const town = knownPrimary ? null : townByEvidence(gazetteer, doc);
    if (!town) return { scope: known, primary: knownPrimary };
    const home = town.code.slice(0, 6);
    const city = gazetteer.parent(home)?.code ?? null;
    return { scope: { district: home, city, province: home.slice(0, 2) }, primary: town };
  }
  const city = gazetteer.parent(district)?.code ?? known.city ?? null;
  const primary = knownPrimary ?? gazetteer.get(district);
  return { scope: { district, city, province: district.slice(0, 2) }, primary };
}

/**
 * A document whose hints name only its district is usually about one of the district's
 * towns (增城区石滩镇政府工作报告): the town its title names, else the town that takes most
 * of the text's town mentions. A round-up of several towns keeps the district, and so
 * does a text in the district's own voice (place-voice.ts).
 */
function dominantTown(gazetteer: Gazetteer, doc: ReadDocument, scope: PlaceScope): PlaceRecord | null {
  if (!scope.district) return null;
  const places = new ScopedPlaces(gazetteer, scope);
  const inDistrict = (record: PlaceRecord) =>
    record.kind === 'TOWN' && record.code.startsWith(scope.district ?? '-');
  const titled = scanFullNames(doc.title, places).filter((m) => inDistrict(m.record));
  if (titled.length === 1 && titled[0]) return titled[0].record;
  const towns = new Map<string, number>();
  let total = 0;
  let ofDistrict = 0;
  for (const s of doc.sentences) {
    for (const m of scanFullNames(s.text, places)) {
      if (m.record.code === scope.district) ofDistrict += 1;
      if (!inDistrict(m.record)) continue;
      towns.set(m.record.code, (towns.get(m.record.code) ?? 0) + 1);
      total += 1;
    }
  }
  const best = mostFrequent(towns, () => true);
  const count = best ? (towns.get(best) ?? 0) : 0;
  const town = best && count >= total * 0.6 ? gazetteer.get(best) : null;
  // 南华县 named four times around one 在龙川镇某基地: the county's report visits a town, it is
  // not the town's. The town's short form counts for it (a report on 皮口街道 says 皮口).
  if (town && ofDistrict >= 3 && ofDistrict >= 2 * mentionCount(doc.text, shortTownForm(town.name)))
    return null;
  const district = gazetteer.get(scope.district);
  // A visit to one town told in the county's voice (并对我县…) stays the county's text.
  if (town && district && speaksAsDistrict(`${doc.title}\n${doc.text}`, { town, district })) return null;
  return town;
}

/** 龙川镇 → 龙川: a town's name without its level (镇, 乡, 街道). */
function shortTownForm(name: string): string {
  const short = name.replace(/(?:街道|镇|乡)$/u, '');
  return short.length >= 2 ? short : name;
}

function mostFrequent(counts: Map<string, number>, keep: (code: string) => boolean): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, n] of counts) {
    if (keep(code) && n > bestCount) [best, bestCount] = [code, n];
  }
  return best;
}
