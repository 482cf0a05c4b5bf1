import { displayScale, formatFigure, formatRatio, scaled } from './outcome-format';

describe('outcome figures on the page', () => {
  it('shows money in 亿元 or 万元 and other units as they are', () => {
    expect(displayScale('元', 1.3e11)).toEqual({ factor: 1e8, unit: '亿元' });
    expect(displayScale('元', 5e6)).toEqual({ factor: 1e4, unit: '万元' });
    expect(displayScale('美元', 5e7)).toEqual({ factor: 1e4, unit: '万美元' });
    expect(displayScale('家', 30)).toEqual({ factor: 1, unit: '家' });
    expect(scaled(135_200_000_000, { factor: 1e8, unit: '亿元' })).toBe(1352);
    expect(scaled(null, { factor: 1, unit: '家' })).toBeNull();
  });

  it('formats a figure with its unit and a ratio as a percentage', () => {
    expect(formatFigure(10_850_000_000, '元')).toBe('108.5 亿元');
    expect(formatFigure(null, '元')).toBe('');
    expect(formatRatio(1.04)).toBe('104%');
    expect(formatRatio(null)).toBe('');
  });
});
