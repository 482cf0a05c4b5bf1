import { searchQuery } from './queries/search';
import { withoutNodeDocuments } from './queries/cypher-query';
import { findPageQuery } from './queries/find-nodes';
import { toStoredNode } from './values';

describe('node reads without their documents', () => {
  it('leave the MENTIONED_IN subquery out of a statement and keep its columns', () => {
    const page = findPageQuery({ filter: { label: 'Target', properties: { year: 2022 } }, limit: 21 });
    const search = searchQuery({ text: '嘉泽', limit: 10 })!;
    for (const query of [page, search]) {
      expect(query.text).toContain('MENTIONED_IN');
      const without = withoutNodeDocuments(query);
      expect(without.text).not.toContain('MENTIONED_IN');
      expect(without.text).toContain('null AS documentIds');
      expect(without.parameters).toBe(query.parameters);
    }
  });

  it('give nodes whose documentIds throw when read, rather than an empty list', () => {
    const row = { node: { id: 'place:1', name: '嘉泽镇', kind: 'TOWN' }, label: 'Place', documentIds: null };
    const node = toStoredNode(row);
    expect(node.properties).toEqual({ kind: 'TOWN' });
    expect(() => node.documentIds).toThrow(/documents of place:1 were not read/);
    // Read with them, the same row gives its documents, sorted.
    expect(toStoredNode({ ...row, documentIds: ['doc:b', 'doc:a'] }).documentIds).toEqual(['doc:a', 'doc:b']);
  });
});
