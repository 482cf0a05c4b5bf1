import { findPageQuery } from './queries/find-nodes';
import { getNodesQuery } from './queries/get-nodes';
import { searchQuery } from './queries/search';
import { withNodeProperties } from './queries/cypher-query';
import { toStoredNode, toStoredRelationship } from './values';

describe('node reads of some properties', () => {
  it('project id, name and the given properties in every node statement', () => {
    const page = findPageQuery({ filter: { label: 'Target', properties: { year: 2022 } }, limit: 21 });
    const search = searchQuery({ text: '嘉泽', limit: 10 })!;
    for (const query of [page, search, getNodesQuery(['a'])]) {
      expect(query.text).toContain('n { .* }');
      const shaped = withNodeProperties(query, ['metric', 'year']);
      expect(shaped.text).not.toContain('n { .* }');
      expect(shaped.text).toContain('n { .`id`, .`name`, .`metric`, .`year` }');
      expect(shaped.parameters).toBe(query.parameters);
    }
    expect(() => withNodeProperties(page, ['year` }, n.secret AS x //'])).toThrow(/plain name/);
  });

  it('give nodes that throw when a property not read is asked, and leave a missing one absent', () => {
    const row = {
      node: { id: 'target:1', name: '增长 8%', year: 2022, unit: null },
      label: 'Target',
      documentIds: null,
    };
    const node = toStoredNode(row, new Set(['year', 'unit']));
    expect(node.properties.year).toBe(2022);
    expect(node.properties.unit).toBeUndefined();
    expect('unit' in node.properties).toBe(false);
    expect(() => node.properties.value).toThrow(/property value of target:1 was not read/);
    expect(() => Object.keys(node.properties)).toThrow(/only some properties of target:1/);
    expect(() => node.aliases).toThrow(/aliases of target:1 were not read/);
    // Read whole, the same row keeps what Neo4j returned.
    expect(
      toStoredNode({ ...row, node: { ...row.node, aliases: ['x'] } }, new Set(['aliases'])).aliases,
    ).toEqual(['x']);
  });

  it('give edges read without evidence that throw when their evidence is read', () => {
    const row = { key: 'k', type: 'LOCATED_IN', from: 'a', to: 'b' };
    const bare = toStoredRelationship({ ...row, properties: null });
    expect(bare).toMatchObject({ key: 'k', from: 'a', to: 'b' });
    expect(() => bare.properties).toThrow(/evidence of k was not read/);
    expect(toStoredRelationship({ ...row, properties: { documentId: 'd', key: 'k' } }).properties).toEqual({
      documentId: 'd',
    });
  });
});
