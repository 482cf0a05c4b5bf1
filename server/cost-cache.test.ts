import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse, type DocumentNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { loadTypeDefs } from '../schema/sdl';
import { DEFAULT_LIMITS } from './config';
import { costEstimator } from './cost';
import { costVariables, createCostCache } from './cost-cache';

const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });

function uncached(
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [costEstimator(DEFAULT_LIMITS)],
  });
}

/** A cache over the real cost, with the number of times it counted. */
function countingCache() {
  const counted = { times: 0 };
  const cost = createCostCache((document, variables, operationName) => {
    counted.times += 1;
    return uncached(document, variables, operationName);
  });
  return { cost, counted };
}

const PAGED = parse(`
  query Paged($n: Int, $id: ID!, $text: String!, $year: Int, $withTargets: Boolean!) {
    towns(first: $n) { name projects(first: $n) { name } }
    node(id: $id) { id }
    search(text: $text, first: 5) { score }
    targets(filter: { year: $year }, first: 5) @include(if: $withTargets) { totalCount }
  }
`);

describe('variables that can change a cost', () => {
  it('are those in first, maxHops, depth, ids and in directives, not ids, texts or filters', () => {
    expect(costVariables(PAGED)).toEqual(['n', 'withTargets']);
    const walks = parse(`query($h: Int, $d: Int, $ids: [ID!]!, $a: ID!, $b: ID!) {
      trace(from: $a, to: $b, maxHops: $h) { length }
      neighbourhood(id: $a, depth: $d) { depth }
      nodes(ids: $ids) { id }
    }`);
    expect(costVariables(walks)).toEqual(['d', 'h', 'ids']);
  });

  it('are found inside fragments as well', () => {
    const document = parse(
      `query($n: Int) { ...Towns } fragment Towns on Query { towns(first: $n) { name } }`,
    );
    expect(costVariables(document)).toEqual(['n']);
  });
});

describe('the cost cache', () => {
  const base = { id: 'place:1', text: '镇', year: 2022, withTargets: true };

  it('counts a repeated operation once, whatever its other variables', () => {
    const { cost, counted } = countingCache();
    const first = cost(PAGED, { ...base, n: 10 });
    expect(first).toBe(uncached(PAGED, { ...base, n: 10 }));
    expect(cost(PAGED, { ...base, n: 10, id: 'place:2', text: '区', year: 2023 })).toBe(first);
    expect(counted.times).toBe(1);
  });

  it('counts again when a variable that changes the cost changes, and gives the right cost each time', () => {
    const { cost, counted } = countingCache();
    const small = cost(PAGED, { ...base, n: 10 });
    const large = cost(PAGED, { ...base, n: 100 });
    expect(large).toBeGreaterThan(small);
    expect(large).toBe(uncached(PAGED, { ...base, n: 100 }));
    expect(cost(PAGED, { ...base, n: 10 })).toBe(small);
    const withoutTargets = cost(PAGED, { ...base, n: 10, withTargets: false });
    expect(withoutTargets).toBeLessThan(small);
    expect(withoutTargets).toBe(uncached(PAGED, { ...base, n: 10, withTargets: false }));
    expect(counted.times).toBe(3);
  });

  it('tells an absent variable (its default) from one given as null', () => {
    const document = parse('query($n: Int = 3) { towns(first: $n) { name } }');
    const { cost } = countingCache();
    expect(cost(document, {})).toBe(3);
    expect(cost(document, { n: null })).toBe(DEFAULT_LIMITS.defaultListSize);
    expect(cost(document, {})).toBe(3);
  });

  it('keeps the operations of one document apart', () => {
    const document = parse('query Few { towns(first: 2) { name } } query Many { towns(first: 90) { name } }');
    const { cost } = countingCache();
    expect(cost(document, {}, 'Few')).toBe(2);
    expect(cost(document, {}, 'Many')).toBe(90);
    expect(cost(document, {}, 'Few')).toBe(2);
  });

  it('remembers nothing when counting fails, so a later request is counted again', () => {
    const document = parse('query($n: Int) { towns(first: $n) { name } }');
    const { cost, counted } = countingCache();
    expect(() => cost(document, { n: 'many' })).toThrow();
    expect(() => cost(document, { n: 'many' })).toThrow();
    expect(counted.times).toBe(2);
  });
});
