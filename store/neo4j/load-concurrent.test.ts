import type { GraphRecords, NodeRecord, RelationshipRecord } from '../../schema/records';
import type { SegmentPlan } from './load-batch';
import { splitRun } from './load-concurrent';

const node = (id: string, label: NodeRecord['label'] = 'Enterprise'): NodeRecord => ({
  id,
  label,
  name: id,
  aliases: [],
  properties: {},
});

/** A document naming its own entity, a district and, by an edge only, one more id. */
const evidence = (n: number): RelationshipRecord['properties'] => ({
  documentId: `doc:${n}`,
  sentence: '',
  start: 0,
  end: 0,
  rule: 'test',
  confidence: 1,
});

function doc(n: number, linked: string): { records: GraphRecords; nodes: NodeRecord[] } {
  const document = node(`doc:${n}`, 'Document');
  const own = node(`enterprise:${n}`);
  const records: GraphRecords = {
    documents: [document],
    nodes: [own, node('place:district', 'Place')],
    relationships: [
      { type: 'LOCATED_IN', from: own.id, to: 'place:district', properties: evidence(n) },
      { type: 'OPERATED_BY', from: linked, to: own.id, properties: evidence(n) },
    ],
  };
  return { records, nodes: [document, ...records.nodes] };
}

describe('splitting a batch run among writers', () => {
  const docs = [doc(1, 'project:a'), doc(2, 'project:a'), doc(3, 'project:b'), doc(4, 'project:c')];
  const plan: SegmentPlan = {
    outcomes: [],
    loaded: docs.map((one, position) => ({ position, ...one })),
    nodes: docs.flatMap((one) => one.nodes),
    relationships: docs.flatMap((one) => one.records.relationships),
    dbLabels: new Map([['project:c', 'Project']]),
    dbElementIds: new Map([['project:c', '4:db:0']]),
  };

  it('keeps consecutive documents together and shares what two slices or the graph hold', () => {
    const split = splitRun(plan, 2);
    expect(split.slices.map((slice) => slice.documents.map((one) => one.position))).toEqual([
      [0, 1],
      [2, 3],
    ]);
    // The district is named by both slices, project:c is stored; project:a and project:b,
    // named in one slice each, are that slice's.
    expect([...split.shared].sort()).toEqual(['place:district', 'project:c']);
    expect(split.sharedNodes.map((one) => one.id)).toEqual(docs.map(() => 'place:district'));
    expect(split.slices[0]!.nodes.map((one) => one.id)).toEqual([
      'doc:1',
      'enterprise:1',
      'doc:2',
      'enterprise:2',
    ]);
    expect(split.slices[1]!.relationships).toHaveLength(4);
  });

  it('gives one writer everything but what the graph holds', () => {
    const split = splitRun(plan, 1);
    expect(split.slices).toHaveLength(1);
    expect([...split.shared]).toEqual(['project:c']);
  });
});
