import { Converter } from 'opencc-js';

export interface SimplifiedText {
  text: string;
  converted: boolean;
}

/**
 * Share of Han characters that must be traditional-only before a text is converted.
 * Converting simplified text is not a no-op: OpenCC maps 著 → 着 even in 显著, and
 * rare place-name characters such as 頔 (頔塘河) change too, so the odd traditional
 * character in a simplified text must be left alone.
 */
const MIN_TRADITIONAL_SHARE = 0.03;

const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
const fromHongKong = Converter({ from: 'hk', to: 'cn' });
const HAN = /\p{Script=Han}/u;

/** Traditional → simplified (Taiwan and Hong Kong variants alike), when the text is traditional. */
export function toSimplified(text: string): SimplifiedText {
  if (!isTraditional(text)) return { text, converted: false };
  const simplified = fromHongKong(fromTaiwan(text));
  return { text: simplified, converted: simplified !== text };
}

export function isTraditional(text: string): boolean {
  let han = 0;
  let traditional = 0;
  const seen = new Map<string, boolean>();
  for (const char of text) {
    if (!HAN.test(char)) continue;
    han += 1;
    let changes = seen.get(char);
    if (changes === undefined) {
      changes = fromTaiwan(char) !== char || fromHongKong(char) !== char;
      seen.set(char, changes);
    }
    if (changes) traditional += 1;
  }
  return traditional >= 2 && traditional / Math.max(han, 1) >= MIN_TRADITIONAL_SHARE;
}
