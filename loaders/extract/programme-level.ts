import type { PlaceKind, ProgrammeLevel } from '../../schema/model';

const WORDING: readonly [RegExp, ProgrammeLevel][] = [
  [/(国家|全国)/, 'NATIONAL'],
  [/(省级|全省|省)/, 'PROVINCE'],
  [/(市级|全市|市)/, 'CITY'],
  [/(区级|全区|区)/, 'DISTRICT'],
  [/(镇级|全镇|镇)/, 'TOWN'],
];

const NEAR_WORDING: readonly [RegExp, ProgrammeLevel][] = [
  [/(国家|全国)$/, 'NATIONAL'],
  [/(省级|全省|^省|[^\u4e00-\u9fa5]省)$/, 'PROVINCE'],
  [/(市级|全市)$/, 'CITY'],
  [/(区级|全区)$/, 'DISTRICT'],
  [/(镇级|全镇)$/, 'TOWN'],
];

const BY_PLACE_KIND: Partial<Record<PlaceKind, ProgrammeLevel>> = {
  PROVINCE: 'PROVINCE',
  CITY: 'CITY',
  DISTRICT: 'DISTRICT',
  TOWN: 'TOWN',
};

/**
 * Level of a programme from its own wording or the words just before it:
 * 全国农村综合性改革试点试验 → NATIONAL; 聚焦全市“532”发展战略 → CITY; a place at the head
 * of the name gives its own level (武进英才计划 → DISTRICT, via the place's kind).
 */
export function programmeLevel(options: {
  name: string;
  before: string;
  placeKind?: PlaceKind | null;
}): ProgrammeLevel | null {
  const head = options.name.slice(0, 3);
  for (const [re, level] of WORDING)
    if (re.test(head) && level !== 'DISTRICT' && level !== 'TOWN') return level;
  if (options.placeKind) return BY_PLACE_KIND[options.placeKind] ?? null;
  // Only whole level words count before a name: 社区“红柳党建” says nothing of a district.
  const near = options.before.slice(-3);
  for (const [re, level] of NEAR_WORDING) if (re.test(near)) return level;
  return null;
}

/** Level to assume for a programme nobody qualifies: that of the document's own place. */
export function defaultLevel(kind: PlaceKind | undefined): ProgrammeLevel | null {
  return kind ? (BY_PLACE_KIND[kind] ?? null) : null;
}
