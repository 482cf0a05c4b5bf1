import stringWidth from 'string-width';
import { textWidth } from './text-width';

describe('textWidth', () => {
  it('counts as string-width does on the lines of a report', () => {
    const lines = [
      '2024年，东湖镇实现地区生产总值45.6亿元，同比增长6.2%。',
      '（一）坚持“项目为王”，全力以赴稳增长——新签约项目12个',
      '　　全镇完成固定资产投资１２．５亿元；',
      'GDP growth 6% (2023)',
      '《东湖镇国土空间总体规划》‘三区三线’…',
      '',
    ];
    for (const line of lines) expect(textWidth(line)).toBe(stringWidth(line));
  });

  it('leaves lines with emoji, ANSI codes or other scripts to string-width', () => {
    const lines = [
      '东湖镇👍新建厂房',
      '\u001b[31m东湖镇\u001b[0m',
      '〰〽️',
      '1\u20e3 项目',
      'café 東湖',
      '한국어 文本',
      '©2024 东湖',
    ];
    for (const line of lines) expect(textWidth(line)).toBe(stringWidth(line));
  });

  it('gives every character of its fast path the width string-width gives it', () => {
    const ranges: [number, number][] = [
      [0x20, 0x7e],
      [0x2010, 0x2027],
      [0x3000, 0x303e],
      [0x4e00, 0x9fff],
      [0xff01, 0xff60],
      [0xffe0, 0xffe6],
    ];
    const differing: string[] = [];
    for (const [from, to] of ranges)
      for (let code = from; code <= to; code += 1) {
        const c = String.fromCharCode(code);
        if (textWidth(`东${c}`) !== stringWidth(`东${c}`)) differing.push(code.toString(16));
      }
    expect(differing).toEqual([]);
  });
});
