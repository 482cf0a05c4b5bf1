import { makeExecutableSchema } from '@graphql-tools/schema';
import { getNamedType, Kind } from 'graphql';
import { loadTypeDefs } from '../../schema/sdl';
import { operationOf } from '../../tests/fixtures/operation';
import { planSelection } from './plan-selection';

const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });

/** The plan of the first root field of a query, as compileReads makes it. */
function planOf(query: string, variables: Record<string, unknown> = {}) {
  const { operation, fragments } = operationOf(query);

  const root = operation.selectionSet.selections[0]!;
  if (root.kind !== Kind.FIELD) throw new Error('a root field first');
  const type = getNamedType(schema.getQueryType()!.getFields()[root.name.value]!.type);
  return planSelection({
    schema,
    fragments,
    variables,
    type,
    selections: root.selectionSet ? [root.selectionSet] : [],
  });
}

describe('planSelection', () => {
  it('plans a town with its projects as two walks: the chain above, the projects below', () => {
    const steps = planOf(
      `{ node(id: "p") { ... on Place { name district { name } city { name } projects { name status } } } }`,
    );
    expect(steps).toEqual([
      {
        onLabel: 'Place',
        walk: { type: 'LOCATED_IN', direction: 'OUT', depth: 8, endsOnly: true },
        nested: [],
      },
      {
        onLabel: 'Place',
        walk: { type: 'LOCATED_IN', direction: 'IN', depth: 8, label: 'Project' },
        nested: [],
      },
    ]);
  });

  it('walks to each label a field keeps, apart from the one-level walk of children', () => {
    const steps = planOf(
      `{ node(id: "p") { ... on Place { zones { name } projects { name } children { totalCount } more: projects(status: COMPLETED) { id } } } }`,
    );
    expect(steps).toEqual([
      {
        onLabel: 'Place',
        walk: { type: 'LOCATED_IN', direction: 'IN', depth: 8, label: 'Zone' },
        nested: [],
      },
      {
        onLabel: 'Place',
        walk: { type: 'LOCATED_IN', direction: 'IN', depth: 8, label: 'Project' },
        nested: [],
      },
      {
        onLabel: 'Place',
        walk: { type: 'LOCATED_IN', direction: 'IN', depth: 1, endsOnly: true },
        nested: [],
      },
    ]);
  });

  it('follows named fragments, aliases and pages, nesting as the selection does', () => {
    const steps = planOf(`
      query { node(id: "p") { ...Town ... on Project { a: targets { id } } } }
      fragment Town on Place {
        first: projectsConnection(first: 2) { edges { node { ... on Project { programmes { name } } } } }
        second: projects { targets { metric } }
      }`);
    expect(steps).toEqual([
      { onLabel: 'Project', walk: { type: 'TARGETS', direction: 'OUT', depth: 1 }, nested: [] },
      {
        onLabel: 'Place',
        walk: { type: 'LOCATED_IN', direction: 'IN', depth: 8, label: 'Project' },
        nested: [
          { onLabel: 'Project', walk: { type: 'PART_OF', direction: 'OUT', depth: 1 }, nested: [] },
          { onLabel: 'Project', walk: { type: 'TARGETS', direction: 'OUT', depth: 1 }, nested: [] },
        ],
      },
    ]);
  });

  it('leaves to the loaders what its arguments change: targets including the places under', () => {
    const steps = planOf(
      `query($under: Boolean) { node(id: "p") { ... on Place { targets(includeUnder: $under) { id } } } }`,
      {
        under: true,
      },
    );
    expect(steps).toEqual([]);
  });

  it('plans nothing for a selection of stored values only', () => {
    expect(planOf(`{ node(id: "p") { id ... on Place { name kind } } }`)).toEqual([]);
  });
});
