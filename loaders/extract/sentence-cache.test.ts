import { sharedScan } from './sentence-cache';
import { findEnumerations } from './name-enumeration';
import { findQuantities } from './numbers';

describe('sharedScan', () => {
  it('scans each text once and gives every caller the same result', () => {
    const texts: string[] = [];
    const scan = sharedScan((text: string) => {
      texts.push(text);
      return [{ text, items: [text.length] }];
    });
    const first = scan('东湖镇新建厂房3万平方米');
    expect(scan('东湖镇新建厂房3万平方米')).toBe(first);
    scan('西山村');
    expect(texts).toEqual(['东湖镇新建厂房3万平方米', '西山村']);
  });

  it('freezes a result deeply, so no rule can change what the next one reads', () => {
    const scan = sharedScan((text: string) => [{ text, items: [1, 2] }]);
    const [result] = scan('东湖镇');
    expect(Object.isFrozen(result)).toBe(true);
    expect(() => (result?.items as number[]).push(3)).toThrow(TypeError);
  });

  it('freezes only the result itself when asked to, leaving the shared objects it holds alone', () => {
    const entry = { key: 'gdp', pattern: /生产总值/g };
    const scan = sharedScan((text: string) => (text.includes('总值') ? [entry] : []), { freeze: 'shallow' });
    const result = scan('地区生产总值');
    expect(result).toEqual([entry]);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(entry)).toBe(false);
    expect(() => (result as { key: string }[]).push(entry)).toThrow(TypeError);
  });

  it('takes its limit in an options object too', () => {
    let runs = 0;
    const scan = sharedScan(
      (text: string) => {
        runs += 1;
        return text.length;
      },
      { limit: 1 },
    );
    scan('一');
    scan('二');
    scan('一');
    expect(runs).toBe(3);
  });

  it('starts afresh at its limit instead of growing without bound', () => {
    let runs = 0;
    const scan = sharedScan((text: string) => {
      runs += 1;
      return text.length;
    }, 2);
    scan('一');
    scan('二');
    scan('三'); // the limit is reached: the first two are forgotten
    scan('一');
    expect(runs).toBe(4);
  });

  it('serves the shared scans of the rules: enumerations and quantities of a sentence', () => {
    const sentence = '今年签约重点项目3个，分别是华星光学、远航物流和东湖冷链，总投资12亿元。';
    expect(findEnumerations(sentence)).toBe(findEnumerations(sentence));
    expect(findQuantities(sentence)).toBe(findQuantities(sentence));
    expect(findQuantities(sentence).map((q) => [q.value, q.unit])).toEqual([
      [3, '个'],
      [1.2e9, '元'],
    ]);
  });
});
