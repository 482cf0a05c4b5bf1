import iconv from 'iconv-lite';
import { DocumentError } from '../../schema/errors';
import { chooseEncoding } from './encoding-choice';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as: 'UTF-8', 'UTF-16LE', 'GB18030', 'Big5', … */
  encoding: string;
}

export interface DecodeOptions {
  /** Document name, for errors. */
  name: string;
  maxBytes: number;
}

/** How much of the input the binary check looks at: enough to judge, cheap on large files. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes above which the input is taken for binary data, not text. */
const MAX_CONTROL_SHARE = 0.1;
/** Share of U+FFFD in a detected decoding above which the detection is taken to have failed. */
const MAX_REPLACEMENT_SHARE = 0.02;

/**
 * Bytes → text. Order matters: the size limit comes first so that an oversized input is
 * refused without work; a byte-order mark is trusted over detection (UTF-16 text is full
 * of NUL bytes, so the binary check comes after it); valid UTF-8 is taken as UTF-8; only
 * then is the encoding detected (GB18030/GBK/Big5 pages still abound on local-government
 * sites), never assumed.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions): DecodedText {
  const { name, maxBytes } = options;
  if (bytes.length > maxBytes) {
    throw new DocumentError(name, `is ${bytes.length} bytes, over the limit of ${maxBytes} bytes`);
  }
  if (bytes.length === 0) throw new DocumentError(name, 'is empty');

  const bom = decodeWithBom(bytes);
  if (bom) return bom;

  if (looksBinary(bytes)) throw new DocumentError(name, 'is binary data, not text (NUL or control bytes)');

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };

  return decodeDetected(bytes, name);
}

function decodeWithBom(bytes: Uint8Array): DecodedText | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (b0 === 0xff && b1 === 0xfe)
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'UTF-16LE' };
  if (b0 === 0xfe && b1 === 0xff)
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'UTF-16BE' };
  return null;
}

/** NUL never occurs in 8-bit or UTF-8 text; other C0 controls occur only stray. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tab, line feed, vertical tab, form feed and carriage return are text.
    if ((byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f) controls += 1;
  }
  return controls / sample.length > MAX_CONTROL_SHARE;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeDetected(bytes: Uint8Array, name: string): DecodedText {
  const encoding = chooseEncoding(bytes);
  if (!encoding) throw new DocumentError(name, 'has an encoding that could not be detected');
  const text = iconv.decode(Buffer.from(bytes), encoding);
  const replaced = text.split('\uFFFD').length - 1;
  if (replaced / Math.max(text.length, 1) > MAX_REPLACEMENT_SHARE) {
    throw new DocumentError(name, `could not be decoded (detected ${encoding}, but the bytes do not fit it)`);
  }
  return { text, encoding };
}
