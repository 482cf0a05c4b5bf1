import { assessOutcome, type OutcomeFigures } from './outcome-status';

function assess(
  target: Partial<OutcomeFigures['target']>,
  achieved: number | null,
  latest: string | null = '2024-01-05',
): ReturnType<typeof assessOutcome> {
  return assessOutcome({
    target: { value: 100, unit: '元', qualifier: null, year: 2023, ...target },
    achieved: achieved === null ? null : { value: achieved, unit: '元' },
    latestDocumentDate: latest,
  });
}

describe('assessOutcome', () => {
  it('meets 以上, 力争 and bare goals at 100 %, partly from 80 %, misses below', () => {
    expect(assess({ qualifier: '以上' }, 100)).toEqual({ status: 'MET', ratio: 1 });
    expect(assess({ qualifier: '力争' }, 99).status).toBe('PARTIAL');
    expect(assess({}, 80).status).toBe('PARTIAL');
    expect(assess({}, 79.9).status).toBe('MISSED');
  });

  it('meets 左右 within 10 %, a range from its lower end, a ceiling at or under it', () => {
    expect(assess({ qualifier: '左右' }, 90).status).toBe('MET');
    expect(assess({ qualifier: '左右' }, 89).status).toBe('PARTIAL');
    expect(assess({ value: 5 }, 5.2).status).toBe('MET');
    expect(assess({ qualifier: '以内' }, 100).status).toBe('MET');
    expect(assess({ qualifier: '以内' }, 101).status).toBe('MISSED');
  });

  it('is PENDING while no document is dated after the year, UNKNOWN without a comparable figure', () => {
    expect(assess({}, 120, '2023-12-22')).toEqual({ status: 'PENDING', ratio: 1.2 });
    expect(assess({}, null)).toEqual({ status: 'UNKNOWN', ratio: null });
    const otherUnit = assessOutcome({
      target: { value: 100, unit: '元', qualifier: null, year: 2023 },
      achieved: { value: 100, unit: '美元' },
      latestDocumentDate: '2024-01-05',
    });
    expect(otherUnit).toEqual({ status: 'UNKNOWN', ratio: null });
    expect(assess({ year: null }, 100, null).status).toBe('MET');
  });
});
