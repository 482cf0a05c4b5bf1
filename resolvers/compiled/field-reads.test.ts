import { operationOf } from '../../tests/fixtures/operation';
import { WHOLE_READS } from '../../store/read-shape';
import { readShapeOf } from './field-reads';

function shapeOf(text: string) {
  const { operation, fragments } = operationOf(text);
  return readShapeOf(operation, fragments);
}

describe('readShapeOf', () => {
  it('reads, for a town with its projects, the kinds above it and the projects’ status, no evidence', () => {
    expect(
      shapeOf(`query ($id: ID!) {
        node(id: $id) { __typename ... on Place { name district { name } city { name } projects { name status } } }
      }`),
    ).toEqual({ properties: ['kind', 'status'], evidence: false });
  });

  it('reads nothing but ids and names for a selection of names, in fragments too', () => {
    expect(
      shapeOf(`{ towns { ...Names children { edges { node { id } } } } }
        fragment Names on Place { name zones { name } enterprises { edges { node { name } } } }`),
    ).toEqual({ properties: ['kind'], evidence: false });
    expect(shapeOf(`{ search(text: "镇") { score node { id ... on Place { name } } } }`)).toEqual({
      properties: [],
      evidence: false,
    });
  });

  it('reads evidence when provenance or a role is asked, and aliases only when asked', () => {
    expect(shapeOf(`{ node(id: "p") { ... on Project { aliases provenance { sentence start } } } }`)).toEqual(
      {
        properties: ['aliases'],
        evidence: true,
      },
    );
    expect(shapeOf(`{ people { edges { node { name role } } } }`)).toEqual({
      properties: ['role'],
      evidence: true,
    });
  });

  it('reads, for a trace of ids and types, no property and the edges whole (relationships hands them out)', () => {
    expect(
      shapeOf(
        `{ trace(from: "a", to: "b") { length nodes { id } relationships { type from { id } to { id } } } }`,
      ),
    ).toEqual({
      properties: [],
      evidence: true,
    });
    expect(shapeOf(`{ trace(from: "a", to: "b") { nodes { ... on Project { status } } } }`)).toEqual({
      properties: ['status'],
      evidence: false,
    });
  });

  it('reads everything when one field is not in the table, or the operation is not a query', () => {
    expect(shapeOf(`{ node(id: "p") { ... on Place { name } } neighbourhood(id: "p") { depth } }`)).toBe(
      WHOLE_READS,
    );
    expect(shapeOf(`{ towns { name } } fragment F on Place { properties }`)).toBe(WHOLE_READS);
    expect(shapeOf(`mutation { deleteDocument(id: "d") { deleted } }`)).toBe(WHOLE_READS);
    // A name Object.prototype holds is not a field of the table.
    expect(shapeOf(`{ node(id: "p") { ... on Place { constructor } } }`)).toBe(WHOLE_READS);
  });
});
