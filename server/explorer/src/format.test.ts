import { formatEnum, formatQuantity } from './format';

describe('formatQuantity', () => {
  it('writes large amounts in 亿 and 万 as the documents do', () => {
    expect(formatQuantity(13_000_000_000)).toBe('130亿');
    expect(formatQuantity(26_000)).toBe('2.6万');
    expect(formatQuantity(123_456_789)).toBe('1.23亿');
    expect(formatQuantity(6.5)).toBe('6.5');
    expect(formatQuantity(300)).toBe('300');
  });

  it('turns enum values into words', () => {
    expect(formatEnum('UNDER_CONSTRUCTION')).toBe('under construction');
  });
});
