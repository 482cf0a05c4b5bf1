import type { PlaceKind } from '../../schema/model';
import { shortName, type Gazetteer, type PlaceRecord, type PlaceScope } from '../gazetteer';

/**
 * Name resolution inside one document's scope (its district, city and province). Villages
 * and communities are only found under the document's district or city: 新南村 alone
 * names dozens of villages in the country.
 */
type NameIndexes = Map<string, Map<string, PlaceRecord[]>>;

/**
 * Name indexes of a gazetteer's districts and towns, shared by every document: a corpus
 * draws on a few hundred districts, and building an index costs far more than a lookup.
 */
const sharedIndexes = new WeakMap<Gazetteer, { full: NameIndexes; short: NameIndexes }>();

function indexesOf(gazetteer: Gazetteer): { full: NameIndexes; short: NameIndexes } {
  let indexes = sharedIndexes.get(gazetteer);
  if (!indexes) {
    indexes = { full: new Map(), short: new Map() };
    sharedIndexes.set(gazetteer, indexes);
  }
  return indexes;
}

/**
 * Towns the text has named before a village-level name, by code: `near` in the same
 * sentence (nearest first), `earlier` anywhere before it in the document.
 */
export interface NamedTowns {
  near?: readonly string[];
  earlier?: readonly string[];
  /** Districts and cities named before it in the same sentence, nearest first (桐乡市乌镇镇). */
  nearUpper?: readonly string[];
  /** Districts and cities named in earlier sentences, latest first (赴安吉县学习。在某镇…). */
  earlierUpper?: readonly string[];
}

export class ScopedPlaces {
  private readonly fullNames: NameIndexes;
  private readonly shortNames: NameIndexes;

  constructor(
    readonly gazetteer: Gazetteer,
    readonly scope: PlaceScope,
    /** The document's own town, whose villages win over same-named ones elsewhere in the district. */
    readonly town: string | null = null,
  ) {
    const indexes = indexesOf(gazetteer);
    this.fullNames = indexes.full;
    this.shortNames = indexes.short;
  }

  /**
   * The place a full name means here (天宁区 in 常州 → 320402), or null. Villages are looked
   * for in the document's town, then its district, then its city (城西村 is in two towns of
   * 德清县; a 新市镇 report means its own).
   */
  full(name: string, named: NamedTowns = {}): PlaceRecord | null {
    if (!isVillageLevel(name))
      return (
        this.acceptable(this.gazetteer.resolve(name, this.scope)) ??
        this.inUpper(name, [...(named.nearUpper ?? []), ...(named.earlierUpper ?? [])]) ??
        this.upgraded(name)
      );
    // A town the sentence has just named places its villages before any other (某乡甲村…).
    for (const town of named.near ?? []) {
      const found = this.under(town, name);
      if (found.length === 1) return found[0] ?? null;
    }
    for (const within of [this.town, this.scope.district, this.scope.city]) {
      if (!within) continue;
      const found = this.under(within, name);
      if (found.length === 1) return found[0] ?? null;
      if (found.length > 1) return this.inEarlier(name, named);
    }
    return this.inEarlier(name, named);
  }

  /**
   * A township of the document's district under its other title: 某乡 upgraded to 某镇 (or
   * the reverse), or a township turned subdistrict (某乡 or 某镇 now 某街道), after the text was
   * written or the list compiled. The name must match the district's town in all but that
   * title.
   */
  private upgraded(name: string): PlaceRecord | null {
    const m = /^([\u4e00-\u9fa5]{2,})([乡镇])$/.exec(name);
    const district = this.scope.district;
    if (!m?.[1] || !district) return null;
    const others = [`${m[1]}${m[2] === '乡' ? '镇' : '乡'}`, `${m[1]}街道`];
    const found = this.gazetteer
      .children(district)
      .filter((r) => r.kind === 'TOWN' && others.includes(r.name));
    return found.length === 1 ? (found[0] ?? null) : null;
  }

  /**
   * A town or district the document's scope cannot place, under a district or city the
   * sentence named before it: 桐乡市乌镇镇 in a text from another province names that town.
   */
  private inUpper(name: string, upper: readonly string[] = []): PlaceRecord | null {
    for (const within of upper) {
      const found = this.gazetteer
        .lookup(name)
        .filter((r) => r.code.startsWith(within) && r.code !== within && !/区$/.test(r.name));
      if (found.length === 1) return found[0] ?? null;
    }
    return null;
  }

  /**
   * A village the document's scope cannot place (none or several of the name) that belongs
   * to exactly one of the towns named earlier in the text: the visit to 某乡 goes on to its
   * villages in the next sentence.
   */
  private inEarlier(name: string, named: NamedTowns): PlaceRecord | null {
    // 德清县五四村: a district the sentence names places the village it goes on to name.
    for (const district of named.nearUpper ?? []) {
      if (district.length !== 6) continue;
      const found = this.under(district, name);
      if (found.length === 1) return found[0] ?? null;
    }
    const found = [...new Set(named.earlier ?? [])].flatMap((town) => this.under(town, name));
    if (found.length > 0) return found.length === 1 ? (found[0] ?? null) : null;
    for (const district of named.earlierUpper ?? []) {
      if (district.length !== 6) continue;
      const under = this.under(district, name);
      if (under.length === 1) return under[0] ?? null;
    }
    return null;
  }

  private under(within: string, name: string): PlaceRecord[] {
    return this.index(this.fullNames, within, fullKeys).get(name) ?? [];
  }

  /**
   * Town-level entries named …区 are development zones (武进国家高新区 is listed as 高新区),
   * which are zones, not places; and a town far outside the document's province is more
   * likely a phrase (生态宜居乡村 holds 宜居乡, a township in 重庆) than a reference.
   */
  private acceptable(record: PlaceRecord | null): PlaceRecord | null {
    if (!record || record.kind !== 'TOWN') return record;
    if (/区$/.test(record.name)) return null;
    const province = this.scope.province;
    return province && !record.code.startsWith(province) ? null : record;
  }

  /** Towns, villages and communities of the district with this short form (庙头 → 庙头村). */
  short(stem: string, kinds: readonly PlaceKind[]): PlaceRecord[] {
    const within = this.scope.district;
    if (!within) return [];
    const found = this.index(this.shortNames, within, shortKeys).get(stem) ?? [];
    return found.filter((r) => kinds.includes(r.kind));
  }

  private index(
    cache: Map<string, Map<string, PlaceRecord[]>>,
    within: string,
    keys: (r: PlaceRecord) => string[],
  ): Map<string, PlaceRecord[]> {
    let map = cache.get(within);
    if (map) return map;
    map = new Map();
    for (const rec of this.gazetteer.descendantsOf(within)) {
      for (const key of keys(rec)) {
        const list = map.get(key);
        if (list) list.push(rec);
        else map.set(key, [rec]);
      }
    }
    cache.set(within, map);
    return map;
  }
}

/** A record's full names: its own and the committees merged into it (成章社区 ← 成章村). */
export function fullKeys(rec: PlaceRecord): string[] {
  const keys = [rec.name];
  for (const alias of rec.aliases) if (isVillageLevel(alias)) keys.push(alias);
  return keys;
}

/** A village-level name (…村, …社区: 94% of the list, repeated everywhere, so looked up only near home); endsWith, as this is asked of every run of characters before a suffix. */
function isVillageLevel(name: string): boolean {
  return name.endsWith('村') || name.endsWith('社区');
}

function shortKeys(rec: PlaceRecord): string[] {
  const keys = new Set<string>();
  for (const name of fullKeys(rec)) {
    const short = shortName(name, name === rec.name ? rec.kind : 'VILLAGE');
    if (short) keys.add(short);
  }
  return [...keys];
}

/** Codes a document's hints name: city first, then the district in it, then the place. */
export function scopeFromHints(
  gazetteer: Gazetteer,
  hints: { place?: string; district?: string; city?: string },
): { scope: PlaceScope; primary: PlaceRecord | null } {
  const city = hints.city ? gazetteer.resolve(hints.city) : null;
  const district = hints.district
    ? gazetteer.resolve(hints.district, {
        city: city?.code ?? null,
        province: city?.code.slice(0, 2) ?? null,
      })
    : null;
  const cityCode = city?.code ?? (district ? (gazetteer.parent(district.code)?.code ?? null) : null);
  const scope: PlaceScope = {
    district: district?.code ?? null,
    city: cityCode,
    province: (cityCode ?? district?.code)?.slice(0, 2) ?? null,
  };
  const primary = hints.place ? new ScopedPlaces(gazetteer, scope).full(hints.place) : null;
  if (primary?.kind === 'TOWN' && !scope.district) scope.district = primary.code.slice(0, 6);
  return { scope, primary: primary ?? district };
}
