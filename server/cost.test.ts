import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { loadTypeDefs } from '../schema/sdl';
import { DEFAULT_LIMITS } from './config';
import { costEstimator } from './cost';

const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });

function cost(query: string, variables: Record<string, unknown> = {}): number {
  return getComplexity({
    schema,
    query: parse(query),
    variables,
    estimators: [costEstimator(DEFAULT_LIMITS)],
  });
}

describe('cost of an operation', () => {
  // Place.projects walks everything under the place: 5 on top of its items.
  it('counts a variable first as what the variable holds', () => {
    const query = 'query($n: Int) { towns(first: $n) { projects(first: $n) { name } } }';
    expect(cost(query, { n: 10 })).toBe(10 * (1 + 5 + 10));
    expect(cost(query, { n: 100 })).toBe(100 * (1 + 5 + 100));
  });

  it('counts a list without first at its default size', () => {
    expect(cost('{ towns { projects { name } } }')).toBe(50 * (1 + 5 + 50));
    expect(cost('{ towns { programmes { name } } }')).toBe(50 * (1 + 50));
  });

  it('counts a connection by its first, edges once', () => {
    expect(cost('{ projects(first: 10) { edges { node { name } } } }')).toBe(1 + 10 * (1 + 1));
  });

  it('adds the fixed cost of the fields that walk', () => {
    expect(cost('{ neighbourhood(id: "x", depth: 3) { depth } }')).toBe(1 + 400);
    expect(cost('{ shared(a: "x", b: "y") { commonAncestor { id } } }')).toBe(1 + 2000 + 1);
    expect(cost('{ trace(from: "a", to: "b", maxHops: 6, first: 1) { length } }')).toBe(50 * 36 + 1);
  });

  it('counts the lists of a neighbourhood at their budgets', () => {
    const query = '{ neighbourhood(id: "x") { nodes { id } relationships { from { id } } } }';
    expect(cost(query)).toBe(1 + 200 + 300 * 1 + 1000 * (1 + 1));
  });

  it('costs nothing for introspection', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
  });
});
