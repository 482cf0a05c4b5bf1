import { Kind, visit, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

/**
 * Fields whose resolvers read `StoredNode.documentIds` (`stats` counts a place's
 * documents from them, `documents(filter: { mentions })` lists them), named wherever they
 * appear: a field of that name anywhere in an operation keeps the documents of every
 * node it reads. Any other resolver reaches documents through MENTIONED_IN edges.
 */
const READERS = new Set(['stats', 'documents']);

const answers = new WeakMap<OperationDefinitionNode, boolean>();

/**
 * Whether a resolver of this operation may read a node's `documentIds`: mutations always
 * may (they are not planned here); a query only when it names a field that does, in its
 * own selection or in a fragment. Kept per operation, which the server's parser cache
 * hands out again for the same document.
 */
export function readsNodeDocuments(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): boolean {
  const known = answers.get(operation);
  if (known !== undefined) return known;
  let reads = operation.operation !== 'query';
  const look = {
    [Kind.FIELD]: (field: { name: { value: string } }) => void (reads ||= READERS.has(field.name.value)),
  };
  visit(operation, look);
  // Fragments of the document, used or not: cheaper than following spreads, and never fewer.
  for (const fragment of Object.values(fragments)) visit(fragment, look);
  answers.set(operation, reads);
  return reads;
}
