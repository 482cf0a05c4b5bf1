import { extractEnterprises } from './enterprises';
import { extractProgrammes } from './programmes';
import { extractProjects } from './projects';
import { extractRelations } from './relations';
import { extractZones } from './zones';
import { extractInstitutions } from './institutions';
import { testContext } from '../../tests/fixtures/name-test-context';
import { fixtureDocument } from '../../tests/fixtures/place-sample-document';
import { extractWithContext } from '.';
import type { ExtractedFacts } from '../types';

function relations(text: string) {
  const ctx = testContext(text, [
    { name: '柳溪镇', kind: 'TOWN', short: '柳溪' },
    { name: '东港村', kind: 'VILLAGE' },
    { name: '西港村', kind: 'VILLAGE' },
    { name: '苏州市', kind: 'CITY', short: '苏州' },
  ]);
  const parts = [
    extractZones(ctx),
    extractProjects(ctx),
    extractEnterprises(ctx),
    extractProgrammes(ctx),
    extractInstitutions(ctx),
  ];
  const known: ExtractedFacts = { entities: parts.flatMap((p) => p.entities), relations: [] };
  const found = extractRelations(ctx, known);
  return { rels: found.relations.map((r) => `${r.type} ${r.fromKey} -> ${r.toKey}`), extra: found.entities };
}

describe('extractRelations', () => {
  it('LOCATED_IN the zone or place named before in the clause, else the primary place', () => {
    const { rels } = relations(
      '柳溪镇加快建设滨河湿地公园项目，青枫科技产业园C区项目建设现场一派繁忙，东港村存量安置房改造项目顺利完成。',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'LOCATED_IN Project:滨河湿地公园项目 -> Place:柳溪镇',
        'LOCATED_IN Project:青枫科技产业园C区项目 -> Zone:青枫科技产业园',
        'LOCATED_IN Zone:青枫科技产业园 -> Place:柳溪镇',
        'LOCATED_IN Project:东港村存量安置房改造项目 -> Place:东港村',
      ]),
    );
  });

  it('OPERATED_BY: a project named after a known enterprise, or named like a company', () => {
    const { rels, extra } = relations(
      '宏达液压、康泰医疗等企业参展。宏达液压精密油缸、启明电子等6个项目竣工投产。',
    );
    expect(rels).toContain('OPERATED_BY Project:宏达液压精密油缸 -> Enterprise:宏达液压');
    expect(rels).toContain('OPERATED_BY Project:启明电子 -> Enterprise:启明电子');
    expect(extra.map((e) => e.key)).toContain('Enterprise:启明电子');
  });

  it('PARTNERS_WITH: the partners after 与 and a cooperation verb; the town when no subject is named', () => {
    const { rels } = relations(
      '柳溪镇进一步深化与苏大、南理工等院所合作。华星光学科技有限公司与中国银行签订战略合作协议。',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'PARTNERS_WITH Place:柳溪镇 -> Institution:苏大',
        'PARTNERS_WITH Place:柳溪镇 -> Institution:南理工',
        'PARTNERS_WITH Enterprise:华星光学科技有限公司 -> Enterprise:中国银行',
      ]),
    );
  });

  it('PARTICIPATES_IN: the place of the clause, else the primary place; PART_OF for a project in a programme clause', () => {
    const { rels } = relations('东港村落实“清风码”服务机制。柳溪镇以“美丽河湖”行动推进滨河湿地公园项目。');
    expect(rels).toContain('PARTICIPATES_IN Place:东港村 -> Programme:清风码');
    expect(rels).toContain('PART_OF Project:滨河湿地公园项目 -> Programme:“美丽河湖”行动');
  });

  it('OPERATED_BY: the company before the capacity of works listed without 项目', () => {
    const { rels } = relations(
      '柳溪镇实施青岚15万羽肉鸭加工、蓝屿20万千瓦储能电站等5000万元以上重点项目8个。',
    );
    expect(rels).toContain('OPERATED_BY Project:青岚15万羽肉鸭加工 -> Enterprise:青岚');
    expect(rels).toContain('OPERATED_BY Project:蓝屿20万千瓦储能电站 -> Enterprise:蓝屿');
  });

  it('OPERATED_BY: the brand before a middle dot runs the project', () => {
    const { rels, extra } = relations('签约引进星河·智车园超30亿元项目。');
    expect(rels).toContain('OPERATED_BY Project:星河·智车园 -> Enterprise:星河');
    expect(extra.map((e) => e.name)).toEqual(['星河']);
  });

  it('LOCATED_IN: a city at the head of a name is a brand; the document place is nearer', () => {
    const { rels } = relations('柳溪镇融入苏州青枫科技产业园建设。');
    expect(rels).toContain('LOCATED_IN Zone:苏州青枫科技产业园 -> Place:柳溪镇');
    expect(rels).not.toContain('LOCATED_IN Zone:苏州青枫科技产业园 -> Place:苏州市');
  });

  it('a project named after a company short name is also written with the full name', () => {
    const { extra } = relations('庐江瑞丰食品有限公司落户。瑞丰食品预制菜加工项目投资2亿元。');
    const project = extra.find((e) => e.label === 'Project');
    expect(project?.aliases).toContain('庐江瑞丰食品有限公司预制菜加工项目');
  });

  it('PART_OF between programmes when one is said to belong to the other', () => {
    const { rels } = relations('柳溪镇“红管家”行动是“清风柳溪”建设的重要组成部分。');
    expect(rels).toContain('PART_OF Programme:“红管家”行动 -> Programme:清风柳溪');
  });

  it('LOCATED_IN: a company named with its city lies in the village written before it, not the city', () => {
    const { rels } = relations('位于东港村3组的苏州市青柠农业发展有限公司项目，计划投资800万元。');
    expect(rels).toEqual(
      expect.arrayContaining([
        'LOCATED_IN Enterprise:苏州市青柠农业发展有限公司 -> Place:东港村',
        'LOCATED_IN Project:苏州市青柠农业发展有限公司项目 -> Place:东港村',
      ]),
    );
  });

  it('LOCATED_IN: villages written together before the name all host it', () => {
    const { rels } = relations('位于西港村和东港村的青柠农业发展有限公司项目，规划面积300亩。');
    expect(rels.filter((r) => r.startsWith('LOCATED_IN Project:'))).toEqual(
      expect.arrayContaining([
        'LOCATED_IN Project:青柠农业发展有限公司项目 -> Place:东港村',
        'LOCATED_IN Project:青柠农业发展有限公司项目 -> Place:西港村',
      ]),
    );
  });

  it('LOCATED_IN: the place a project comes from (从某地引进) does not host it', () => {
    const { rels } = relations('柳溪镇从苏州引进投资1亿元的青柠户外用品加工项目。');
    expect(rels).toContain('LOCATED_IN Project:青柠户外用品加工项目 -> Place:柳溪镇');
    expect(rels).not.toContain('LOCATED_IN Project:青柠户外用品加工项目 -> Place:苏州市');
  });

  it('LOCATED_IN: a locative opening the sentence places a project whose own name begins with a city', () => {
    const ctx = testContext('在柳溪镇东港村，苏州市青柠智能装备研发项目施工现场一片繁忙。', [
      { name: '柳溪镇', kind: 'TOWN', short: '柳溪' },
      { name: '东港村', kind: 'VILLAGE' },
      { name: '苏州市', kind: 'CITY', short: '苏州' },
    ]);
    ctx.places.city = ctx.places.places.find((p) => p.name === '苏州市') ?? null;
    const known: ExtractedFacts = { entities: extractProjects(ctx).entities, relations: [] };
    const rels = extractRelations(ctx, known).relations.map((r) => `${r.type} ${r.fromKey} -> ${r.toKey}`);
    expect(rels).toContain('LOCATED_IN Project:苏州市青柠智能装备研发项目 -> Place:东港村');
  });

  it('LOCATED_IN: a default to the primary place gives way to a place inside it named at another mention', () => {
    const doc = fixtureDocument(
      '武进区嘉泽镇召开项目推进会。投资2亿元的青柠粮油项目完成选址。嘉泽镇跃进村的青柠粮油项目已完成土地平整。',
    );
    const { facts, context } = extractWithContext(doc);
    const name = (key: string) => context.places.places.find((p) => p.key === key)?.name ?? key;
    const located = facts.relations
      .filter((r) => r.type === 'LOCATED_IN' && r.fromKey === 'Project:青柠粮油项目')
      .map((r) => name(r.toKey));
    expect(located).toContain('跃进村');
    expect(located).not.toContain('嘉泽镇');
  });

  it('LOCATED_IN: a locative opening the sentence after a dateline and byline', () => {
    const { rels } = relations(
      '本报讯 (记者 王某 通讯员 李某) 日前,在柳溪镇东港村,3个青枫小微企业创业园集体开工。',
    );
    expect(rels).toContain('LOCATED_IN Project:青枫小微企业创业园 -> Place:东港村');
  });

  it('a company of a town report lies in the town, unless it is a national group', () => {
    const { rels } = relations(
      '柳溪镇企业动态：恒远电气股份有限公司扩建厂房，中国建筑集团有限公司承建道路，上海华亭物流有限公司设立分仓。',
    );
    expect(rels).toContain('LOCATED_IN Enterprise:恒远电气股份有限公司 -> Place:柳溪镇');
    expect(rels.filter((r) => r.startsWith('LOCATED_IN Enterprise:中国建筑'))).toEqual([]);
  });
});
