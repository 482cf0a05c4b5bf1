import { normaliseWhitespace } from './whitespace';

describe('normaliseWhitespace', () => {
  it('normalises spaces and blank lines but not CJK punctuation', () => {
    const text =
      '\ufeff  镇长\u3000\u3000郁国兴 \r\n\r\n\r\n\r\n各位代表:\u00a0现在,我代表镇政府报告工作;\u200b请予审议!  \n';
    expect(normaliseWhitespace(text)).toBe('镇长 郁国兴\n\n各位代表: 现在,我代表镇政府报告工作;请予审议!');
  });

  it('joins a paragraph the page layout broke, but not a heading or a new block', () => {
    const broken =
      '聚焦全市“532”发展战略,全力打好年底“收官战”,确保实现明年“开门红”,为全市万亿之城再出\n\n发贡献首位力量。';
    expect(normaliseWhitespace(broken)).toBe(
      '聚焦全市“532”发展战略,全力打好年底“收官战”,确保实现明年“开门红”,为全市万亿之城再出发贡献首位力量。',
    );
    const heading = '“十三五”时期和2020年工作回顾\n\n“十三五”期间,我镇高质量发展全力推进。';
    expect(normaliseWhitespace(heading)).toBe(heading);
    const list =
      '在乡村振兴上实现新突破,学习借鉴“千万工程”经验,开展“强村公司”和飞地抱团发展的各项试点工作\n(二)聚力提形象';
    expect(normaliseWhitespace(list)).toBe(list);
  });

  it('finishes a subtitle that opens a 在…上 frame', () => {
    const subtitle = '——2020年12月27日在天宁区郑陆镇\n\n第三届人民代表大会第九次会议上\n\n镇长 郁国兴';
    expect(normaliseWhitespace(subtitle)).toBe(
      '——2020年12月27日在天宁区郑陆镇第三届人民代表大会第九次会议上\n\n镇长 郁国兴',
    );
  });
});
