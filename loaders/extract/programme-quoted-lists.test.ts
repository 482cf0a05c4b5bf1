import { quotedProgrammes } from './programme-quoted';
import { extractProgrammes } from './programmes';
import { testContext } from '../../tests/fixtures/name-test-context';

const forms = (text: string) =>
  extractProgrammes(testContext(text, [{ name: '桂溪街道', kind: 'TOWN', short: '桂溪' }])).entities.map(
    (e) => [e.name.replace(/[“”]/g, ''), ...e.aliases.map((a) => a.replace(/[“”]/g, ''))],
  );

describe('quoted programmes: lists, leads and plans', () => {
  it('a quoted list whose items each end in a campaign head names each campaign', () => {
    expect(quotedProgrammes('以“项目建设攻坚年、营商环境加速年”为主线。').map((p) => p.name)).toEqual([
      '项目建设攻坚年',
      '营商环境加速年',
    ]);
  });

  it('a verb before the quote is not part of the name, and the quoted words are an alias', () => {
    const [first] = forms('坚定“融城发展”战略定位。');
    expect(first?.[0]).toBe('融城发展战略');
    expect(first).toContain('融城发展');
  });

  it('a modifier before the quote stays, and the quote with its head is an alias', () => {
    const [first] = forms('推进农村“四变”改革。');
    expect(first?.[0]).toBe('农村四变改革');
    expect(first).toEqual(expect.arrayContaining(['四变', '四变改革']));
  });

  it('a three-year action plan keeps 计划', () => {
    const [first] = forms('加力推进“医疗强基”三年行动计划。');
    expect(first?.[0]).toBe('医疗强基三年行动计划');
  });

  it('one character left of a verb before the quote is not a modifier', () => {
    const [first] = forms('全面推行“262”基层治理体系。');
    expect(first?.[0]).toBe('262基层治理体系');
  });

  it('试点 before a verb is the verb to pilot, not a pilot programme', () => {
    expect(forms('松林村与移动公司试点成立数字合作社。')).toEqual([]);
  });

  it('a reform named as the front of a park is not a programme of its own', () => {
    expect(forms('成立江淮职业教育改革示范园。')).toEqual([]);
  });

  it('a run of parallel phrases framed as a layout, a guiding thought or a strategic plan is a programme', () => {
    const names = (text: string) => quotedProgrammes(text).map((p) => p.name);
    expect(names('明确“一廊两翼、多点支撑”的空间结构。')).toEqual(['一廊两翼、多点支撑']);
    expect(names('坚持“强基固本、协同共治”为指导思想。')).toEqual(['强基固本、协同共治']);
    expect(names('围绕全县“城北扩容,优先扩容西片”的战略部署。')).toEqual(['城北扩容,优先扩容西片']);
    expect(names('形成“服务下沉、力量下沉”的基层治理格局。')).toEqual(['服务下沉、力量下沉']);
    // A goal or a frame of work carries a slogan of what to become.
    expect(names('实现“建设滨江新城,打造生态明珠”的发展目标。')).toEqual([]);
    expect(names('以“省级文明镇、国家级农业园”为工作统揽。')).toEqual([]);
  });
});
