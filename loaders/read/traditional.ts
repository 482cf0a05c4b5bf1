import { Converter } from 'opencc-js';

export interface SimplifiedText {
  text: string;
  converted: boolean;
}

const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
const fromHongKong = Converter({ from: 'hk', to: 'cn' });
const toTaiwan = Converter({ from: 'cn', to: 'tw' });
const HAN = /\p{Script=Han}/u;

/** Share of Han characters that must be traditional-only before a text is converted. */
const MIN_TRADITIONAL_SHARE = 0.03;
/** A document is written in one script; its opening is enough to tell which. */
const SAMPLE_CHARS = 50_000;

/** Traditional → simplified (Taiwan and Hong Kong variants alike), when the text is traditional. */
export function toSimplified(text: string): SimplifiedText {
  if (!isTraditional(text)) return { text, converted: false };
  const simplified = fromHongKong(fromTaiwan(text));
  return { text: simplified, converted: simplified !== text };
}

/**
 * Converting simplified text is not a no-op: OpenCC maps 著 → 着 even in 显著, and rare
 * place-name characters such as 頔 (頔塘河) change too. So a text counts as traditional
 * only when its traditional-only characters (經, 發) clearly outnumber its
 * simplified-only ones (经, 发) and are not a stray few.
 */
/**
 * How each character converts ('none' for a character that is not Han); a few thousand
 * entries at most, shared by every document, so each character is tested once.
 */
const kinds = new Map<string, 'traditional' | 'simplified' | 'both' | 'none'>();

export function isTraditional(text: string): boolean {
  let han = 0;
  let traditional = 0;
  let simplified = 0;
  for (const char of text.slice(0, SAMPLE_CHARS)) {
    let kind = kinds.get(char);
    if (kind === undefined) {
      kind = HAN.test(char) ? classify(char) : 'none';
      kinds.set(char, kind);
    }
    if (kind === 'none') continue;
    han += 1;
    if (kind === 'traditional') traditional += 1;
    else if (kind === 'simplified') simplified += 1;
  }
  return traditional >= 2 && traditional > 2 * simplified && traditional / han >= MIN_TRADITIONAL_SHARE;
}

function classify(char: string): 'traditional' | 'simplified' | 'both' {
  if (fromTaiwan(char) !== char || fromHongKong(char) !== char) return 'traditional';
  if (toTaiwan(char) !== char) return 'simplified';
  return 'both';
}
