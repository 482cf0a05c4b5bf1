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

  it('joins lines cut at a narrow page width when most body lines fill that width', () => {
    const paragraph =
      '过去一年,全镇上下齐心协力,克服种种困难,工业经济稳中有进,全年规上工业产值达到八十六亿元,增长百分之七,' +
      '全镇农民人均可支配收入达到三万一千元,增长百分之六,增幅高于全县平均水平,全年新建标准厂房四万平方米,' +
      '完成高标准农田建设一千五百亩,全面完成年度目标任务,各项事业取得新的进展。';
    // The layout cuts every 22 characters, wherever a word happens to be: …人均可支配收 / 入….
    const wrapped = paragraph.match(/.{1,22}/gu) ?? [];
    expect(wrapped.length).toBeGreaterThanOrEqual(6);
    const page = [
      '青禾镇工作报告',
      ...wrapped,
      '二是社会事业稳步推进,新建村级养老服务站三个,',
      '新增就业岗位八百个。',
    ];
    expect(normaliseWhitespace(page.join('\n')).split('\n')).toEqual([
      '青禾镇工作报告',
      paragraph,
      '二是社会事业稳步推进,新建村级养老服务站三个,新增就业岗位八百个。',
    ]);
  });

  it('leaves short headings of one width apart, however many there are', () => {
    const headings = [
      '集镇面貌持续提升',
      '东溪村文化礼堂',
      '产业发展稳中向好',
      '青禾农旅示范园项目',
      '民生保障更加有力',
      '幸福食堂',
    ];
    expect(normaliseWhitespace(headings.join('\n'))).toBe(headings.join('\n'));
  });
});
