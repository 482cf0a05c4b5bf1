import neo4j from 'neo4j-driver';
import type { NodeRecord, RelationshipRecord } from '../../schema/records';
import { newRelationshipRow, newRelationshipRows, nodeRows, relationshipRows } from './write-rows';

const park = (name: string, aliases: string[], properties: NodeRecord['properties']): NodeRecord => ({
  id: 'zone:park',
  label: 'Zone',
  name,
  aliases,
  properties,
});

const locatedIn = (documentId: string, confidence: number): RelationshipRecord => ({
  type: 'LOCATED_IN',
  from: 'zone:park',
  to: 'place:320412',
  properties: { documentId, sentence: '园区位于武进区。', start: 0, end: 4, rule: 'r', confidence },
});

describe('rows of a Neo4j write', () => {
  const records = [
    park('新能源产业园', ['新能源园区'], { area: 1.5, opened: 2020 }),
    { id: 'place:320412', label: 'Place' as const, name: '武进区', aliases: ['武进'], properties: {} },
    park('新能源园', ['能源园', '新能源园区'], { area: 2.5, opened: null }),
  ];

  it('folds the records of a new id into one finished map, as the embedded store merges them', () => {
    const rows = nodeRows(records, () => false);
    expect(rows.count).toBe(2);
    expect(rows.merged.size).toBe(0);
    expect(rows.created.get('Zone')).toEqual([
      {
        id: 'zone:park',
        name: '新能源园',
        aliases: ['新能源园区', '能源园', '新能源产业园'],
        area: 2.5,
        opened: neo4j.int(2020),
      },
    ]);
    expect(rows.created.get('Place')?.map((row) => row.id)).toEqual(['place:320412']);
  });

  it('gives a stored id one row with every name in order, for the statement to fold onto the stored name', () => {
    const rows = nodeRows(records, (id) => id === 'zone:park');
    expect(rows.created.get('Zone')).toBeUndefined();
    const [row] = rows.merged.get('Zone') ?? [];
    expect(row?.updates).toEqual([
      { name: '新能源产业园', aliases: ['新能源园区'] },
      { name: '新能源园', aliases: ['能源园', '新能源园区'] },
    ]);
    // A null does not erase: the earlier year stays; whole numbers go as Neo4j integers.
    expect(row?.properties).toEqual({ area: 2.5, opened: neo4j.int(2020) });
  });

  it('keeps one edge per key where the key first appears, with the last evidence', () => {
    const rows = relationshipRows([
      locatedIn('doc:1', 0.5),
      locatedIn('doc:2', 0.6),
      locatedIn('doc:1', 0.7),
    ]);
    const located = rows.get('LOCATED_IN') ?? [];
    expect(located.map((row) => [row.key, row.properties.confidence])).toEqual([
      ['LOCATED_IN|zone:park|place:320412|doc:1', 0.7],
      ['LOCATED_IN|zone:park|place:320412|doc:2', 0.6],
    ]);
    expect(newRelationshipRow('LOCATED_IN', located[0]!).properties.key).toBe(
      'LOCATED_IN|zone:park|place:320412|doc:1',
    );
  });

  it('flattens edges carrying the evidence alone and keeps a property map for the others', () => {
    const rows = relationshipRows([
      locatedIn('doc:1', 0.5),
      {
        type: 'SERVES_IN',
        from: 'person:wang',
        to: 'place:320412',
        properties: {
          documentId: 'doc:1',
          sentence: '王某任区长。',
          start: 0,
          end: 2,
          rule: 'r',
          confidence: 1,
          role: '区长',
        },
      },
    ]);
    const located = newRelationshipRows('LOCATED_IN', rows.get('LOCATED_IN') ?? []);
    expect(located.other).toEqual([]);
    expect(located.evidence).toEqual([
      {
        type: 'LOCATED_IN',
        from: 'zone:park',
        to: 'place:320412',
        key: 'LOCATED_IN|zone:park|place:320412|doc:1',
        documentId: 'doc:1',
        sentence: '园区位于武进区。',
        start: neo4j.int(0),
        end: neo4j.int(4),
        rule: 'r',
        confidence: 0.5,
      },
    ]);
    // A role is not evidence: the edge keeps the map form, which sets every property.
    const serving = newRelationshipRows('SERVES_IN', rows.get('SERVES_IN') ?? []);
    expect(serving.evidence).toEqual([]);
    expect(serving.other.map((row) => row.properties.role)).toEqual(['区长']);
  });
});
