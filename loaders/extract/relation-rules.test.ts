import { extractDocument } from '..';
import type { EntityMention, Sentence } from '../types';
import { projectParts } from './relation-parts';
import { placesThroughZones } from './relation-places';
import { testMention } from '../../tests/fixtures/test-mention';

/**
 * The ways real reports state links, read end to end with the gazetteer (德清县 and its
 * towns are real places; every company, project and sentence here is invented).
 */
function relations(text: string): string[] {
  const { records } = extractDocument({ name: 'relation-rules.txt', bytes: new TextEncoder().encode(text) });
  const name = new Map(records.nodes.map((n) => [n.id, `${n.label}:${n.name}`]));
  return records.relationships
    .filter((r) => r.type !== 'MENTIONED_IN')
    .map((r) => `${r.type} ${name.get(r.from) ?? r.from} -> ${name.get(r.to) ?? r.to}`);
}

describe('relations stated the ways real reports state them', () => {
  it('projects listed under a town heading lie in that town, not in the document town', () => {
    const rels = relations(
      [
        '德清县新市镇',
        '5月8日，新市镇集中签约招商引资项目，协议投资额达1.5亿元。',
        '分别是：湖州青禾服饰有限公司服装产业园项目。',
        '钟管镇',
        '5月20日，钟管镇成功签约项目，涵盖新型建材等行业。',
        '分别是：湖州远帆建材有限公司新型墙材项目。',
      ].join('\n'),
    );
    expect(rels).toContain('LOCATED_IN Project:湖州青禾服饰有限公司服装产业园项目 -> Place:新市镇');
    expect(rels).toContain('LOCATED_IN Project:湖州远帆建材有限公司新型墙材项目 -> Place:钟管镇');
    expect(rels).not.toContain('LOCATED_IN Project:湖州远帆建材有限公司新型墙材项目 -> Place:新市镇');
    // The registered company named inside the project's name runs it.
    expect(rels).toContain(
      'OPERATED_BY Project:湖州远帆建材有限公司新型墙材项目 -> Enterprise:湖州远帆建材有限公司',
    );
  });

  it('a zone stated to lie inside another zone lies in that zone’s place, not in the zone', () => {
    const rels = relations(
      '德清县新市镇召开推进会。青禾智造产业园位于钟管镇工业园区内，总投资2亿元，今年3月开工。',
    );
    expect(rels).toContain('LOCATED_IN Zone:青禾智造产业园 -> Place:钟管镇');
    expect(rels.filter((r) => r.startsWith('LOCATED_IN Zone:青禾智造产业园 -> Zone:'))).toEqual([]);
  });

  it('a company standing in a park lies in the park’s town, not in the park', () => {
    const rels = relations('德清县新市镇召开推进会。位于钟管镇工业园区的远帆精密机械有限公司今年扩产。');
    expect(rels).toContain('LOCATED_IN Enterprise:远帆精密机械有限公司 -> Place:钟管镇');
    expect(rels.filter((r) => r.startsWith('LOCATED_IN Enterprise:远帆精密机械有限公司 -> Zone:'))).toEqual(
      [],
    );
  });

  it('a chain of places at the head of a name places it in the innermost, not the province', () => {
    const rels = relations('浙江省湖州市德清县新市镇农贸市场改造项目于3月开工建设。');
    const located = rels.filter((r) => r.startsWith('LOCATED_IN Project:'));
    expect(located).toEqual(['LOCATED_IN Project:浙江省湖州市德清县新市镇农贸市场改造项目 -> Place:新市镇']);
  });

  it('a village inside one listed project does not host the next one in the list', () => {
    const rels = relations(
      '此次新市镇开工的项目分别是新市镇梅林村道路建设项目、青禾冬枣设施农业建设项目，总投资800万元。',
    );
    expect(rels).toContain('LOCATED_IN Project:新市镇梅林村道路建设项目 -> Place:梅林村');
    expect(rels).toContain('LOCATED_IN Project:青禾冬枣设施农业建设项目 -> Place:新市镇');
    expect(rels).not.toContain('LOCATED_IN Project:青禾冬枣设施农业建设项目 -> Place:梅林村');
  });

  it('a company known only from its project name stands where the project stands', () => {
    const rels = relations('德清县钟管镇今年签约远帆实业二期项目，总投资3亿元。');
    expect(rels).toContain('OPERATED_BY Project:远帆实业二期项目 -> Enterprise:远帆实业');
    expect(rels).toContain('LOCATED_IN Enterprise:远帆实业 -> Place:钟管镇');
  });

  it('works and roads before 项目 are not a company; a listed company + product is', () => {
    const rels = relations('德清县钟管镇今年开工钢构制造项目、稻米深加工项目和钟管东路主干道。');
    expect(rels.filter((r) => r.startsWith('OPERATED_BY'))).toEqual([]);
    const listed = relations('德清县钟管镇签约鸿达管业装备制造、金禾药品生产等项目。');
    expect(listed).toEqual(
      expect.arrayContaining([
        // The company is named by its brand, the trade word and the project name its aliases.
        'OPERATED_BY Project:鸿达管业装备制造 -> Enterprise:鸿达',
        'OPERATED_BY Project:金禾药品生产 -> Enterprise:金禾',
      ]),
    );
  });

  it('a development zone named after the county lies in the county, even in a town report', () => {
    const rels = relations('德清县新市镇主动对接德清经开区，承接产业转移。');
    expect(rels).toContain('LOCATED_IN Zone:德清经开区 -> Place:德清县');
  });

  it('a town that carries out a campaign takes part in it', () => {
    const rels = relations('德清县新市镇深入实施“强村富民”三年行动，村级集体经济持续壮大。');
    expect(rels.filter((r) => r.startsWith('PARTICIPATES_IN'))).toEqual([
      'PARTICIPATES_IN Place:新市镇 -> Programme:强村富民三年行动',
    ]);
  });

  it('a place that names a body (县委、县政府) is the leadership, not the participant', () => {
    const rels = relations('德清县新市镇在德清县委、县政府的坚强领导下，全面落实“五水共治”行动。');
    expect(rels).toContain('PARTICIPATES_IN Place:新市镇 -> Programme:五水共治行动');
    expect(rels).not.toContain('PARTICIPATES_IN Place:德清县 -> Programme:五水共治行动');
  });
});

/** Hand-made mentions: PART_OF reads only their spans, labels and the sentence. */
function mention(sentence: Sentence, label: 'Project' | 'Zone', name: string, from = 0): EntityMention {
  const start = sentence.start + sentence.text.indexOf(name, from);
  return testMention(label, name, { sentenceIndex: sentence.index, start, confidence: 1 });
}

function sentenceOf(text: string): Sentence {
  return { index: 0, text, start: 0, end: text.length, section: 'other' };
}

describe('hosts read off lists and zone names', () => {
  it('items listed after a town’s village stand in the town, not in the village', () => {
    const rels = relations('代表们先后来到德清县新市镇梅林村、青禾智造产业园、蓝湾文化礼堂项目现场。');
    // A park listed beside named works is counted as works (conventions), so it is a project here.
    expect(rels).toContain('LOCATED_IN Project:青禾智造产业园 -> Place:新市镇');
    expect(rels.filter((r) => r.includes('青禾智造产业园 -> Place:梅林村'))).toEqual([]);
  });

  it('works in a later clause of a sentence whose subject is a town lie in that town', () => {
    const rels = relations('德清县新市镇召开大会。钟管镇今年抓实项目，开工青禾冷链物流园项目，总投资3亿元。');
    expect(rels).toContain('LOCATED_IN Project:青禾冷链物流园项目 -> Place:钟管镇');
    expect(rels).not.toContain('LOCATED_IN Project:青禾冷链物流园项目 -> Place:新市镇');
  });

  it('works placed in a zone lie in the zone’s town too', () => {
    const rels = relations('德清县钟管镇召开推进会。位于青禾经济开发区的蓝湾精密装备项目开工建设。');
    expect(rels).toContain('LOCATED_IN Zone:青禾经济开发区 -> Place:钟管镇');
    expect(rels).toContain('LOCATED_IN Project:蓝湾精密装备项目 -> Zone:青禾经济开发区');
    expect(rels).toContain('LOCATED_IN Project:蓝湾精密装备项目 -> Place:钟管镇');
  });

  it('a statement of location (位于, 选址在) or a town in brackets after a name places it there', () => {
    const rels = relations(
      '德清县新市镇召开推进会。青禾现代农业园区位于钟管镇，蓝湾冷链物流园项目选址在德清县禹越镇。',
    );
    expect(rels).toContain('LOCATED_IN Zone:青禾现代农业园区 -> Place:钟管镇');
    expect(rels).toContain('LOCATED_IN Project:蓝湾冷链物流园项目 -> Place:禹越镇');
    const bracketed = relations('德清县新市镇召开推进会。青禾现代农业园区（钟管镇）与柳湾农业园区接壤。');
    expect(bracketed).toContain('LOCATED_IN Zone:青禾现代农业园区 -> Place:钟管镇');
    // The bracketed town is the first park's, not the host of the next.
    expect(bracketed).not.toContain('LOCATED_IN Zone:柳湾农业园区 -> Place:钟管镇');
  });

  it('a locative first clause (在某镇，走进某镇，) places the works reported after it', () => {
    const rels = relations(
      '德清县新市镇召开推进会。近日，在钟管镇，远帆冷链物流园项目正在加紧施工。走进禹越镇，蓝湾智能装备项目进入设备安装阶段。',
    );
    expect(rels).toContain('LOCATED_IN Project:远帆冷链物流园项目 -> Place:钟管镇');
    expect(rels).toContain('LOCATED_IN Project:蓝湾智能装备项目 -> Place:禹越镇');
  });

  it('a zone carrying its county’s full name is the county’s, even in a report on a town', () => {
    const rels = relations('德清县新市镇积极对接德清县经济开发区，完成投资2亿元。');
    expect(rels).toContain('LOCATED_IN Zone:德清县经济开发区 -> Place:德清县');
    expect(rels).not.toContain('LOCATED_IN Zone:德清县经济开发区 -> Place:新市镇');
  });
});

describe('projectParts', () => {
  it('a list after 即 makes each item a part of the project before it', () => {
    const s = sentenceOf('本次开工的青禾文旅融合项目，即青禾古镇民宿、青禾会议中心酒店2个项目是重点。');
    const parts = projectParts(s, [
      mention(s, 'Project', '青禾文旅融合项目'),
      mention(s, 'Project', '青禾古镇民宿'),
      mention(s, 'Project', '青禾会议中心酒店'),
    ]);
    expect(parts.map((p) => `${p.fromKey} -> ${p.toKey}`)).toEqual([
      'Project:青禾古镇民宿 -> Project:青禾文旅融合项目',
      'Project:青禾会议中心酒店 -> Project:青禾文旅融合项目',
    ]);
  });

  it('a part said to be a phase of a park is part of the park', () => {
    const s = sentenceOf('其中，蓝湾装备园为蓝湾现代产业园三期项目，总投资5亿元。');
    const parts = projectParts(s, [
      mention(s, 'Project', '蓝湾装备园'),
      mention(s, 'Project', '蓝湾现代产业园三期项目'),
      mention(s, 'Zone', '蓝湾现代产业园', s.text.indexOf('为')),
    ]);
    expect(parts.map((p) => `${p.fromKey} -> ${p.toKey}`)).toEqual([
      'Project:蓝湾装备园 -> Zone:蓝湾现代产业园',
    ]);
  });

  it('two projects merely named together are not parts of each other', () => {
    const s = sentenceOf('青禾古镇民宿、蓝湾装备园两个项目实现当年开工。');
    const parts = projectParts(s, [
      mention(s, 'Project', '青禾古镇民宿'),
      mention(s, 'Project', '蓝湾装备园'),
    ]);
    expect(parts).toEqual([]);
  });
});

describe('placesThroughZones', () => {
  const link = (from: string, to: string) => ({
    type: 'LOCATED_IN' as const,
    fromKey: from,
    toKey: to,
    properties: {},
    span: { sentenceIndex: 0, start: 0, end: 1 },
    rule: 'test',
    confidence: 0.7,
  });

  it('adds the zone’s place to works placed only in the zone, once', () => {
    const found = placesThroughZones(
      [
        link('Zone:青禾园', 'Place:钟管镇'),
        link('Project:甲', 'Zone:青禾园'),
        link('Project:乙', 'Zone:青禾园'),
        link('Project:乙', 'Place:新市镇'),
      ],
      null,
    );
    expect(found.map((r) => `${r.fromKey} -> ${r.toKey}`)).toEqual(['Project:甲 -> Place:钟管镇']);
  });

  it('a development zone named after a city lies in that city, not in the county the report is about', () => {
    const rels = relations('德清县组织代表参观湖州经济技术开发区，考察了园区企业。');
    expect(rels).toContain('LOCATED_IN Zone:湖州经济技术开发区 -> Place:湖州市');
    expect(rels).not.toContain('LOCATED_IN Zone:湖州经济技术开发区 -> Place:德清县');
  });
});
