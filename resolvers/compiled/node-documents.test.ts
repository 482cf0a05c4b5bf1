import { operationOf } from '../../tests/fixtures/operation';
import { readsNodeDocuments } from './node-documents';

describe('readsNodeDocuments', () => {
  it('is false for a selection no field of which reads a node’s documents', () => {
    const { operation, fragments } = operationOf(
      `{ node(id: "a") { ... on Place { name projects { name } } } }`,
    );
    expect(readsNodeDocuments(operation, fragments)).toBe(false);
  });

  it('is true when stats or documents appear, in the operation or in a fragment', () => {
    for (const text of [
      `{ stats { total } }`,
      `{ node(id: "a") { id } documents(filter: { mentions: "a" }) { totalCount } }`,
      `{ node(id: "a") { ...F } } fragment F on Place { documents { id } }`,
    ]) {
      const { operation, fragments } = operationOf(text);
      expect(readsNodeDocuments(operation, fragments)).toBe(true);
    }
  });

  it('is true for a mutation, whatever it selects', () => {
    const { operation, fragments } = operationOf(`mutation { deleteDocument(id: "d") { deleted } }`);
    expect(readsNodeDocuments(operation, fragments)).toBe(true);
  });
});
