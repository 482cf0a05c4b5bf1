import type { EntityMention, ExtractedFacts, ReadDocument } from '../types';
import { displayName, identityName } from './canonical-name';
import { clusterEntities } from './cluster-entities';
import { resolveRecords } from './index';

function mention(
  partial: Partial<EntityMention> & Pick<EntityMention, 'label' | 'name'>,
  at = 0,
): EntityMention {
  return {
    key: `${partial.label}:${partial.name}`,
    aliases: [],
    properties: {},
    span: { sentenceIndex: 0, start: at, end: at + partial.name.length },
    rule: 'test',
    confidence: 0.8,
    ...partial,
  };
}

const text = '苏州飞润纺织有限公司与柳溪镇签约，飞润纺织投产。';
const doc: ReadDocument = {
  id: 'doc:abc',
  name: 'a.txt',
  source: 'a.txt',
  title: '标题',
  publisher: '某报',
  publishedAt: '2024-01-01',
  text,
  sentences: [{ index: 0, text, start: 0, end: text.length, section: 'review' }],
  quality: { flags: ['SPAM_INJECTED'], spam: ['澳门'], restored: [], encoding: 'utf-8' },
  hints: {},
};

describe('canonical names', () => {
  it('drops quotes, makes brackets and letters half-width; a bracketed phase is the same name', () => {
    expect(displayName('“532”发展战略')).toBe('532发展战略');
    expect(displayName('嘉兴路（一期）改造工程')).toBe('嘉兴路(一期)改造工程');
    expect(identityName('嘉兴路(一期)改造工程')).toBe(identityName('嘉兴路一期改造工程'));
    expect(identityName('“两湖”创新区')).toBe(identityName('两湖创新区'));
  });
});

describe('clusterEntities', () => {
  it('a short name listed as an alias of a full one joins it, under the full name', () => {
    const clusters = clusterEntities([
      mention({ label: 'Enterprise', name: '苏州飞润纺织有限公司', aliases: ['飞润纺织', '飞润'] }),
      mention({ label: 'Enterprise', name: '飞润纺织' }, 18),
      mention({ label: 'Project', name: '飞润纺织' }, 18),
    ]);
    expect(clusters.map((c) => [c.label, c.name, c.mentions.length])).toEqual([
      ['Enterprise', '苏州飞润纺织有限公司', 2],
      ['Project', '飞润纺织', 1],
    ]);
  });
});

describe('resolveRecords', () => {
  const facts: ExtractedFacts = {
    entities: [
      mention({ label: 'Enterprise', name: '苏州飞润纺织有限公司', aliases: ['飞润纺织'] }),
      mention(
        {
          label: 'Enterprise',
          name: '苏州飞润纺织有限公司',
          aliases: ['飞润纺织'],
          rule: 'enterprise.short-name',
        },
        18,
      ),
      mention(
        {
          label: 'Place',
          name: '柳溪镇',
          key: 'Place:place:1',
          resolvedId: 'place:1',
          properties: { kind: 'TOWN' },
        },
        11,
      ),
      mention({ label: 'Project', name: '飞润纺织项目', properties: { status: 'STARTED' } }, 18),
      mention(
        { label: 'Project', name: '飞润纺织项目', properties: { status: 'COMPLETED', investment: 5 } },
        18,
      ),
    ],
    relations: [
      {
        type: 'PARTNERS_WITH',
        fromKey: 'Enterprise:苏州飞润纺织有限公司',
        toKey: 'Place:place:1',
        properties: {},
        span: { sentenceIndex: 0, start: 0, end: 10 },
        rule: 'r',
        confidence: 0.6,
      },
      {
        type: 'OPERATED_BY',
        fromKey: 'Project:飞润纺织项目',
        toKey: 'Enterprise:nowhere',
        properties: {},
        span: { sentenceIndex: 0, start: 18, end: 22 },
        rule: 'r',
        confidence: 0.6,
      },
    ],
  };
  const records = resolveRecords(doc, facts, { primaryPlaceKey: 'Place:place:1' });

  it('writes the Document node with its metadata, quality flags and primary place', () => {
    expect(records.documents).toEqual([
      expect.objectContaining({
        id: 'doc:abc',
        label: 'Document',
        name: '标题',
        properties: expect.objectContaining({
          publisher: '某报',
          place: 'place:1',
          quality: ['SPAM_INJECTED'],
          spam: ['澳门'],
        }),
      }),
    ]);
  });

  it('one node per entity, places keep their gazetteer id, properties merged', () => {
    expect(records.nodes.map((n) => n.label).sort()).toEqual(['Enterprise', 'Place', 'Project']);
    expect(records.nodes.find((n) => n.label === 'Place')?.id).toBe('place:1');
    const project = records.nodes.find((n) => n.label === 'Project');
    expect(project?.properties).toEqual({ status: 'COMPLETED', investment: 5 });
  });

  it('one MENTIONED_IN per mention, with the sentence and offsets', () => {
    const mentions = records.relationships.filter((r) => r.type === 'MENTIONED_IN');
    expect(mentions).toHaveLength(4);
    for (const m of mentions) {
      expect(m.to).toBe('doc:abc');
      expect(m.properties.sentence).toBe(text);
    }
  });

  it('drops relations whose ends did not resolve; keeps provenance on the rest', () => {
    const stated = records.relationships.filter((r) => r.type !== 'MENTIONED_IN');
    expect(stated.map((r) => r.type)).toEqual(['PARTNERS_WITH']);
    expect(stated[0]?.properties).toEqual(
      expect.objectContaining({ documentId: 'doc:abc', rule: 'r', start: 0, end: 10 }),
    );
    const ids = new Set(records.nodes.map((n) => n.id));
    for (const r of records.relationships) expect(ids.has(r.from)).toBe(true);
  });

  it('is deterministic and independent of mention order', () => {
    const again = resolveRecords(
      doc,
      { ...facts, entities: [...facts.entities].reverse() },
      { primaryPlaceKey: 'Place:place:1' },
    );
    expect(again.nodes.map((n) => n.id)).toEqual(records.nodes.map((n) => n.id));
  });
});
