/**
 * Lines cut by a page's layout rather than by its author, joined again so that the
 * sentence splitter, which also breaks at line ends, does not cut a sentence in two.
 */

/** A line this long that does not end a sentence was cut by the layout: 为全市万亿之城再出 / 发贡献首位力量. */
const BROKEN_MIN = 40;
const ENDS_SENTENCE = /[。!?;:!?;:…]["”’」』)》)\]】']*$/u;
/** A line opening like this starts a new paragraph or heading: 二、 (三) 3. 第四章. */
const OPENS_BLOCK =
  /^([一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+[.、.]|第[一二三四五六七八九十\d]+[章节条部分])/u;
const CONTINUES = /^[\p{Script=Han}\d“‘((]/u;
/**
 * A subtitle that opens a 在…上 frame finishes on the next line:
 * ——2020年12月27日在郑陆镇 / 第三届人民代表大会第九次会议上.
 */
const OPENS_FRAME = /^——[^上]*在[^上]*$/u;
const CLOSES_FRAME = /^[^。!?;]{1,30}上$/u;

export function joinBrokenLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    let line = lines[i] ?? '';
    i += 1;
    for (;;) {
      const next = nextNonBlank(lines, i);
      const following = lines[next];
      if (following === undefined || !continuesOnto(line, following)) break;
      line += following;
      i = next + 1;
    }
    out.push(line);
  }
  return out;
}

function continuesOnto(line: string, following: string): boolean {
  if (OPENS_FRAME.test(line)) return CLOSES_FRAME.test(following);
  if (line.length < BROKEN_MIN || ENDS_SENTENCE.test(line)) return false;
  return CONTINUES.test(following) && !OPENS_BLOCK.test(following);
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i] === '') i += 1;
  return i;
}
