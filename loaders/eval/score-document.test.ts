import type { NodeLabel, Properties, RelationshipType } from '../../schema/model';
import type { GraphRecords, NodeRecord } from '../../schema/records';
import { parseGold, type GoldDocument } from './gold';
import { annotatedRelationTypes, scoreDocument } from './score-document';
import { totalScores } from './totals';

const provenance = { documentId: 'd', sentence: 's', start: 0, end: 1, rule: 'test', confidence: 1 };

function node(
  label: NodeLabel,
  name: string,
  extra: { aliases?: string[]; properties?: Properties } = {},
): NodeRecord {
  return {
    id: `${label}:${name}`,
    label,
    name,
    aliases: extra.aliases ?? [],
    properties: extra.properties ?? {},
  };
}

function records(nodes: NodeRecord[], edges: [RelationshipType, string, string][] = []): GraphRecords {
  return {
    documents: [],
    nodes,
    relationships: edges.map(([type, from, to]) => ({ type, from, to, properties: provenance })),
  };
}

const gold: GoldDocument = parseGold(
  JSON.stringify({
    document: 'x.txt',
    primary_place: '嘉泽镇',
    places: [
      { name: '武进区', kind: 'DISTRICT', parent: '常州市', aliases: ['武进'] },
      { name: '嘉泽镇', kind: 'TOWN', parent: '武进区', aliases: ['嘉泽'] },
    ],
    projects: [
      { name: '嘉兴路(一期)改造工程', place: '嘉泽镇', aliases: [] },
      { name: '潘士桥改造', place: '嘉泽镇', aliases: ['潘士桥改造工程'] },
      {
        name: '镇级道路安保设工程',
        place: '嘉泽镇',
        aliases: [],
        optional: true,
        reason: 'generic works',
      },
    ],
    programmes: [{ name: '532发展战略', level: 'CITY', aliases: ['“532”发展战略'] }],
    enterprises: [{ name: '鹏辰新材料科技股份有限公司', aliases: ['鹏辰新材料'] }],
    targets: [
      {
        subject: '武进区',
        metric: '城镇新增就业',
        value: 26000,
        unit: '人',
        year: 2024,
        text: '城镇新增就业2.6万人',
      },
    ],
    indicators: [
      {
        subject: '嘉泽镇',
        metric: '高新技术企业',
        value: 11,
        unit: '家',
        year: 2024,
        text: '高新技术企业11家',
      },
    ],
    relations: [
      { type: 'LOCATED_IN', from: '嘉泽镇', to: '武进区' },
      { type: 'PARTNERS_WITH', from: '嘉泽镇', to: '鹏辰新材料科技股份有限公司' },
    ],
  }),
  'inline gold',
);

/** A prediction that finds exactly what gold holds, under other surface forms. */
function perfect(): NodeRecord[] {
  return [
    node('Place', '武进区', { properties: { kind: 'DISTRICT' } }),
    node('Place', '嘉泽镇', { aliases: ['嘉泽'], properties: { kind: 'TOWN' } }),
    node('Project', '嘉兴路（一期）改造工程'),
    node('Project', '潘士桥改造工程'),
    node('Programme', '“532”发展战略'),
    node('Enterprise', '鹏辰新材料'),
    node('Target', '城镇新增就业', { properties: { value: 26000, unit: '人', year: 2024 } }),
    node('Indicator', '高新技术企业', { properties: { value: 11, unit: '家', year: 2023 } }),
  ];
}
const perfectEdges: [RelationshipType, string, string][] = [
  ['TARGETS', 'Place:武进区', 'Target:城镇新增就业'],
  ['REPORTS', 'Place:嘉泽镇', 'Indicator:高新技术企业'],
  ['LOCATED_IN', 'Place:嘉泽镇', 'Place:武进区'],
  ['PARTNERS_WITH', 'Enterprise:鹏辰新材料', 'Place:嘉泽镇'],
  ['MENTIONED_IN', 'Place:嘉泽镇', 'Document:x'],
];

describe('scoreDocument', () => {
  it('gives F1 1 for every kind to a perfect prediction, matching quotes, brackets and aliases', () => {
    const score = scoreDocument(gold, records(perfect(), perfectEdges));
    for (const kind of Object.keys(score.kinds) as (keyof typeof score.kinds)[]) {
      expect([kind, score.kinds[kind].f1]).toEqual([kind, 1]);
    }
    expect(score.overall).toMatchObject({ tp: 10, fp: 0, fn: 0, f1: 1 });
  });

  it('reports how much of the gold place tree was found, apart from other links', () => {
    expect(scoreDocument(gold, records(perfect(), perfectEdges)).placeHierarchy).toEqual({
      correct: 1,
      total: 1,
    });
    const withoutTree = perfectEdges.filter(([type]) => type !== 'LOCATED_IN');
    expect(scoreDocument(gold, records(perfect(), withoutTree)).placeHierarchy).toEqual({
      correct: 0,
      total: 1,
    });
  });

  it('reports year accuracy apart from matching', () => {
    const score = scoreDocument(gold, records(perfect(), perfectEdges));
    expect(score.years.targets).toEqual({ correct: 1, total: 1 });
    expect(score.years.indicators).toEqual({ correct: 0, total: 1 });
  });

  it('lowers recall, not precision, when an item is missing', () => {
    const nodes = perfect().filter((n) => n.name !== '潘士桥改造工程');
    const score = scoreDocument(gold, records(nodes, perfectEdges));
    expect(score.kinds.projects).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(score.missed.projects).toEqual(['潘士桥改造']);
  });

  it('lowers precision, not recall, for an extra item, and counts a duplicate node as extra', () => {
    const nodes = [
      ...perfect(),
      node('Project', '不存在的项目'),
      node('Project', '潘士桥改造', { aliases: [] }),
    ];
    const score = scoreDocument(gold, records(nodes, perfectEdges));
    expect(score.kinds.projects).toMatchObject({ tp: 2, fp: 2, fn: 0, recall: 1, precision: 0.5 });
    expect(score.extra.projects).toEqual(expect.arrayContaining(['不存在的项目']));
  });

  it('neither rewards nor penalises predicting an optional item', () => {
    const nodes = [...perfect(), node('Project', '镇级道路安保设工程')];
    expect(scoreDocument(gold, records(nodes, perfectEdges)).kinds.projects).toMatchObject({
      tp: 2,
      fp: 0,
      fn: 0,
    });
  });

  it('matches an entity by any alias on either side', () => {
    const nodes = perfect().map((n) =>
      n.label === 'Enterprise' ? node('Enterprise', '鹏辰公司', { aliases: ['鹏辰新材料'] }) : n,
    );
    const score = scoreDocument(
      gold,
      records(
        nodes,
        perfectEdges.map(([t, f, to]) => [t, f.replace('鹏辰新材料', '鹏辰公司'), to]),
      ),
    );
    expect(score.kinds.enterprises.f1).toBe(1);
    expect(score.kinds.relations.f1).toBe(1);
  });

  it('requires a place to have the gold kind', () => {
    const nodes = perfect().map((n) =>
      n.name === '武进区' ? node('Place', '武进区', { properties: { kind: 'CITY' } }) : n,
    );
    const score = scoreDocument(gold, records(nodes, perfectEdges));
    expect(score.kinds.places).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('accepts a county-level city predicted at the gazetteer level DISTRICT, and no other kind swap', () => {
    const county = parseGold(
      JSON.stringify({
        document: 'c.txt',
        places: [
          { name: '荆州市', kind: 'CITY', parent: '湖北省' },
          { name: '松滋市', kind: 'CITY', parent: '荆州市' },
          { name: '湖北省', kind: 'PROVINCE', parent: null },
        ],
      }),
      'county',
    );
    const predicted = (kind: string) =>
      records([
        node('Place', '荆州市', { properties: { kind: 'CITY' } }),
        node('Place', '松滋市', { properties: { kind } }),
        node('Place', '湖北省', { properties: { kind: 'DISTRICT' } }),
      ]);
    expect(scoreDocument(county, predicted('DISTRICT')).kinds.places).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(scoreDocument(county, predicted('TOWN')).kinds.places).toMatchObject({ tp: 1, fp: 2, fn: 2 });
  });

  it('matches figures by subject, unit and value within 0.5%, and not otherwise', () => {
    const withValue = (value: number, unit = '人') =>
      perfect().map((n) =>
        n.label === 'Target' ? node('Target', n.name, { properties: { value, unit, year: 2024 } }) : n,
      );
    expect(scoreDocument(gold, records(withValue(26100), perfectEdges)).kinds.targets.tp).toBe(1);
    expect(scoreDocument(gold, records(withValue(26200), perfectEdges)).kinds.targets.tp).toBe(0);
    expect(scoreDocument(gold, records(withValue(26000, '人次'), perfectEdges)).kinds.targets.tp).toBe(0);
    const wrongSubject = perfectEdges.map(([t, f, to]): [RelationshipType, string, string] =>
      t === 'TARGETS' ? [t, 'Place:嘉泽镇', to] : [t, f, to],
    );
    expect(scoreDocument(gold, records(perfect(), wrongSubject)).kinds.targets).toMatchObject({
      tp: 0,
      fp: 1,
      fn: 1,
    });
  });

  it('accepts a range whose end is the gold value', () => {
    const nodes = perfect().map((n) =>
      n.label === 'Target'
        ? node('Target', n.name, { properties: { valueMin: 20000, valueMax: 26000, unit: '人' } })
        : n,
    );
    expect(scoreDocument(gold, records(nodes, perfectEdges)).kinds.targets.tp).toBe(1);
  });

  it('matches a prediction stating either end of a gold range', () => {
    const ranged = parseGold(
      JSON.stringify({
        document: 'r.txt',
        places: [{ name: '新市镇', kind: 'TOWN', parent: '德清县' }],
        targets: [
          {
            subject: '新市镇',
            metric: '投资',
            value: 50000000,
            valueMax: 80000000,
            unit: '元',
            year: null,
            text: '',
          },
        ],
      }),
      'ranged',
    );
    const withValue = (value: number) =>
      records(
        [
          node('Place', '新市镇', { properties: { kind: 'TOWN' } }),
          node('Target', '投资', { properties: { value, unit: '元' } }),
        ],
        [['TARGETS', 'Place:新市镇', 'Target:投资']],
      );
    expect(scoreDocument(ranged, withValue(80000000)).kinds.targets.tp).toBe(1);
    expect(scoreDocument(ranged, withValue(65000000)).kinds.targets.tp).toBe(0);
  });

  it('scores relations by type and both ends; only partnership ignores direction', () => {
    const reversed = perfectEdges.map(([t, f, to]): [RelationshipType, string, string] =>
      t === 'LOCATED_IN' ? [t, to, f] : [t, f, to],
    );
    const score = scoreDocument(gold, records(perfect(), reversed));
    expect(score.kinds.relations).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('micro-averages totals over documents', () => {
    const good = scoreDocument(gold, records(perfect(), perfectEdges));
    const empty = scoreDocument(gold, records([]));
    const totals = totalScores([good, empty]);
    expect(totals.kinds.projects).toMatchObject({ tp: 2, fn: 2, recall: 0.5, precision: 1 });
    expect(totals.overall).toMatchObject({ tp: 10, fn: 10, fp: 0 });
    expect(empty.kinds.projects.f1).toBe(0);
  });

  it('counts relations per type and sums them over documents', () => {
    const reversed = perfectEdges.map(([t, f, to]): [RelationshipType, string, string] =>
      t === 'LOCATED_IN' ? [t, to, f] : [t, f, to],
    );
    const score = scoreDocument(gold, records(perfect(), reversed));
    expect(score.relationTypes.LOCATED_IN).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.relationTypes.PARTNERS_WITH).toEqual({ tp: 1, fp: 0, fn: 0 });
    const totals = totalScores([score, scoreDocument(gold, records(perfect(), perfectEdges))]);
    expect(totals.relationTypes.LOCATED_IN).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5 });
  });

  it('reports subject accuracy over figures paired by value and unit alone', () => {
    const wrongSubject = perfectEdges.map(([t, f, to]): [RelationshipType, string, string] =>
      t === 'TARGETS' ? [t, 'Place:嘉泽镇', to] : [t, f, to],
    );
    const score = scoreDocument(gold, records(perfect(), wrongSubject));
    expect(score.subjects.targets).toEqual({ correct: 0, total: 1 });
    expect(score.subjects.indicators).toEqual({ correct: 1, total: 1 });
    const totals = totalScores([score, scoreDocument(gold, records(perfect(), perfectEdges))]);
    expect(totals.subjects.targets).toEqual({ correct: 1, total: 2 });
  });

  it('counts relations of a type the gold set never annotates apart, neither hit nor extra', () => {
    const withPeople = [
      ...perfectEdges,
      ['SERVES_IN', 'Person:陈立新', 'Place:嘉泽镇'],
      ['FOCUSES_ON', 'Place:嘉泽镇', 'Industry:新材料'],
    ] as [RelationshipType, string, string][];
    const nodes = [...perfect(), node('Person', '陈立新'), node('Industry', '新材料')];
    const relationTypes = annotatedRelationTypes([gold]);
    expect(relationTypes).toEqual(['LOCATED_IN', 'PARTNERS_WITH']);
    const score = scoreDocument(gold, records(nodes, withPeople), { relationTypes });
    expect(score.kinds.relations).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(score.unscoredRelations).toEqual({ SERVES_IN: 1, FOCUSES_ON: 1 });
    // Without the set's types, every type the scorer knows counts: SERVES_IN is then an extra.
    const strict = scoreDocument(gold, records(nodes, withPeople));
    expect(strict.kinds.relations).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(strict.unscoredRelations).toEqual({ FOCUSES_ON: 1 });
    const totals = totalScores([score, score]);
    expect(totals.unscoredRelations).toEqual({ SERVES_IN: 2, FOCUSES_ON: 2 });
  });

  it('gives an entity micro-average apart from figures and relations', () => {
    const noFigures = records(
      perfect().filter((n) => n.label !== 'Target' && n.label !== 'Indicator'),
      [],
    );
    const score = scoreDocument(gold, noFigures);
    // 2 places, 2 required projects, 1 programme, 1 enterprise: all found.
    expect(score.entities).toMatchObject({ tp: 6, fp: 0, fn: 0, f1: 1 });
    expect(score.overall).toMatchObject({ tp: 6, fn: 4 });
    const totals = totalScores([score, scoreDocument(gold, records([]))]);
    expect(totals.entities).toMatchObject({ tp: 6, fn: 6, recall: 0.5 });
  });
});
