import { getGazetteer, shortName, type Gazetteer, type PlaceRecord } from '../gazetteer';
import type { EntityMention, PlaceContext, ReadDocument } from '../types';
import { ownLevel, placeKey, placeMention } from './place-facts';
import type { ScopedPlaces } from './place-scope';

/**
 * The PlaceContext other extractors see: the document's primary place, district and city,
 * and a lookup from any name or short form used in the document to its resolved place.
 */
export function buildPlaceContext(options: {
  gazetteer: Gazetteer;
  places: ScopedPlaces;
  doc: ReadDocument;
  entities: EntityMention[];
  primary: PlaceRecord | null;
  /** The document's town when its name is shared and the text does not say which (place-ambiguous.ts). */
  unresolved?: EntityMention | null;
}): PlaceContext {
  const { gazetteer, places, doc, entities } = options;
  const byKey = new Map<string, EntityMention>();
  for (const e of entities) if (!byKey.has(e.key)) byKey.set(e.key, e);
  const mentionOf = (listed: PlaceRecord | null): EntityMention | null => {
    if (!listed) return null;
    const record = ownLevel(gazetteer, listed);
    const known = byKey.get(placeKey(record.code));
    if (known) return known;
    // The caller named a place the text never does (a hint): it still anchors the document.
    const first = doc.sentences[0];
    const span = { sentenceIndex: first?.index ?? 0, start: first?.start ?? 0, end: first?.start ?? 0 };
    const made = placeMention(record, { span, rule: 'place.document-hint', confidence: 0.9 });
    byKey.set(made.key, made);
    entities.push(made);
    return made;
  };
  const district = places.scope.district ? gazetteer.get(places.scope.district) : null;
  const city = places.scope.city ? gazetteer.get(places.scope.city) : null;
  const primary = options.unresolved ?? mentionOf(options.primary ?? district);
  const districtMention = mentionOf(district);
  const cityMention = mentionOf(city);

  // Names first come first: the primary place wins a short form it shares (嘉泽镇 over 嘉泽社区).
  const names = new Map<string, EntityMention>();
  const ordered = [primary, districtMention, cityMention, ...byKey.values()];
  for (const e of ordered) {
    if (!e) continue;
    for (const n of [e.name, ...e.aliases]) if (!names.has(n)) names.set(n, e);
  }
  return {
    primary,
    district: districtMention,
    city: cityMention,
    places: entities,
    lookup(name: string): EntityMention | null {
      const known = names.get(name);
      if (known) return known;
      const record = places.full(name);
      return record ? (byKey.get(placeKey(record.code)) ?? null) : null;
    },
  };
}

/** Short forms worth scanning for: the document's own town, district and city. */
export function homeShortForms(records: readonly (PlaceRecord | null)[]): Map<string, PlaceRecord> {
  const shorts = new Map<string, PlaceRecord>();
  for (const r of records) {
    const short = r ? shortName(r.name, r.kind) : null;
    if (r && short && !shorts.has(short)) shorts.set(short, r);
  }
  return shorts;
}

/**
 * Every form a document's places are written in, with the short names of its town's
 * villages (凤桥 of 凤桥社区), two characters or more: what tells a place from a company
 * or works named after it.
 */
export function localPlaceForms(places: PlaceContext): readonly string[] {
  // Asked once per sentence by several rules: the forms depend on the document alone.
  const known = LOCAL_FORMS.get(places);
  if (known) return known;
  const forms = new Set<string>();
  for (const place of places.places) for (const form of [place.name, ...place.aliases]) forms.add(form);
  const home = places.primary?.properties.code;
  if (typeof home === 'string' && home.length === 9) {
    for (const village of getGazetteer().children(home)) {
      const short = shortName(village.name, village.kind);
      if (short) forms.add(short);
    }
  }
  const local = Object.freeze([...forms].filter((form) => form.length >= 2));
  LOCAL_FORMS.set(places, local);
  return local;
}

const LOCAL_FORMS = new WeakMap<PlaceContext, readonly string[]>();
