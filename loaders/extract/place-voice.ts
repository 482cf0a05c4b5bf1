import { shortName, type PlaceRecord } from '../gazetteer';
import { mentionCount } from './place-evidence';

/**
 * Whose text a visit report is. A county's news about a visit to one of its towns
 * (到某县调研…来到某镇某村…并对我县…给予肯定) names the town, yet is the county's text: it
 * speaks as the county (我县) and names the county at least as often as the town. A
 * town's own news may quote the county (符合我县发展) but names the town more often, or
 * speaks as the town (我镇, 全镇, 本镇).
 */

const TOWN_VOICE = /[我全本该](?:镇|乡|街道)/;
const UPPER_FIRST_PERSON = /我(?:县|区|市|旗)/;

function count(text: string, name: string): number {
  return name ? mentionCount(text, name) : 0;
}

/** True when a text that names `town` is the text of its district instead. */
export function speaksAsDistrict(text: string, at: { town: PlaceRecord; district: PlaceRecord }): boolean {
  if (TOWN_VOICE.test(text)) return false;
  if (!UPPER_FIRST_PERSON.test(text)) return namedInPassing(text, at);
  // The town's own name hides the district's short form it may contain (镇坪 in 镇坪镇).
  const rest = text.split(at.town.name).join('〇');
  const short = shortName(at.district.name, at.district.kind) ?? at.district.name;
  return count(rest, short) >= count(text, at.town.name);
}

/**
 * A county's news that names one of its towns once, in passing (某县十个项目集中开工…回龙镇幸福
 * 小区…), while it names the county again and again, is the county's text: a town that is
 * the subject of a text is written more than once.
 */
function namedInPassing(text: string, at: { town: PlaceRecord; district: PlaceRecord }): boolean {
  // The town's short form counts too (马山 of 马山街道, written once in full and then short).
  const townShort = shortName(at.town.name, at.town.kind) ?? at.town.name;
  if (count(text, at.town.name) !== 1 || count(text, townShort) !== 1) return false;
  const rest = text.split(at.town.name).join('〇');
  const short = shortName(at.district.name, at.district.kind) ?? at.district.name;
  return count(rest, short) >= 2;
}

/** 我市, 本市, 全市 as an actor; not 全市 as a yardstick (高于全市平均水平, 居全市第一, 全市唯一, 全市首个). */
const CITY_VOICE =
  /[我本]市(?!场|民)|(?<![于居列在占])全市(?!场|民|平均|第|前|排|范围|唯一|首[个家批位座例])/;
/** 我县, 全区 as an actor; not 全县 as a yardstick (占全县工业总产值的70%, 居全区第一, 全县首家). */
const DISTRICT_VOICE =
  /[我本该](?:区|县|旗)(?![域内外间])|(?<![于居列在占])全(?:区|县|旗)(?![域内外间]|平均|第|前|排|范围|唯一|首[个家批位座例])/;

/**
 * A city paper's news that visits one of its districts (我市新增项目88个…一行前往某区某镇) names
 * the district, yet speaks as the city: it names the city and says 我市 or 全市, never
 * 我区 or 全县. A county-level city (某某市) is itself what its 我市 means.
 */
export function speaksAsCity(
  text: string,
  at: { district: PlaceRecord; city: PlaceRecord; districts?: readonly PlaceRecord[] },
): boolean {
  if (at.district.kind !== 'DISTRICT') return false;
  const short = shortName(at.city.name, at.city.kind) ?? at.city.name;
  const named = [at.district, ...(at.districts ?? [])].map((d) => d.name);
  const rest = named.reduce((t, name) => t.split(name).join('〇'), text);
  if (!rest.includes(short)) return false;
  if (DISTRICT_VOICE.test(text) || TOWN_VOICE.test(text)) return false;
  // A county-level city's 我市 is its own: only a round-up of the city's counties says more.
  if (at.district.name.endsWith('市')) return roundUp(at.district, at.districts ?? []);
  return CITY_VOICE.test(text) || roundUp(at.district, at.districts ?? []);
}

/**
 * A city's round-up (市重点项目…某区某园、某县某项目) names two or more of its counties and
 * districts, each in passing: the figures are the city's, not those of the first county named.
 */
function roundUp(district: PlaceRecord, districts: readonly PlaceRecord[]): boolean {
  return new Set([district.code, ...districts.map((d) => d.code)]).size >= 2;
}
