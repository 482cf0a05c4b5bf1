/** Chinese numerals as documents write counts: 三, 两, 十, 二十五, 一百零八, 三千. */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL = '[零〇一二两三四五六七八九十百千]+';

/** 二十五 → 25, 十 → 10, 一百零八 → 108; null when the string is not a numeral. */
export function parseChineseNumeral(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = DIGITS[ch];
    const u = UNITS[ch];
    if (d !== undefined) {
      digit = d;
    } else if (u !== undefined) {
      total += (digit ?? 1) * u;
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

/** 2.6 → 2.6, 二十 → 20: Arabic figures or Chinese numerals. */
export function parseFigure(text: string): number | null {
  const plain = text.replace(/[,，]/g, '');
  if (/^\d+(\.\d+)?$/.test(plain)) return Number(plain);
  return parseChineseNumeral(plain);
}
