import { isBoilerplate, removeBoilerplate } from './boilerplate';

describe('removeBoilerplate', () => {
  it('drops navigation, footer, counter and contact lines', () => {
    for (const line of [
      '返回',
      '顶部',
      '【打印本页】 【关闭窗口】',
      '主办单位:天宁区人民政府 版权所有(C) gongdayong.com E-mail:chinatnq@163.com',
      '天宁区互联网不良信息举报中心 邮箱:1922210544@qq.com 总访问量: 今日访问量:',
      '苏公网安备32041102000483号 网站标识码:3204020001 苏ICP备05003616号',
      '今天:',
      '欢迎访问天宁区人民政府网站',
      '(此件公开发布)',
      '【资料图】',
    ]) {
      expect([line, isBoilerplate(line)]).toEqual([line, true]);
    }
  });

  it('keeps prose that merely mentions a lexicon word', () => {
    for (const line of [
      '受理阳光信访平台案件428件、“12345”市长热线3300件、市长信箱78件。',
      '讨论美丽乡村路网建设、中心镇区环境提升、全镇水环境整治等热点问题。',
      '本次活动主办单位为镇文化站,吸引群众500余人参加。',
      '返回家乡创业的青年达120人。',
    ]) {
      expect([line, isBoilerplate(line)]).toEqual([line, false]);
    }
  });

  it('drops the link titles listed under a related-articles heading', () => {
    const text = [
      '下阶段,湖塘镇将持续提升营商环境热度。',
      '',
      '相关推荐',
      '湖塘镇召开安全生产会议',
      '热点',
      '星河社区开展志愿服务',
      '版权所有 江苏现代快报传媒有限公司',
    ].join('\n');
    const cleaned = removeBoilerplate(text);
    expect(cleaned.text).toBe('下阶段,湖塘镇将持续提升营商环境热度。\n');
    expect(cleaned.removedLines).toBe(5);
  });

  it('reports nothing removed from a clean text', () => {
    expect(removeBoilerplate('五年来,我们坚定不移抓发展。')).toEqual({
      text: '五年来,我们坚定不移抓发展。',
      removedLines: 0,
    });
  });
});
