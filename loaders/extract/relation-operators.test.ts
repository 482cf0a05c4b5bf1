import { extractDocument } from '..';
import type { EntityMention, Sentence } from '../types';
import { operatorsByVerb } from './relation-operators';
import { testMention } from '../../tests/fixtures/test-mention';

function sentenceOf(text: string): Sentence {
  return { index: 0, start: 0, end: text.length, text, section: 'other' };
}

/** Hand-made mentions: the verb frames read only labels, names, spans and the sentence. */
function mention(s: Sentence, label: 'Project' | 'Enterprise', name: string): EntityMention {
  return testMention(label, name, { sentenceIndex: 0, start: s.text.indexOf(name), confidence: 1 });
}

function links(s: Sentence, names: [label: 'Project' | 'Enterprise', name: string][]): string[] {
  return operatorsByVerb(
    s,
    names.map(([label, name]) => mention(s, label, name)),
  ).map((r) => `${r.fromKey} -> ${r.toKey}`);
}

describe('operatorsByVerb', () => {
  it('由 a company 投资 an amount 的 works, and each item of such a list, names who invests', () => {
    const s = sentenceOf('由青禾建工投资40亿元的城市更新PPP项目、远帆集团投资30亿元的光伏大棚项目正式签约。');
    expect(
      links(s, [
        ['Enterprise', '青禾建工'],
        ['Project', '城市更新PPP项目'],
        ['Enterprise', '远帆集团'],
        ['Project', '光伏大棚项目'],
      ]).sort(),
    ).toEqual([
      'Project:光伏大棚项目 -> Enterprise:远帆集团',
      'Project:城市更新PPP项目 -> Enterprise:青禾建工',
    ]);
  });

  it('分别: each company of a signing list signs for the works of the same rank', () => {
    const s = sentenceOf(
      '县长与远帆实业有限公司、青禾新材料有限公司分别签订了远帆箱包生产项目、青禾光伏背板生产项目。',
    );
    expect(
      links(s, [
        ['Enterprise', '远帆实业有限公司'],
        ['Enterprise', '青禾新材料有限公司'],
        ['Project', '远帆箱包生产项目'],
        ['Project', '青禾光伏背板生产项目'],
      ]).sort(),
    ).toEqual([
      'Project:远帆箱包生产项目 -> Enterprise:远帆实业有限公司',
      'Project:青禾光伏背板生产项目 -> Enterprise:青禾新材料有限公司',
    ]);
  });

  it('由 a company 投资建设的 works: the works the 的 goes on to name are that company’s', () => {
    const s = sentenceOf('由远帆实业有限公司投资建设的青禾生猪养殖产业园项目，计划投资5亿元。');
    expect(
      links(s, [
        ['Enterprise', '远帆实业有限公司'],
        ['Project', '青禾生猪养殖产业园项目'],
      ]),
    ).toEqual(['Project:青禾生猪养殖产业园项目 -> Enterprise:远帆实业有限公司']);
  });

  it('由 a company 投资建设: the works before 由 are that company’s', () => {
    const s = sentenceOf('青禾冷链物流园由远帆实业有限公司投资建设，总投资3亿元。');
    expect(
      links(s, [
        ['Project', '青禾冷链物流园'],
        ['Enterprise', '远帆实业有限公司'],
      ]),
    ).toEqual(['Project:青禾冷链物流园 -> Enterprise:远帆实业有限公司']);
  });

  it('与 a list of companies 签约 a project: every company of the list signs for it', () => {
    const s = sentenceOf(
      '青禾区与远帆投资集团、蓝湾生物科技有限公司签约的生物医药产业基地项目，总投资5亿元。',
    );
    expect(
      links(s, [
        ['Enterprise', '远帆投资集团'],
        ['Enterprise', '蓝湾生物科技有限公司'],
        ['Project', '生物医药产业基地项目'],
      ]).sort(),
    ).toEqual([
      'Project:生物医药产业基地项目 -> Enterprise:蓝湾生物科技有限公司',
      'Project:生物医药产业基地项目 -> Enterprise:远帆投资集团',
    ]);
  });

  it('a company listed after another without 与 signs for nothing', () => {
    const s = sentenceOf('远帆投资集团、蓝湾生物科技有限公司签约的生物医药产业基地项目已开工。');
    expect(
      links(s, [
        ['Enterprise', '远帆投资集团'],
        ['Enterprise', '蓝湾生物科技有限公司'],
        ['Project', '生物医药产业基地项目'],
      ]).filter((l) => l.includes('远帆投资集团')),
    ).toEqual([]);
  });

  it('a company as subject of 投资/建设 runs the works it builds', () => {
    const s = sentenceOf('今年，蓝湾智能装备有限公司计划投资2亿元建设蓝湾智造产业园。');
    expect(
      links(s, [
        ['Enterprise', '蓝湾智能装备有限公司'],
        ['Project', '蓝湾智造产业园'],
      ]),
    ).toEqual(['Project:蓝湾智造产业园 -> Enterprise:蓝湾智能装备有限公司']);
  });

  it('a company that is partnered or listed beside the works runs nothing; one signed for them invests', () => {
    const partnered = sentenceOf('新市镇与蓝湾食品有限公司合作推进冷链仓储中心。');
    expect(
      links(partnered, [
        ['Enterprise', '蓝湾食品有限公司'],
        ['Project', '冷链仓储中心'],
      ]),
    ).toEqual([]);
    const signed = sentenceOf('新市镇与蓝湾食品有限公司签约冷链仓储中心。');
    expect(
      links(signed, [
        ['Enterprise', '蓝湾食品有限公司'],
        ['Project', '冷链仓储中心'],
      ]),
    ).toEqual(['Project:冷链仓储中心 -> Enterprise:蓝湾食品有限公司']);
    const listed = sentenceOf('目前，远帆种植专业合作社农田建设、青禾秸秆颗粒厂扩建等进展顺利。');
    expect(
      links(listed, [
        ['Enterprise', '远帆种植专业合作社'],
        ['Project', '青禾秸秆颗粒厂扩建'],
      ]),
    ).toEqual([]);
  });

  it('reads the 由 frame end to end', () => {
    const { records } = extractDocument({
      name: 'operators.txt',
      bytes: new TextEncoder().encode(
        '德清县新市镇青禾冷链物流园项目由德清远帆实业有限公司投资建设，总投资3亿元。',
      ),
    });
    const name = new Map(records.nodes.map((n) => [n.id, n.name]));
    const operated = records.relationships
      .filter((r) => r.type === 'OPERATED_BY')
      .map((r) => `${name.get(r.from)} -> ${name.get(r.to)}`);
    expect(operated).toContain('德清县新市镇青禾冷链物流园项目 -> 德清远帆实业有限公司');
  });

  it('该项目由 a company 投资建设 and a company 运营该项目: the works just named, in this sentence or the one before', () => {
    const operated = (text: string) => {
      const { records } = extractDocument({ name: 'back.txt', bytes: new TextEncoder().encode(text) });
      const name = new Map(records.nodes.map((n) => [n.id, n.name]));
      return records.relationships
        .filter((r) => r.type === 'OPERATED_BY')
        .map((r) => `${name.get(r.from)} -> ${name.get(r.to)}`);
    };
    expect(
      operated('新市镇青禾冷链物流园项目开工。该项目由德清远帆实业有限公司投资建设，总投资3亿元。'),
    ).toContain('新市镇青禾冷链物流园项目 -> 德清远帆实业有限公司');
    expect(operated('打造枫林智慧物流产业园项目，并成立远帆投资有限公司运营该项目。')).toContain(
      '枫林智慧物流产业园项目 -> 远帆投资有限公司',
    );
    // The other party of a signing invests in the works signed for; a bank signs to lend.
    expect(operated('柳溪镇与远帆科技有限公司签约新能源电池项目。')).toContain(
      '新能源电池项目 -> 远帆科技有限公司',
    );
    expect(operated('柳溪镇与中国农业银行签订滨河公园项目贷款协议。')).toEqual([]);
    // The company in brackets right after the works.
    expect(operated('新开工的青禾冷链物流园项目（远帆实业有限公司）进展顺利。')).toContain(
      '青禾冷链物流园项目 -> 远帆实业有限公司',
    );
    // No works named before: nothing to refer back to.
    expect(operated('该项目由德清远帆实业有限公司投资建设。')).toEqual([]);
  });
});

describe('a project named by the brand of a registered company', () => {
  it('is that company’s, and makes no second company of the brand', () => {
    const { records } = extractDocument({
      name: 'core.txt',
      bytes: new TextEncoder().encode(
        '德清县钟管镇今年签约杭州拉帕索餐饮设备有限公司，拉帕索项目总投资1亿元，将于年内开工。',
      ),
    });
    const name = new Map(records.nodes.map((n) => [n.id, n.name]));
    const operated = records.relationships
      .filter((r) => r.type === 'OPERATED_BY')
      .map((r) => `${name.get(r.from)} -> ${name.get(r.to)}`);
    expect(operated).toEqual(['拉帕索项目 -> 杭州拉帕索餐饮设备有限公司']);
  });
});

describe('operatorsByVerb: a company signing with a government', () => {
  it('a company opening the clause and signing with a government invests in every works named after the verb', () => {
    const s = sentenceOf('青岚能源与柳溪县政府签署东坪风电项目、西坪储能电站项目投资协议。');
    expect(
      links(s, [
        ['Enterprise', '青岚能源'],
        ['Project', '东坪风电项目'],
        ['Project', '西坪储能电站项目'],
      ]).sort(),
    ).toEqual([
      'Project:东坪风电项目 -> Enterprise:青岚能源',
      'Project:西坪储能电站项目 -> Enterprise:青岚能源',
    ]);
  });

  it('a company signing with another company is not the subject rule’s', () => {
    const s = sentenceOf('青岚能源与蓝湾实业签署东坪风电项目合作协议。');
    expect(
      links(s, [
        ['Enterprise', '青岚能源'],
        ['Enterprise', '蓝湾实业'],
        ['Project', '东坪风电项目'],
      ]),
    ).not.toContain('Project:东坪风电项目 -> Enterprise:青岚能源');
  });
});
