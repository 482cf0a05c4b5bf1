/**
 * Runs of text that end like a division's name but are none. Two families recur in real
 * pages and each once made a false place the document's primary place:
 * - the suffix character starts a common word instead (调研乡村振兴 holds 调研乡 + 村振兴,
 *   运河区域 holds 运河区 + 域, 农贸市场 holds 农贸市 + 场, 团结村民组 holds 团结村 + 民组);
 * - a parallel slogan list whose items share a leading character (大开放、大集镇、大发展:
 *   大集镇 is a real town elsewhere, here one of the 大… slogans).
 */

/** Suffix + next character pairs that are words of their own. */
const WORD_AFTER_SUFFIX = new Set(['乡村', '区域', '市场', '县域']);

/**
 * 城镇 as the common word (urban) before the nouns of statistics and planning: 其中城镇居民,
 * 新增城镇就业, 特色鲜明城镇区 hold 中城镇, 增城镇 and 明城镇, real towns elsewhere.
 */
const URBAN_WORD =
  /^(?:居民|人口|化|职工|登记|就业|常住|低保|医保|污水|新增|户籍|住户|单位|私营|非私营|区|建设|规划|面貌|功能|品质|环境|体系|管理|基础设施|道路|综合)/;

/**
 * 村民组 and 村民小组 (a villagers' group): 团结村民组 names the group 团结, not a village
 * 团结村, which the gazetteer may list in another county. (村民宿 is left alone: 平岛村民宿 is
 * a homestay of the village 平岛村.)
 */
const VILLAGERS_GROUP = /^民(?:小)?组/;

/** True when the suffix at `index` (of length `length`) begins a word with the character after it. */
export function suffixStartsWord(text: string, index: number, length: number): boolean {
  const next = text[index + length];
  if (text[index + length - 1] === '村' && VILLAGERS_GROUP.test(text.slice(index + length))) return true;
  if (text.slice(index - 1, index + length) === '城镇' && URBAN_WORD.test(text.slice(index + length)))
    return true;
  return (
    next !== undefined && WORD_AFTER_SUFFIX.has(`${text.slice(index + length - 1, index + length)}${next}`)
  );
}

const HAN = /[\u4e00-\u9fa5]/;
const PLACE_END = /(?:省|市|区|县|旗|镇|乡|街道|社区|村)$/;
/** The longest slogan item looked at: 大开放, 大招商, 大发展 are two or three characters. */
const SLOGAN_MAX = 3;

/** The run of Chinese characters that ends just before `end` (backwards) or starts at `start`. */
function runBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && HAN.test(text[start - 1] ?? '')) start -= 1;
  return text.slice(start, end);
}

function runAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && HAN.test(text[end] ?? '')) end += 1;
  return text.slice(start, end);
}

/**
 * True when the name at [start, end) is an item of a 、-list whose neighbouring item is a
 * short non-place phrase with the same first character (大开放、大集镇).
 */
export function inSloganList(
  text: string,
  at: { start: number; end: number },
  /** Whether a short item names a place after all (大港、大路镇 lists two towns). */
  isPlace: (item: string) => boolean = () => false,
): boolean {
  const lead = text[at.start];
  if (!lead) return false;
  const neighbours: string[] = [];
  if (text[at.start - 1] === '、') neighbours.push(runBefore(text, at.start - 1));
  if (text[at.end] === '、') neighbours.push(runAfter(text, at.end + 1));
  return neighbours.some(
    (item) =>
      item.length >= 2 &&
      item.length <= SLOGAN_MAX &&
      item[0] === lead &&
      !PLACE_END.test(item) &&
      !isPlace(item),
  );
}
