import type { PlaceKind } from '../../schema/model';

/**
 * Names in the official division list are the names of committees and offices
 * (牟家村村委会, 西塘社区居委会, 南磨房地区办事处); documents name the places themselves
 * (牟家村, 西塘社区). These functions map one onto the other.
 */

/** City-level entries that are placeholders, not places (municipalities' 市辖区 and the like). */
export const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set([
  '市辖区',
  '县',
  '省直辖县级行政区划',
  '自治区直辖县级行政区划',
]);

const VILLAGE_COMMITTEE = /(村民委员会|村村委会|村委会|村委)$/;
const RESIDENT_COMMITTEE = /(居民委员会|居委会|委员会)$/;
const PARENTHESES = /[（(]([^）)]*)[）)]/g;

export interface NormalisedVillage {
  name: string;
  kind: Extract<PlaceKind, 'VILLAGE' | 'COMMUNITY'>;
  /** Other committees merged into this one: 嘉泽社区居委会（含嘉泽村村委） → 嘉泽村. */
  aliases: string[];
}

/** 庙头村委会 → 庙头村; 东庙头村民委员会 → 东庙头村; 名居花园居委会 → 名居花园社区. */
export function normaliseVillageName(raw: string): NormalisedVillage {
  const aliases: string[] = [];
  for (const m of raw.matchAll(PARENTHESES)) {
    const inner = (m[1] ?? '').replace(/^含/, '');
    if (VILLAGE_COMMITTEE.test(inner)) aliases.push(villageName(inner));
  }
  const base = raw.replace(PARENTHESES, '').trim();
  if (VILLAGE_COMMITTEE.test(base)) {
    const name = villageName(base);
    // 孔村村民委员会 is the committee of 孔村村 as documents write it (孔村 alone is too short
    // to name anything); 牟家村村委会 is plainly 牟家村's.
    if (name.length === 2 && /村村(民委员会|委会)$/.test(base)) aliases.push(`${name}村`);
    return { name, kind: 'VILLAGE', aliases };
  }
  if (RESIDENT_COMMITTEE.test(base)) {
    const stem = base.replace(RESIDENT_COMMITTEE, '');
    const name = /(社区|村)$/.test(stem) ? stem : `${stem}社区`;
    return { name, kind: /村$/.test(name) ? 'VILLAGE' : 'COMMUNITY', aliases };
  }
  return { name: base, kind: /村$/.test(base) ? 'VILLAGE' : 'COMMUNITY', aliases };
}

function villageName(committee: string): string {
  const stem = committee.replace(VILLAGE_COMMITTEE, '');
  return stem.endsWith('村') ? stem : `${stem}村`;
}

/** Kind of a village-level name after normalisation (the cache stores names only). */
export function villageKind(name: string): NormalisedVillage['kind'] {
  return name.endsWith('村') ? 'VILLAGE' : 'COMMUNITY';
}

/**
 * The suffixes a short form drops, by kind, longest first: the longest one a name ends with
 * goes (广西壮族自治区 → 广西, not 广西壮族), as an alternation anchored at the end would take
 * it. Compared with endsWith: a gazetteer asks this of every village it unpacks.
 */
const SHORT_SUFFIXES: Record<PlaceKind, readonly string[]> = longestFirst({
  PROVINCE: ['维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '特别行政区', '省', '市'],
  CITY: ['自治州', '市', '地区', '盟'],
  DISTRICT: ['自治县', '自治旗', '区', '县', '市', '旗'],
  TOWN: ['民族乡', '镇', '乡', '街道', '地区办事处', '地区', '办事处'],
  VILLAGE: ['村'],
  COMMUNITY: ['社区'],
});

function longestFirst(lists: Record<PlaceKind, string[]>): Record<PlaceKind, readonly string[]> {
  for (const list of Object.values(lists)) list.sort((a, b) => b.length - a.length);
  return lists;
}

/**
 * The short form a document may use: 嘉泽镇 → 嘉泽, 武进区 → 武进, 牟家村 → 牟家.
 * Null when the stem would be a single character (东村 → 东 names nothing).
 */
export function shortName(name: string, kind: PlaceKind): string | null {
  for (const suffix of SHORT_SUFFIXES[kind]) {
    if (!name.endsWith(suffix)) continue;
    let stem = name.slice(0, name.length - suffix.length);
    if (suffix.startsWith('自治') && kind !== 'PROVINCE') stem = placeStem(stem);
    return stem.length >= 2 ? stem : null;
  }
  return null;
}

/**
 * The nationalities an autonomous division is named for (酉阳土家族苗族自治县), longest
 * first: the 55 officially recognised minority nationalities.
 */
const NATIONALITIES: readonly string[] = [
  ...'蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'.split(
    ' ',
  ),
].sort((a, b) => b.length - a.length);

/**
 * The place's own stem of an autonomous division, before the nationalities it is named for:
 * documents write 酉阳 and 酉阳县 for 酉阳土家族苗族自治县, 楚雄州 for 楚雄彝族自治州. A
 * division named for its nationality alone (鄂温克族自治旗) keeps the nationality (鄂温克).
 */
function placeStem(stem: string): string {
  let rest = stem;
  for (;;) {
    const people = NATIONALITIES.find((n) => rest.endsWith(`${n}族`));
    if (!people) break;
    rest = rest.slice(0, rest.length - people.length - 1);
  }
  if (rest.length >= 2) return rest;
  return stem.replace(/族$/, '');
}

/**
 * Full names documents give an autonomous division besides its official one: its stem with
 * the plain suffix or with 自治 (酉阳县, 酉阳自治县; 紫云自治县; 楚雄州; 莫力达瓦旗).
 */
export function autonomousForms(name: string, kind: PlaceKind): string[] {
  const m = /自治(县|旗|州)$/.exec(name);
  if (!m?.[1] || (kind !== 'DISTRICT' && kind !== 'CITY')) return [];
  const stem = shortName(name, kind);
  if (!stem) return [];
  return [`${stem}${m[1]}`, `${stem}自治${m[1]}`].filter((form) => form !== name);
}

/** Kind implied by a name's suffix, for names the list does not hold. */
export function kindFromSuffix(name: string): PlaceKind | null {
  if (/社区$/.test(name)) return 'COMMUNITY';
  if (/村$/.test(name)) return 'VILLAGE';
  if (/(镇|乡|街道)$/.test(name)) return 'TOWN';
  if (/(区|县)$/.test(name)) return 'DISTRICT';
  if (/省$/.test(name)) return 'PROVINCE';
  if (/市$/.test(name)) return 'CITY';
  return null;
}
