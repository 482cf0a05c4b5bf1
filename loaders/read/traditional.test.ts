import { isTraditional, toSimplified } from './traditional';

describe('toSimplified', () => {
  it('converts traditional text to simplified', () => {
    const converted = toSimplified('鄭陸鎮政府工作報告。過去一年,全鎮經濟發展穩中向好。');
    expect(converted).toEqual({
      text: '郑陆镇政府工作报告。过去一年,全镇经济发展稳中向好。',
      converted: true,
    });
  });

  it('leaves simplified text alone, even where OpenCC would change a character', () => {
    // Character by character, OpenCC would turn 显著 into 显着 and 頔 into 𬱖.
    const text = '取得显著成效,頔塘河、太浦河在此汇聚。';
    expect(isTraditional(text)).toBe(false);
    expect(toSimplified(text)).toEqual({ text, converted: false });
  });
});
