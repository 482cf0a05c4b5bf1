import { textWidth } from './text-width';

/**
 * Lines cut by a page's layout rather than by its author, joined again so that the
 * sentence splitter, which also breaks at line ends, does not cut a sentence in two.
 */

/** A line this long that does not end a sentence was cut by the layout: 为全市万亿之城再出 / 发贡献首位力量. */
const BROKEN_MIN = 40;
const ENDS_SENTENCE = /[。!?;:!?;:…]["”’」』)》)\]】']*$/u;
/** A line opening like this starts a new paragraph, heading or enumerated point: 二、 (三) 3. 第四章 二是. */
const OPENS_BLOCK =
  /^([一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+[.、.]|第[一二三四五六七八九十\d]+[章节条部分]|[一二三四五六七八九十]是)/u;
const CONTINUES = /^[\p{Script=Han}\d“‘((]/u;
/**
 * A subtitle that opens a 在…上 frame finishes on the next line:
 * ——2020年12月27日在郑陆镇 / 第三届人民代表大会第九次会议上.
 */
const OPENS_FRAME = /^——[^上]*在[^上]*$/u;
const CLOSES_FRAME = /^[^。!?;]{1,30}上$/u;

/**
 * Text copied out of a PDF keeps the page's line width: most body lines fill the same
 * number of columns (a Han character takes two), and a word can be cut at any of them:
 * 农民人均可支配收 / 入23631元. A width counts as the page's when at least this many body
 * lines, and this share of them, end within WRAP_SLACK columns of it.
 */
const WRAP_MIN_LINES = 5;
const WRAP_MIN_SHARE = 0.3;
const WRAP_SLACK = 4;
/** Narrower lines (twenty Han characters and less) are headings and lists, not wrapped prose. */
const WRAP_MIN_WIDTH = 40;
/** A line this close to the page's width was filled by the layout (numbers and spaces make widths ragged). */
const WRAP_FILLED = 0.8;

export function joinBrokenLines(lines: readonly string[]): string[] {
  const wrap = pageWidth(lines);
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    let line = lines[i] ?? '';
    i += 1;
    for (;;) {
      const next = nextNonBlank(lines, i);
      const following = lines[next];
      if (following === undefined || !continuesOnto(line, following, wrap)) break;
      line += following;
      i = next + 1;
    }
    out.push(line);
  }
  return out;
}

function continuesOnto(line: string, following: string, wrap: number | null): boolean {
  if (OPENS_FRAME.test(line)) return CLOSES_FRAME.test(following);
  if (ENDS_SENTENCE.test(line)) return false;
  const filled = line.length >= BROKEN_MIN || (wrap !== null && textWidth(line) >= wrap * WRAP_FILLED);
  return filled && CONTINUES.test(following) && !OPENS_BLOCK.test(following);
}

/** The width the page wrapped its body lines at, or null when the lines were not wrapped. */
function pageWidth(lines: readonly string[]): number | null {
  const widths = lines
    .filter((line) => line !== '' && !OPENS_BLOCK.test(line))
    .map((line) => textWidth(line));
  let best: number | null = null;
  let bestCount = 0;
  for (const width of new Set(widths)) {
    if (width < WRAP_MIN_WIDTH) continue;
    const count = widths.filter((other) => other <= width && other >= width - WRAP_SLACK).length;
    if (count > bestCount) [best, bestCount] = [width, count];
  }
  const enough = bestCount >= WRAP_MIN_LINES && bestCount >= widths.length * WRAP_MIN_SHARE;
  return enough ? best : null;
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i] === '') i += 1;
  return i;
}
