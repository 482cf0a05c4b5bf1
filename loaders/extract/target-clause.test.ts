import { clauseAround, insideQuotes } from './target-clause';

/** Sentences written for these tests. */
describe('insideQuotes', () => {
  const at = (text: string, figure: string) => text.indexOf(figure);

  it('leaves out the figures of slogans and titles', () => {
    const slogan = '深入推进“四个一”工程和《三年行动计划》。';
    expect(insideQuotes(slogan, at(slogan, '四'))).toBe(true);
    expect(insideQuotes(slogan, at(slogan, '三'))).toBe(true);
  });

  it('keeps the figures of reported speech, wherever its first break stands', () => {
    const before = '“今年，我们计划新建大棚200亩。”';
    const after = '“今年全镇有12项重点项目，涉及工业、农业等七个方面。”';
    const unclosed = '“今年全镇要新建标准厂房3万平方米并力争全部投用';
    expect(insideQuotes(before, at(before, '200'))).toBe(false);
    expect(insideQuotes(after, at(after, '12'))).toBe(false);
    expect(insideQuotes(unclosed, at(unclosed, '3万'))).toBe(false);
  });

  it('finds the clause around a figure', () => {
    const text = '全镇完成投资5亿元，同比增长8%。';
    expect(clauseAround(text, at(text, '8%'))).toEqual({ start: 10, end: 16 });
  });
});
