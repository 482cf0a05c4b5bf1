import { chooseOutcome, touchedFigureIds, type OutcomeCandidate } from './outcome-choice';

const evidence = (documentId: string, confidence: number) => ({
  documentId,
  sentence: `${documentId} 的句子`,
  start: 0,
  end: 4,
  rule: 'indicator.completed',
  confidence,
});

function candidate(id: string, overrides: Partial<OutcomeCandidate> = {}): OutcomeCandidate {
  return {
    indicatorId: id,
    normUnit: '元',
    reportKey: `REPORTS|place:1|${id}|doc:a`,
    reportProperties: evidence('doc:a', 0.65),
    published: '2023-12-20',
    ...overrides,
  };
}

describe('chooseOutcome', () => {
  const target = { id: 'target:1', normUnit: '元' };

  it('prefers the goal’s unit, then the latest document, then confidence, then the smallest id', () => {
    const otherUnit = candidate('indicator:a', { normUnit: '美元', published: '2024-02-01' });
    const earlier = candidate('indicator:b', { published: '2023-06-30' });
    const lessSure = candidate('indicator:c', { reportProperties: evidence('doc:a', 0.5) });
    const chosen = candidate('indicator:d');
    const twin = candidate('indicator:e');
    const all = [otherUnit, earlier, lessSure, twin, chosen];
    expect(chooseOutcome(target, all)?.from).toBe('indicator:d');
    expect(chooseOutcome(target, [...all].reverse())?.from).toBe('indicator:d');
    expect(chooseOutcome(target, [otherUnit, earlier, lessSure])?.from).toBe('indicator:c');
    expect(chooseOutcome(target, [otherUnit, earlier])?.from).toBe('indicator:b');
    // In another unit, an indicator still answers when it is the only one (the status is then UNKNOWN).
    expect(chooseOutcome(target, [otherUnit])?.from).toBe('indicator:a');
    expect(chooseOutcome(target, [])).toBeNull();
  });

  it('carries the indicator’s evidence under the outcome rule, keyed by the indicator’s document', () => {
    const edge = chooseOutcome(target, [
      candidate('indicator:d', { reportProperties: evidence('doc:b', 0.8) }),
    ]);
    expect(edge).toEqual({
      key: 'OUTCOME_OF|indicator:d|target:1|doc:b',
      from: 'indicator:d',
      to: 'target:1',
      properties: { ...evidence('doc:b', 0.8), rule: 'outcome.same-subject-metric-year' },
    });
  });

  it('treats a unit that is absent and one that is null alike (Neo4j keeps no nulls)', () => {
    const goal = { id: 'target:1', normUnit: undefined };
    const absent = candidate('indicator:b', { normUnit: null });
    const other = candidate('indicator:a', { normUnit: '元' });
    expect(chooseOutcome(goal, [other, absent])?.from).toBe('indicator:b');
  });
});

describe('touchedFigureIds', () => {
  it('names the figures among the nodes and at the figure end of TARGETS and REPORTS edges', () => {
    expect(
      touchedFigureIds({
        nodes: [
          { id: 'place:1', label: 'Place' },
          { id: 'target:2', label: 'Target' },
          { id: 'indicator:1', label: 'Indicator' },
        ],
        edges: [
          { type: 'TARGETS', from: 'place:1', to: 'target:1' },
          { type: 'REPORTS', from: 'place:1', to: 'indicator:1' },
          { type: 'LOCATED_IN', from: 'place:1', to: 'place:0' },
        ],
      }),
    ).toEqual(['indicator:1', 'target:1', 'target:2']);
  });
});
