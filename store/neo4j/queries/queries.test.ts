import type { ManagedTransaction } from 'neo4j-driver';
import { newsHutang, PLACES, reportJiaze } from '../../../tests/contract/fixtures';
import { loadDocumentIn } from '../load-document';
import { loadSegmentIn } from '../load-batch';
import { countByLabelQuery } from './count-by-label';
import { countMetricKeysQuery } from './count-metric-keys';
import type { CypherQuery } from './cypher-query';
import { countNodesQuery, findNodesQuery, findPageQuery } from './find-nodes';
import { checkPathRequest, pathPartsQuery, shortestPathsQuery } from './find-paths';
import { getNodesQuery } from './get-nodes';
import { getRelationshipsQuery } from './get-relationships';
import { documentsOfSourceQuery, nodeExistsQuery, storedLabelsQuery } from './lookups';
import { mergeNodesQuery, mergeRelationshipsQuery } from './merge';
import { createEvidenceRelationshipsQuery, createNodesQuery, createRelationshipsQuery } from './create';
import { edgesAmongQuery, nextHopQuery } from './neighbourhood';
import { nodeIdsByElementIdQuery } from './read-cypher';
import {
  danglingEdgeCountQuery,
  deleteEdgesQuery,
  deleteNodesQuery,
  documentEdgesQuery,
  orphansQuery,
} from './removal';
import { schemaStatements } from './schema';
import { searchQuery } from './search';

/**
 * A transaction for loadSegmentIn that records each statement: only 武进区 is stored, created
 * nodes answer with element ids, and edge statements report as many edges created as rows,
 * less `lostEdges` (ends that went missing).
 */
function bulkTx(sent: CypherQuery[], lostEdges = 0): ManagedTransaction {
  return {
    run: async (text: string, parameters: Record<string, unknown>) => {
      sent.push({ text, parameters });
      const ids = (parameters.ids ?? []) as string[];
      const stored = ids.includes(PLACES.wujin.id)
        ? [{ id: PLACES.wujin.id, label: 'Place', elementId: `e:${PLACES.wujin.id}` }]
        : [];
      // Created nodes answer with their element ids, edge statements with their count.
      const rows = (parameters.rows ?? []) as { properties: { id: string } }[];
      const created = text.includes('elementId(n)')
        ? rows.map((row) => ({ id: row.properties.id, elementId: `e:${row.properties.id}` }))
        : [];
      const edges = text.includes('CREATE (a)-') ? rows.length - lostEdges : 0;
      return {
        records: [...stored, ...created].map((row) => ({
          toObject: () => row,
          get: (key: string) => row[key as keyof typeof row],
        })),
        summary: { counters: { updates: () => ({ relationshipsCreated: edges }) } },
      };
    },
  } as unknown as ManagedTransaction;
}

/**
 * TCK-style snapshots: the Cypher text and parameters each store operation sends. A change
 * to a query shows up here as a diff to review, without a database.
 */
describe('Neo4j store queries', () => {
  it('schema', () => {
    expect(schemaStatements()).toMatchSnapshot();
  });

  it('loadDocument: the statements of one load, in order', async () => {
    const sent: CypherQuery[] = [];
    // A transaction that records each statement and answers that nothing is stored yet.
    const tx = {
      run: async (text: string, parameters: Record<string, unknown>) => {
        sent.push({ text, parameters });
        return { records: [] };
      },
    } as unknown as ManagedTransaction;
    const result = await loadDocumentIn(tx, newsHutang());
    expect(result.status).toBe('loaded');
    expect(sent).toMatchSnapshot();
  });

  it('loadDocumentBatch: new documents create their nodes and edges, stored nodes are merged', async () => {
    const sent: CypherQuery[] = [];
    const tx = bulkTx(sent);
    const outcomes = await loadSegmentIn(tx, { batch: [newsHutang(), reportJiaze()], planned: { count: 0 } });
    expect(outcomes.map((outcome) => outcome.ok && outcome.result.status)).toEqual(['loaded', 'loaded']);
    expect(sent.filter((query) => query.text.includes('MERGE'))).toHaveLength(1);
    // The texts and how many rows each carries; the rows are those of the statements above.
    const rowCount = (parameters: Record<string, unknown>): number =>
      ((parameters.rows ?? parameters.ids ?? parameters.sources) as unknown[]).length;
    expect(sent.map((query) => ({ text: query.text, rows: rowCount(query.parameters) }))).toMatchSnapshot();
  });

  it('loadDocumentBatch: an edge statement that finds fewer ends than it has rows fails the transaction', async () => {
    const tx = bulkTx([], 1);
    await expect(
      loadSegmentIn(tx, { batch: [newsHutang(), reportJiaze()], planned: { count: 0 } }),
    ).rejects.toThrow(/found no end node/);
  });

  it('load and delete building blocks', () => {
    const row = {
      id: PLACES.jiaze.id,
      updates: [
        { name: '嘉泽', aliases: [] },
        { name: '嘉泽镇', aliases: ['嘉泽'] },
      ],
      properties: { kind: 'TOWN' },
    };
    expect(mergeNodesQuery('Place', [row])).toMatchSnapshot('mergeNodes Place');
    expect(
      createNodesQuery([
        {
          label: 'Place',
          properties: { id: PLACES.jiaze.id, name: '嘉泽镇', aliases: ['嘉泽'], kind: 'TOWN' },
        },
      ]),
    ).toMatchSnapshot('createNodes Place');
    expect(
      createRelationshipsQuery([
        {
          type: 'LOCATED_IN',
          from: 'a',
          to: 'b',
          properties: { key: 'LOCATED_IN|a|b|doc:1', documentId: 'doc:1' },
        },
      ]),
    ).toMatchSnapshot('createRelationships LOCATED_IN');
    expect(
      createEvidenceRelationshipsQuery([
        {
          type: 'MENTIONED_IN',
          from: 'a',
          to: 'doc:1',
          key: 'MENTIONED_IN|a|doc:1|doc:1|0',
          documentId: 'doc:1',
          sentence: '嘉泽镇召开大会。',
          start: 0,
          end: 3,
          rule: 'place.full-name',
          confidence: 1,
        },
      ]),
    ).toMatchSnapshot('createEvidenceRelationships MENTIONED_IN');
    expect(
      mergeRelationshipsQuery('LOCATED_IN', [
        { key: 'LOCATED_IN|a|b|doc:1', from: 'a', to: 'b', properties: { documentId: 'doc:1' } },
      ]),
    ).toMatchSnapshot('mergeRelationships LOCATED_IN');
    expect(nodeExistsQuery('doc:1')).toMatchSnapshot('nodeExists');
    expect(storedLabelsQuery(['a', 'b'])).toMatchSnapshot('storedLabels');
    expect(documentsOfSourceQuery('reports/jiaze-2024.txt', 'doc:2')).toMatchSnapshot('documentsOfSource');
    expect(documentEdgesQuery(['doc:1'])).toMatchSnapshot('documentEdges');
    expect(orphansQuery(['a'], ['doc:1'])).toMatchSnapshot('orphans');
    expect(danglingEdgeCountQuery(['a'], ['doc:1'])).toMatchSnapshot('danglingEdgeCount');
    expect(deleteEdgesQuery(['5:abc:1'])).toMatchSnapshot('deleteEdges');
    expect(deleteNodesQuery(['a'])).toMatchSnapshot('deleteNodes');
  });

  it('reads', () => {
    expect(getNodesQuery(['a', 'b', 'a'])).toMatchSnapshot('getNodes');
    const filter = {
      label: 'Project' as const,
      ids: ['project:1'],
      nameContains: '湖',
      underPlaceId: PLACES.wujin.id,
      properties: { status: 'COMPLETED', year: 2024 },
      relatedTo: { type: 'OPERATED_BY' as const, id: 'enterprise:1' },
      documentId: 'doc:1',
    };
    expect(
      findNodesQuery({ filter, sort: [{ field: 'investment', direction: 'DESC' }], offset: 10, limit: 5 }),
    ).toMatchSnapshot('findNodes with every filter');
    expect(findNodesQuery({ filter: {} })).toMatchSnapshot('findNodes default sort');
    expect(countNodesQuery(filter)).toMatchSnapshot('countNodes');
    expect(findPageQuery({ filter, limit: 5 })).toMatchSnapshot('findPage: count and page in one statement');
    for (const direction of ['OUT', 'IN', 'BOTH'] as const) {
      expect(getRelationshipsQuery({ nodeIds: ['a'], direction, types: ['LOCATED_IN'] })).toMatchSnapshot(
        `getRelationships ${direction}`,
      );
    }
    expect(searchQuery({ text: ' 嘉泽 ', labels: ['Place'], limit: 5 })).toMatchSnapshot('search full-text');
    expect(searchQuery({ text: 'LvYuan' })).toMatchSnapshot('search scan');
    expect(
      pathPartsQuery({
        ids: ['a', 'c', 'b'],
        pairs: [
          ['a', 'c'],
          ['c', 'b'],
        ],
        types: ['LOCATED_IN'],
      }),
    ).toMatchSnapshot('findPaths nodes and edges of longer paths');
    expect(
      shortestPathsQuery({
        from: 'a',
        to: 'b',
        types: ['PART_OF', 'LOCATED_IN'],
        maxHops: 5,
        limit: 5,
        cap: 101,
      }),
    ).toMatchSnapshot('findPaths shortest');
    expect(nextHopQuery(['a'])).toMatchSnapshot('neighbourhood next hop');
    expect(edgesAmongQuery(['a', 'b'])).toMatchSnapshot('neighbourhood edges');
    expect(countByLabelQuery()).toMatchSnapshot('countByLabel');
    expect(countMetricKeysQuery()).toMatchSnapshot('countMetricKeys');
    expect(nodeIdsByElementIdQuery(['4:abc:0'])).toMatchSnapshot('nodeIdsByElementId');
  });
});

describe('query text never carries values', () => {
  const hostile = "x'}) DETACH DELETE n //`";

  it('keeps filter values, sort fields and search text in parameters', () => {
    // Only a property key that is a plain identifier is written into the text (so its index
    // applies); any other key, like the hostile one, stays a parameter.
    const plain = findNodesQuery({
      filter: { nameContains: 'a', properties: { 'a-b': 'a' }, underPlaceId: 'a', documentId: 'a' },
      sort: [{ field: 'year', direction: 'ASC' }],
    });
    const evil = findNodesQuery({
      filter: {
        nameContains: hostile,
        properties: { [hostile]: hostile },
        underPlaceId: hostile,
        documentId: hostile,
      },
      sort: [{ field: hostile, direction: 'ASC' }],
    });
    expect(evil.text).toBe(plain.text);
    expect(Object.values(evil.parameters)).toContain(hostile);
    const indexed = findNodesQuery({ filter: { label: 'Target', properties: { year: 2025 } } });
    expect(indexed.text).toContain('n.`year` = $propertyValue0');
    expect(Object.values(indexed.parameters)).not.toContain('year');
    expect(searchQuery({ text: `嘉泽${hostile}` })!.text).not.toContain('DETACH');
    const path = { from: hostile, to: hostile, types: [hostile], limit: 1, cap: 1 };
    // Types go into the patterns only when they are the model's own.
    expect(shortestPathsQuery({ ...path, maxHops: 3 })).toBeUndefined();
    const mixed = shortestPathsQuery({ ...path, types: [hostile, 'PART_OF'], maxHops: 3 })!;
    expect(mixed.text).not.toContain(hostile);
    expect(mixed.text).toContain('[:PART_OF*..3]');
    // The start's half is the bound rounded up, the end's rounded down.
    expect(mixed.text).toContain('(a)-[:PART_OF]-{0,2}');
    expect(mixed.text).toContain('(b)-[:PART_OF]-{0,1}');
    expect(() => shortestPathsQuery({ ...path, types: ['PART_OF'], maxHops: 11 })).toThrow(/1 to 10/);
    const parts = pathPartsQuery({
      ids: [hostile],
      pairs: [[hostile, hostile]],
      types: [hostile, 'LOCATED_IN'],
    })!;
    expect(parts.text).not.toContain(hostile);
    expect(JSON.stringify(parts.parameters)).toContain('DETACH');
  });

  it('refuses labels, types, directions and bounds outside the model instead of writing them into text', () => {
    expect(() => findNodesQuery({ filter: { label: 'Place) DETACH DELETE (n' as never } })).toThrow(
      /unknown label/,
    );
    expect(() =>
      findNodesQuery({ filter: { relatedTo: { type: 'X]->() DELETE r //' as never, id: 'a' } } }),
    ).toThrow(/unknown relationship type/);
    expect(() => findNodesQuery({ filter: {}, sort: [{ field: 'name', direction: 'up' as never }] })).toThrow(
      /ASC or DESC/,
    );
    expect(() => getRelationshipsQuery({ nodeIds: ['a'], direction: 'SIDEWAYS' as never })).toThrow(
      /direction/,
    );
    expect(() => checkPathRequest({ from: 'a', to: 'b', maxHops: 11 })).toThrow(/at most 10/);
    expect(() => checkPathRequest({ from: 'a', to: 'b', maxHops: 1.5 })).toThrow(/whole number/);
  });

  it('sends the load as parameters: records with quotes and backticks reach Neo4j as data', async () => {
    const records = reportJiaze();
    records.nodes[0]!.name = hostile;
    const sent: CypherQuery[] = [];
    const tx = {
      run: async (text: string, parameters: Record<string, unknown>) => {
        sent.push({ text, parameters });
        return { records: [] };
      },
    } as unknown as ManagedTransaction;
    await loadDocumentIn(tx, records);
    expect(sent.some((query) => query.text.includes('DETACH DELETE n //'))).toBe(false);
    expect(JSON.stringify(sent.map((query) => query.parameters))).toContain('DETACH DELETE n //');
  });
});
