import { findDate } from './dates';
import { takeHeaderFields } from './header-fields';
import { firstSubstantialLine, resolveMetadata } from './metadata';

const HEADER = [
  '欢迎访问天宁区人民政府网站',
  '信息名称:郑陆镇2020年度政府工作报告',
  '索 引 号:11320402014133832T/2021-00002',
  '主题分类:其他 体裁分类:报告 组配分类:其他',
  '文件编号: 发布机构:郑陆镇',
  '产生日期:2020-12-27 发布日期:2020年12月28日 废止日期:有效',
  '内容概述:“十三五”时期和2020年工作回顾。',
  '郑陆镇2020年度政府工作报告',
  '各位代表:',
].join('\n');

describe('takeHeaderFields', () => {
  it('reads title, publisher and the publication date, and removes the field lines', () => {
    const { fields, text } = takeHeaderFields(HEADER);
    expect(fields).toEqual({
      title: '郑陆镇2020年度政府工作报告',
      publisher: '郑陆镇',
      publishedAt: '2020-12-28',
    });
    expect(text).toBe('欢迎访问天宁区人民政府网站\n郑陆镇2020年度政府工作报告\n各位代表:');
  });

  it('leaves prose that contains a label word alone', () => {
    const text = '来源于群众的意见建议共52条。\n时间紧、任务重。';
    expect(takeHeaderFields(text)).toEqual({ fields: {}, text });
  });
});

describe('findDate', () => {
  it('reads the date forms Chinese sites print', () => {
    expect(findDate('2020年12月27日在郑陆镇')).toBe('2020-12-27');
    expect(findDate('发布时间:2023/6/1 10:00')).toBe('2023-06-01');
    expect(findDate('2021.06.01')).toBe('2021-06-01');
    expect(findDate('2020年13月1日')).toBeNull();
  });
});

describe('resolveMetadata', () => {
  const text =
    '吴江平望持续推动经济发达镇改革“接力跑”——\n□苏报驻吴江区记者 周悦磊\n引改革活水 塑品质之镇\n2021年6月1日\n清清运河水,滔滔日夜流。';

  it('prefers the caller, then the page head, then the header block', () => {
    const metadata = resolveMetadata({
      caller: { title: '来自调用方的标题', publishedAt: '2024-07-01' },
      html: { publisher: '嘉泽镇人民政府', publishedAt: '2024-06-30 09:00' },
      header: { title: '页面标题', publisher: '郑陆镇', publishedAt: '2020-12-28' },
      text,
      name: 'a.txt',
    });
    expect(metadata).toEqual({
      title: '来自调用方的标题',
      publisher: '嘉泽镇人民政府',
      publishedAt: '2024-07-01',
    });
  });

  it('falls back to the headline and a dateline near the top', () => {
    expect(resolveMetadata({ caller: {}, html: {}, header: {}, text, name: 'a.txt' })).toEqual({
      title: '引改革活水 塑品质之镇',
      publisher: null,
      publishedAt: '2021-06-01',
    });
    expect(firstSubstantialLine('返回\n顶部\n。')).toBeNull();
  });
});
