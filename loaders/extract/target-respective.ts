import type { EntityLabel } from '../../schema/model';
import type { Quantity } from './numbers';
import type { KnownNames, Occurrence } from './target-names';

/**
 * Figures given 分别 (respectively) to a list of names, the k-th figure to the k-th name:
 * - names after the figures: "总投资分别为8亿元、3亿元的青禾冷链项目和远航装备项目" → 8亿元 is
 *   青禾冷链项目's, 3亿元 远航装备项目's;
 * - names before them: "青禾冷链项目和远航装备项目总投资分别为8亿元、3亿元" → the same.
 * The list and the figures must be as many; otherwise nothing is paired.
 */

/** 分别, 分别为, 分别是, 分别达到: the word that pairs the figures with the names. */
const RESPECTIVELY = /分别(?:为|是|达到?|有|约)?$/;
/** What stands between two figures of one run: 8亿元、3亿元; 8%和9%. */
const BETWEEN_FIGURES = /^(?:[、，,]|和|及|与|以及)$/;
/** What stands between two names of one list. */
const BETWEEN_NAMES = /^(?:、|和|及|与|以及)$/;
const OWNER_LABELS: readonly EntityLabel[] = ['Project', 'Zone', 'Enterprise', 'Institution'];

/** The run of figures the i-th one stands in (8亿元、3亿元), as indexes into `quantities`. */
function runAround(text: string, quantities: readonly Quantity[], i: number): [number, number] {
  const joined = (a: Quantity | undefined, b: Quantity | undefined) =>
    a !== undefined &&
    b !== undefined &&
    a.unit === b.unit &&
    BETWEEN_FIGURES.test(text.slice(a.end, b.start));
  let first = i;
  while (first > 0 && joined(quantities[first - 1], quantities[first])) first--;
  let last = i;
  while (last < quantities.length - 1 && joined(quantities[last], quantities[last + 1])) last++;
  return [first, last];
}

/** A list of names joined by 、/和 and nothing else, read from `from` (after) or up to `to` (before). */
function listAfter(names: readonly Occurrence[], text: string, from: number): Occurrence[] {
  const list: Occurrence[] = [];
  let at = from;
  for (const o of names.filter((n) => n.start >= from)) {
    const gap = text.slice(at, o.start);
    if (list.length === 0 ? gap.length > 0 : !BETWEEN_NAMES.test(gap)) break;
    list.push(o);
    at = o.end;
  }
  return list;
}

function listBefore(
  names: readonly Occurrence[],
  text: string,
  to: number,
  clauseStart: number,
): Occurrence[] {
  const before = names.filter((n) => n.start >= clauseStart && n.end <= to).sort((a, b) => b.start - a.start);
  const list: Occurrence[] = [];
  let at = -1;
  for (const o of before) {
    if (at >= 0 && !BETWEEN_NAMES.test(text.slice(o.end, at))) break;
    list.unshift(o);
    at = o.start;
  }
  return list;
}

/** The name the i-th figure of a sentence is given to by 分别, or null. */
export function respectiveOwner(options: {
  text: string;
  quantities: readonly Quantity[];
  i: number;
  names: KnownNames;
}): Occurrence | null {
  const { text, quantities, i } = options;
  const [first, last] = runAround(text, quantities, i);
  const head = quantities[first];
  const tail = quantities[last];
  if (last === first || !head || !tail || !RESPECTIVELY.test(text.slice(0, head.start))) return null;
  const count = last - first + 1;
  const names = options.names.in(text, OWNER_LABELS);
  const joint = /^(?:以上|左右)?的/.exec(text.slice(tail.end));
  const after = joint ? listAfter(names, text, tail.end + joint[0].length) : [];
  const clauseStart =
    Math.max(...['，', ',', '；', ';', '：', ':', '。'].map((p) => text.lastIndexOf(p, head.start))) + 1;
  const list = after.length === count ? after : listBefore(names, text, head.start, clauseStart);
  return list.length === count ? (list[i - first] ?? null) : null;
}
