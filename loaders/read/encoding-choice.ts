import { analyse } from 'chardet';
import iconv from 'iconv-lite';

/**
 * Which of chardet's candidates to decode with. chardet is sure of itself on a page of
 * text (GB18030 at 100) but not on a line: for 郑陆镇 in GBK it ranks Big5, EUC-JP,
 * EUC-KR and GB18030 all at 10. When it is unsure, its candidates are re-ranked by how
 * plausible their decodings read: a wrong decoding yields half-width katakana, Hangul,
 * Latin-1 symbols or rare characters (郑陆镇 read as Big5 is 痑翻淜), a right one yields
 * everyday characters.
 */
const SURE = 50;
const SAMPLE_BYTES = 4096;

export function chooseEncoding(bytes: Uint8Array): string | null {
  const candidates = analyse(bytes).filter(
    (match) => match.confidence > 0 && iconv.encodingExists(match.name),
  );
  const [first] = candidates;
  if (!first || first.confidence >= SURE) return first?.name ?? null;
  const sample = Buffer.from(bytes.subarray(0, SAMPLE_BYTES));
  const ranked = candidates
    .map((candidate) => ({
      name: candidate.name,
      score: plausibility(iconv.decode(sample, candidate.name)),
      // On a tie, a Chinese encoding: these are Chinese documents.
      chinese: candidate.lang === 'zh' ? 1 : 0,
    }))
    .sort((a, b) => b.score - a.score || b.chinese - a.chinese);
  return ranked[0]?.name ?? null;
}

type Script = 'simplified' | 'traditional';
const frequent = new Map<string, { simplified: boolean; traditional: boolean }>();

/**
 * Share of characters that are everyday text in one script: ASCII, CJK punctuation, and
 * the frequent hanzi of either simplified (GB2312 level 1) or traditional (Big5 level 1)
 * script, whichever reads better. A wrong decoding can still read well (郑陆镇 in GBK
 * read as EUC-JP is 孱遜將, all frequent traditional characters), hence the tie-break.
 */
export function plausibility(text: string): number {
  let total = 0;
  const plausible: Record<Script, number> = { simplified: 0, traditional: 0 };
  for (const char of text) {
    total += 1;
    const code = char.codePointAt(0) ?? 0;
    if (isEverydayNonHan(code)) {
      plausible.simplified += 1;
      plausible.traditional += 1;
    } else if (code >= 0x4e00 && code <= 0x9fff) {
      const known = frequency(char);
      if (known.simplified) plausible.simplified += 1;
      if (known.traditional) plausible.traditional += 1;
    }
  }
  return total === 0 ? 0 : Math.max(plausible.simplified, plausible.traditional) / total;
}

function isEverydayNonHan(code: number): boolean {
  if ((code >= 0x20 && code < 0x7f) || code === 0x0a || code === 0x0d || code === 0x09) return true;
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff5e) ||
    code === 0x201c ||
    code === 0x201d
  );
}

/** GB2312 level 1 is lead bytes B0–D7; Big5's frequent characters are lead bytes A4–C6. */
function frequency(char: string): { simplified: boolean; traditional: boolean } {
  let known = frequent.get(char);
  if (known === undefined) {
    const gb = iconv.encode(char, 'gb2312');
    const big5 = iconv.encode(char, 'big5');
    known = {
      simplified: gb.length === 2 && (gb[0] ?? 0) >= 0xb0 && (gb[0] ?? 0) <= 0xd7,
      traditional: big5.length === 2 && (big5[0] ?? 0) >= 0xa4 && (big5[0] ?? 0) <= 0xc6,
    };
    frequent.set(char, known);
  }
  return known;
}
