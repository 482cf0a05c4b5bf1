import type { ManagedTransaction } from 'neo4j-driver';
import { deleteDocumentIn } from '../delete-document';
import { relinkOutcomesIn } from '../outcome-edges';
import type { CypherQuery } from './cypher-query';
import {
  deleteOutcomeEdgesQuery,
  mergeOutcomeEdgesQuery,
  outcomeCandidatesQuery,
  removedFiguresQuery,
  targetsAroundQuery,
} from './outcome-edges';

/** A transaction that records each statement and answers from a script, by statement. */
function scriptedTransaction(answer: (query: CypherQuery) => Record<string, unknown>[]) {
  const sent: CypherQuery[] = [];
  const tx = {
    run: async (text: string, parameters: Record<string, unknown>) => {
      sent.push({ text, parameters });
      const rows = answer({ text, parameters });
      return { records: rows.map((row) => ({ toObject: () => row })) };
    },
  } as unknown as ManagedTransaction;
  return { tx, sent };
}

const REPORT = {
  documentId: 'doc:b',
  sentence: '全镇完成工业应税销售1352亿元。',
  start: 3,
  end: 9,
  rule: 'indicator.completed',
  confidence: 0.65,
};

/** TCK-style snapshots of the statements that keep OUTCOME_OF in step. */
describe('Neo4j OUTCOME_OF statements', () => {
  it('building blocks', () => {
    expect(removedFiguresQuery(['doc:a'], ['doc:a', 'indicator:1'])).toMatchSnapshot('removedFigures');
    expect(targetsAroundQuery(['target:1', 'indicator:1'])).toMatchSnapshot('targetsAround');
    expect(outcomeCandidatesQuery(['target:1'])).toMatchSnapshot('outcomeCandidates');
    expect(deleteOutcomeEdgesQuery(['OUTCOME_OF|indicator:0|target:1|doc:a'])).toMatchSnapshot(
      'deleteOutcomeEdges',
    );
    expect(
      mergeOutcomeEdgesQuery([
        { key: 'OUTCOME_OF|indicator:1|target:1|doc:b', from: 'indicator:1', to: 'target:1', properties: {} },
      ]),
    ).toMatchSnapshot('mergeOutcomeEdges');
  });

  it('relinks a touched target: drops the stale edge and writes the best candidate with its evidence', async () => {
    const { tx, sent } = scriptedTransaction(({ text }) => {
      if (text.includes('UNION')) return [{ id: 'target:1' }];
      if (text.includes('AS candidates'))
        return [
          {
            id: 'target:1',
            normUnit: '元',
            current: ['OUTCOME_OF|indicator:0|target:1|doc:a'],
            candidates: [
              // In another unit: loses to the one in the goal's unit, though later.
              {
                indicator: 'indicator:0',
                normUnit: '美元',
                key: 'REPORTS|p|indicator:0|doc:c',
                properties: { ...REPORT, documentId: 'doc:c', key: 'REPORTS|p|indicator:0|doc:c' },
                published: '2024-01-01',
              },
              {
                indicator: 'indicator:1',
                normUnit: '元',
                key: 'REPORTS|p|indicator:1|doc:b',
                properties: { ...REPORT, key: 'REPORTS|p|indicator:1|doc:b' },
                published: '2023-12-22',
              },
            ],
          },
        ];
      return [];
    });
    await relinkOutcomesIn(tx, {
      touched: { nodes: [{ id: 'indicator:1', label: 'Indicator' }], edges: [] },
    });
    expect(sent.map((q) => q.parameters)).toEqual([
      { ids: ['indicator:1'] },
      { ids: ['target:1'] },
      { keys: ['OUTCOME_OF|indicator:0|target:1|doc:a'] },
      {
        rows: [
          {
            key: 'OUTCOME_OF|indicator:1|target:1|doc:b',
            from: 'indicator:1',
            to: 'target:1',
            properties: expect.objectContaining({
              documentId: 'doc:b',
              sentence: REPORT.sentence,
              rule: 'outcome.same-subject-metric-year',
            }),
          },
        ],
      },
    ]);
    expect(sent[3]!.parameters.rows).not.toContainEqual(
      expect.objectContaining({ properties: expect.objectContaining({ key: expect.anything() }) }),
    );
  });

  it('a deletion reads the targets around the removed figures before it removes anything', async () => {
    const { tx, sent } = scriptedTransaction(({ text }) => {
      if (text.startsWith('MATCH (n:Node {id: $id}) RETURN n:Document')) return [{ isDocument: true }];
      if (text.includes('labels(n)')) return [{ id: 'doc:b', label: 'Document' }];
      if (text.includes('elementId(r) AS elementId'))
        return [{ elementId: 'e1', from: 'indicator:1', to: 'doc:b' }];
      if (text.includes('AS count')) return [{ count: 0 }];
      if (text.startsWith('CALL {')) return [{ id: 'indicator:1' }];
      return [];
    });
    await deleteDocumentIn(tx, 'doc:b');
    const removedFigures = sent.findIndex((q) => q.text.startsWith('CALL {'));
    const firstDelete = sent.findIndex((q) => /\bDELETE\b/.test(q.text));
    expect(removedFigures).toBeGreaterThan(-1);
    expect(removedFigures).toBeLessThan(firstDelete);
    expect(sent[removedFigures]!.parameters).toEqual({ documentIds: ['doc:b'], nodeIds: ['doc:b'] });
  });
});
