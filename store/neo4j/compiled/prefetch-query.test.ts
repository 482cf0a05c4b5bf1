import type { PrefetchStep } from '../../prefetch';
import { prefetchQuery } from './prefetch-query';

describe('prefetchQuery', () => {
  const townWithProjects = {
    ids: ['place:1'],
    maxReads: 100,
    steps: [
      { onLabel: 'Place', walk: { type: 'LOCATED_IN', direction: 'OUT', depth: 8 }, nested: [] },
      {
        onLabel: 'Place',
        walk: { type: 'LOCATED_IN', direction: 'IN', depth: 8 },
        nested: [{ onLabel: 'Project', walk: { type: 'TARGETS', direction: 'OUT', depth: 1 }, nested: [] }],
      },
    ] satisfies PrefetchStep[],
  };
  const townQuery = prefetchQuery(townWithProjects);

  it('is one statement: one top-level RETURN, nested levels as COLLECT subqueries', () => {
    const { text } = townQuery;
    expect(text).not.toContain(';');
    expect(text.match(/^RETURN /gm)).toHaveLength(1);
    expect(text.match(/^(UNWIND|MATCH|RETURN) /gm)).toEqual(['UNWIND ', 'MATCH ', 'RETURN ']);
    // Three walks, each a COLLECT of anchors (its label test inside) holding a COLLECT of edges.
    expect(text.match(/\n\s*WHERE this\d+:(Place|Project)\n/g)).toHaveLength(3);
    // No COLLECT under a CASE: Neo4j would walk every path there, not each node once.
    expect(text).not.toMatch(/\bCASE\b/);
    expect(text).toContain('[:LOCATED_IN*0..7]->');
    expect(text).toContain('<-[:LOCATED_IN*0..7]-');
    expect(text).toContain('[:TARGETS*0..0]->');
  });

  it('carries every value as a parameter, the list cap as an integer', () => {
    const values = Object.values(townQuery.parameters);
    expect(values).toContainEqual(['place:1']);
    expect(values.map((value) => String(value))).toContain('101');
    expect(townQuery.text).not.toContain('place:1');
  });

  it('reuses the text of a shape of steps; only the parameters follow the request', () => {
    const steps = [
      {
        onLabel: 'Place' as const,
        walk: { type: 'LOCATED_IN' as const, direction: 'OUT' as const, depth: 8 },
        nested: [],
      },
    ];
    const first = prefetchQuery({ ids: ['place:1'], maxReads: 100, steps });
    const second = prefetchQuery({ ids: ['place:2', 'place:2'], maxReads: 5, steps });
    expect(second.text).toBe(first.text);
    expect(second.parameters.ids).toEqual(['place:2']);
    expect(String(second.parameters.cap)).toBe('6');
    const deeper = prefetchQuery({
      ids: ['place:2'],
      maxReads: 5,
      steps: [{ ...steps[0]!, walk: { ...steps[0]!.walk, depth: 2 } }],
    });
    expect(deeper.text).not.toBe(first.text);
    expect(deeper.text).toContain('[:LOCATED_IN*0..1]->');
  });

  it('gives the same text and parameters as before (TCK snapshot)', () => {
    expect(townQuery).toMatchSnapshot();
  });

  it('reads only the properties and evidence the request reads, when it says which', () => {
    const request = { ids: ['place:1'], maxReads: 100, steps: [...townWithProjects.steps] };
    const whole = prefetchQuery(request);
    expect(whole.text).toContain('{ .* }');
    expect(whole.text).toContain('properties(');
    const names = prefetchQuery(request, { shape: { properties: ['status'], evidence: false } });
    expect(names.text).not.toContain('{ .* }');
    expect(names.text).not.toContain('properties(');
    expect(names.text).toMatch(/\{ \.id, \.name, \.status \}/);
    const evidence = prefetchQuery(request, { shape: { properties: [], evidence: true } });
    expect(evidence.text).toContain('properties(');
    expect(evidence.text).toMatch(/\{ \.id, \.name \}/);
    expect(names).toMatchSnapshot();
  });

  it('walks to the nodes of one label when the step names it, without the edges on the way', () => {
    const query = prefetchQuery(
      {
        ids: ['place:1'],
        maxReads: 100,
        steps: [
          {
            onLabel: 'Place',
            walk: { type: 'LOCATED_IN', direction: 'IN', depth: 8, label: 'Project' },
            nested: [
              { onLabel: 'Project', walk: { type: 'OPERATED_BY', direction: 'OUT', depth: 1 }, nested: [] },
            ],
          },
        ],
      },
      { shape: { properties: ['status'], evidence: false } },
    );
    expect(query.text).toMatch(/<-\[:LOCATED_IN\*1\.\.8\]-\(this\d+:Project\)/);
    expect(query.text).toContain('[:OPERATED_BY*0..0]->');
    expect(query).toMatchSnapshot();
  });

  it('refuses a projected property that is not a plain name', () => {
    expect(() =>
      prefetchQuery(
        { ids: ['x'], maxReads: 10, steps: [...townWithProjects.steps] },
        { shape: { properties: ['x } RETURN 1 //'], evidence: false } },
      ),
    ).toThrow(/plain name/);
  });

  it('refuses walks outside the model', () => {
    expect(() =>
      prefetchQuery({
        ids: ['x'],
        maxReads: 10,
        steps: [{ onLabel: 'Place', walk: { type: 'LOCATED_IN', direction: 'OUT', depth: 9 }, nested: [] }],
      }),
    ).toThrow(/1 to 8 levels/);
  });
  it('walks an endsOnly step one hop per level, the distinct ends only, no edge', () => {
    const { text } = prefetchQuery(
      {
        ids: ['place:1'],
        maxReads: 100,
        steps: [
          {
            onLabel: 'Place',
            walk: { type: 'LOCATED_IN', direction: 'OUT', depth: 3, endsOnly: true },
            nested: [],
          },
        ],
      },
      { documents: false },
    );
    // Three hops, each one COLLECT of the distinct other ends; the label test on the first.
    expect(text.match(/MATCH \(this\d+\)-\[:LOCATED_IN\]->\(this\d+\)/g)).toHaveLength(3);
    expect(text.match(/WITH DISTINCT/g)).toHaveLength(3);
    expect(text.match(/WHERE this\d+:Place/g)).toHaveLength(1);
    expect(text).not.toMatch(/\.key\b/);
    expect(text).not.toContain('*0..');
  });
});
