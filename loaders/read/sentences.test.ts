import { isHeading, nextSection } from './sections';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  const text =
    '各位代表:\n现在,我代表镇政府向大会报告工作。请予审议!  \n他说:“要坚持‘快’字为要。”随后散会?\n\n  圆满完成目标任务;  并提出建议';

  it('splits on 。!?; and line ends, keeping closing quotes with their sentence', () => {
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '各位代表:',
      '现在,我代表镇政府向大会报告工作。',
      '请予审议!',
      '他说:“要坚持‘快’字为要。”',
      '随后散会?',
      '圆满完成目标任务;',
      '并提出建议',
    ]);
  });

  it('gives exact offsets and consecutive indexes', () => {
    const sentences = splitSentences(text);
    sentences.forEach((sentence, index) => {
      expect(sentence.index).toBe(index);
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    });
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\n ')).toEqual([]);
  });

  it('carries a section from its heading until the next heading', () => {
    const report = [
      '郑陆镇2020年度政府工作报告',
      '各位代表:',
      '“十三五”时期和2020年工作回顾',
      '累计实施重大项目93个。',
      '(一)发展动力持续增强',
      '26个项目完成投资30.2亿元。',
      '2021年主要工作安排',
      '(一)聚力搭平台、抓项目',
      '计划出让面积1800亩。',
      '附件',
      '名单如下。',
    ].join('\n');
    const sections = splitSentences(report).map((s) => [s.text, s.section]);
    expect(sections).toEqual([
      ['郑陆镇2020年度政府工作报告', 'other'],
      ['各位代表:', 'other'],
      ['“十三五”时期和2020年工作回顾', 'review'],
      ['累计实施重大项目93个。', 'review'],
      ['(一)发展动力持续增强', 'review'],
      ['26个项目完成投资30.2亿元。', 'review'],
      ['2021年主要工作安排', 'plan'],
      ['(一)聚力搭平台、抓项目', 'plan'],
      ['计划出让面积1800亩。', 'plan'],
      ['附件', 'other'],
      ['名单如下。', 'other'],
    ]);
  });
});

describe('sections', () => {
  it('takes a cue from the opening words of a paragraph', () => {
    expect(nextSection('五年来,我们坚定不移抓发展,产业质效加速提升。', 'other')).toBe('review');
    expect(nextSection('下一步,该镇将加快推进洮溇片区水环境综合整治。', 'review')).toBe('plan');
    expect(nextSection('全镇规上工业企业达171家,明年将新增30家。', 'review')).toBe('review');
  });

  it('lets the first cue of a heading win', () => {
    expect(nextSection('2020年工作回顾和2021年工作安排', 'other')).toBe('review');
    expect(nextSection('“十四五”时期的奋斗目标和主要任务', 'review')).toBe('plan');
  });

  it('reads summaries and outcome headings as the review, goal headings as the plan', () => {
    expect(nextSection('一、2024年工作总结', 'other')).toBe('review');
    expect(nextSection('二、目标任务完成情况', 'plan')).toBe('review');
    expect(nextSection('重点工作落实情况', 'other')).toBe('review');
    expect(nextSection('三、2025年主要目标', 'review')).toBe('plan');
    expect(nextSection('总体要求和预期目标', 'review')).toBe('plan');
  });

  it('takes a time word of a heading as a cue only where the heading opens with it', () => {
    expect(nextSection('三、明年工作打算', 'review')).toBe('plan');
    expect(nextSection('下一步工作思路', 'review')).toBe('plan');
    expect(nextSection('湖塘大桥拓宽工程明年动工', 'other')).toBe('other');
    expect(nextSection('该镇下半年再添两所学校', 'other')).toBe('other');
  });

  it('treats only short lines that do not end a sentence as headings', () => {
    expect(isHeading('2021年主要工作安排')).toBe(true);
    expect(isHeading('各位代表:')).toBe(false);
    expect(isHeading('计划出让面积1800亩。')).toBe(false);
    expect(isHeading('A')).toBe(false);
  });
});

describe('paragraph cues', () => {
  it('count only at the opening of a paragraph, after any form of address', () => {
    expect(nextSection('各位代表,过去一年,我们克难奋进。', 'other')).toBe('review');
    expect(nextSection('今后,湖塘镇将深入推进“新湖盟立方”建设。', 'review')).toBe('plan');
    expect(nextSection('完成未来智慧城、新沟河拓浚等项目拆迁,今后将继续推进。', 'review')).toBe('review');
  });
});
