import stringWidth from 'string-width';

/**
 * Display width of a line, as string-width counts it (a CJK character is two columns), with
 * a fast path for the lines of these documents. string-width strips ANSI codes and looks for
 * emoji with a regex of several thousand alternatives on every call, which made measuring a
 * page's line widths one of the read stage's largest costs. A line made only of printable
 * ASCII, CJK ideographs, CJK and full-width punctuation and the typographic quotes and dashes
 * holds neither (ANSI codes start with ESC; keycap emoji need U+20E3; 〰 and 〽 are left to
 * string-width), and there the width is one column per character plus one per wide one.
 */
export function textWidth(line: string): number {
  let width = 0;
  for (let i = 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) width += 1;
    else if (code >= 0x2010 && code <= 0x2027) width += 1;
    else if (isWide(code)) width += 2;
    else return stringWidth(line);
  }
  return width;
}

/** Wide in string-width (is-fullwidth-code-point) and never part of an emoji. */
function isWide(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3000 && code <= 0x303e && code !== 0x3030 && code !== 0x303d) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}
