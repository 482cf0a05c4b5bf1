import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { readsNodeDocuments } from './node-documents';

function operationOf(text: string): {
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
} {
  const document = parse(text);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return { operation, fragments };
}

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
