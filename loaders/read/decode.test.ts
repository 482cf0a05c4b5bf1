import iconv from 'iconv-lite';
import { DocumentError } from '../../schema/errors';
import { decodeBytes, looksBinary } from './decode';
import { DEFAULT_MAX_BYTES } from './options';

const REPORT =
  '郑陆镇2020年度政府工作报告。五年来,我们坚定不移抓发展,产业质效加速提升。' +
  '全镇规上工业企业达171家,产值超亿元企业42家。新增高标准农田1000亩、累计达2.2万亩。';

const decode = (bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES) =>
  decodeBytes(bytes, { name: 'report.txt', maxBytes });

function refusal(run: () => unknown): DocumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('expected a DocumentError');
}

describe('decodeBytes', () => {
  it('reads plain UTF-8 as UTF-8', () => {
    expect(decode(Buffer.from(REPORT, 'utf8'))).toEqual({ text: REPORT, encoding: 'UTF-8' });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT, 'utf8')]);
    expect(decode(bytes)).toEqual({ text: REPORT, encoding: 'UTF-8' });
  });

  it('reads UTF-16 LE and BE by their byte-order marks', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(REPORT, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(REPORT, 'utf-16be')]);
    expect(decode(le)).toEqual({ text: REPORT, encoding: 'UTF-16LE' });
    expect(decode(be)).toEqual({ text: REPORT, encoding: 'UTF-16BE' });
  });

  it('detects GBK bytes and decodes them (as their superset GB18030)', () => {
    const bytes = iconv.encode(REPORT, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const decoded = decode(bytes);
    expect(decoded.text).toBe(REPORT);
    expect(decoded.encoding).toBe('GB18030');
  });

  it('detects GB18030 bytes, including characters outside GBK', () => {
    // 𠀀 (U+20000) needs GB18030's four-byte form; GBK cannot encode it.
    const text = `${REPORT}生僻字𠀀也要保留。`;
    const decoded = decode(iconv.encode(text, 'gb18030'));
    expect(decoded).toEqual({ text, encoding: 'GB18030' });
  });

  it('detects Big5 bytes', () => {
    const text = '鄭陸鎮政府工作報告。過去一年,全鎮經濟發展穩中向好,完成工業總產值178億元,新建農村公廁9座。';
    expect(decode(iconv.encode(text, 'big5'))).toEqual({ text, encoding: 'Big5' });
  });

  it('refuses an empty input, naming the document', () => {
    const error = refusal(() => decode(new Uint8Array(0)));
    expect(error.message).toBe('report.txt: is empty');
    expect(error.document).toBe('report.txt');
    expect(error.code).toBe('BAD_DOCUMENT');
  });

  it('refuses binary input: NUL bytes, or mostly control bytes', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
    ]);
    expect(refusal(() => decode(png)).message).toMatch(/^report\.txt: is binary data/);
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(looksBinary(controls)).toBe(true);
    expect(looksBinary(Buffer.from('第一行\r\n第二行\t制表\n', 'utf8'))).toBe(false);
  });

  it('refuses an input one byte over a custom limit, and accepts one at the limit', () => {
    const limit = 64;
    const over = new Uint8Array(limit + 1).fill(0x41);
    expect(refusal(() => decode(over, limit)).message).toBe(
      'report.txt: is 65 bytes, over the limit of 64 bytes',
    );
    expect(decode(new Uint8Array(limit).fill(0x41), limit).text).toBe('A'.repeat(limit));
  });

  it('refuses a 20 MB input at the default limit before looking at its bytes', () => {
    // All NUL: had any decoding or binary check run first, the error would say "binary".
    const huge = new Uint8Array(20 * 1024 * 1024);
    const error = refusal(() => decode(huge));
    expect(error.message).toBe(
      `report.txt: is ${huge.length} bytes, over the limit of ${16 * 1024 * 1024} bytes`,
    );
  });
});

describe('decodeBytes on a single line', () => {
  it.each([
    ['郑陆镇', 'gbk', 'GB18030'],
    ['郑陆镇政府工作报告', 'gbk', 'GB18030'],
    ['经济发展稳中向好', 'gbk', 'GB18030'],
    ['鄭陸鎮政府工作報告', 'big5', 'Big5'],
    ['經濟發展穩中向好', 'big5', 'Big5'],
  ])('reads %s in %s, where chardet alone is unsure', (text, encoding, detected) => {
    expect(decode(iconv.encode(text, encoding))).toEqual({ text, encoding: detected });
  });
});
