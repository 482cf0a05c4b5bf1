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
 * How each character converts, by code point: 0 not yet asked, then one of KINDS. A few
 * thousand characters at most are ever asked, shared by every document, so each character
 * is tested once, and a document's characters cost one array read each.
 */
const KINDS = ['none', 'traditional', 'simplified', 'both'] as const;
const kinds = new Uint8Array(0x110000);

export function isTraditional(text: string): boolean {
  let han = 0;
  let traditional = 0;
  let simplified = 0;
  const sample = text.slice(0, SAMPLE_CHARS);
  for (let i = 0; i < sample.length; i += 1) {
    const point = sample.codePointAt(i) as number;
    if (point > 0xffff) i += 1;
    let kind = kinds[point] ?? 0;
    if (kind === 0) {
      const char = String.fromCodePoint(point);
      kind = 1 + KINDS.indexOf(HAN.test(char) ? classify(char) : 'none');
      kinds[point] = kind;
    }
    if (kind === 1) continue;
    han += 1;
    if (kind === 2) traditional += 1;
    else if (kind === 3) simplified += 1;
  }
  return traditional >= 2 && traditional > 2 * simplified && traditional / han >= MIN_TRADITIONAL_SHARE;
}

function classify(char: string): 'traditional' | 'simplified' | 'both' {
  if (fromTaiwan(char) !== char || fromHongKong(char) !== char) return 'traditional';
  if (toTaiwan(char) !== char) return 'simplified';
  return 'both';
}
