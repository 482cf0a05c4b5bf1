import type { ExtractedFacts } from '../types';
import { seedDocument } from '../../tests/fixtures/place-sample-document';
import { contextOf, targetTestContext } from '../../tests/fixtures/target-test-context';
import { findQuantities } from './numbers';
import { classify } from './target-classify';
import { extractTargets } from './targets';

const NONE: ExtractedFacts = { entities: [], relations: [] };
const WUJIN = { place: '武进区', district: '武进区', city: '常州市' };

function targetsOf(text: string, known = NONE) {
  return extractTargets(targetTestContext(text, WUJIN), known);
}

describe('extractTargets', () => {
  it('seed 004: 明年新增学位8190个 is a 2024 goal of 武进区', () => {
    const facts = extractTargets(contextOf(seedDocument('004')), NONE);
    const t = facts.entities.find((e) => e.properties.value === 8190);
    expect(t?.properties).toMatchObject({ metric: '新增学位', unit: '个', year: 2024, change: 'LEVEL' });
    expect(t?.key).toBe('Target:Place:place:320412|新增学位|8190|2024');
    const link = facts.relations.find((r) => r.toKey === t?.key);
    expect(link).toMatchObject({ type: 'TARGETS', fromKey: 'Place:place:320412' });
    const values = facts.entities.map((e) => e.properties.value);
    expect(values).toEqual(
      expect.arrayContaining([2, 6, 130, 29000, 7, 200, 180, 630, 4100, 500, 100000, 26000, 16000, 2000]),
    );
  });

  it('keeps the hedge and whether it binds', () => {
    const [soft] = targetsOf('力争明年新增上市挂牌企业7家。').entities;
    expect(soft?.properties).toMatchObject({
      value: 7,
      unit: '家',
      qualifier: '力争',
      hard: false,
      year: 2024,
    });
    expect(soft?.rule).toBe('target.hedged-goal');
    const [hard] = targetsOf('确保明年粮食种植面积稳定在1.2万亩。').entities;
    expect(hard?.properties).toMatchObject({ value: 12000, unit: '亩', qualifier: '确保', hard: true });
  });

  it('目标 that introduces figures, 力保 and 冲刺 make goals; a goal met is a result', () => {
    const values = (text: string) => targetsOf(text).entities.map((e) => e.properties.value);
    expect(values('主要目标：招引亿元以上项目10个，新增市场主体500户。')).toEqual([10, 500]);
    expect(values('全年预期目标为：一般公共预算收入1.8亿元。')).toEqual([180000000]);
    const [floor] = targetsOf('力保规上工业增加值增长8%。').entities;
    expect(floor?.properties).toMatchObject({ value: 8, qualifier: '力保', hard: true });
    const [reach] = targetsOf('冲刺外贸出口5亿美元。').entities;
    expect(reach?.properties).toMatchObject({ value: 500000000, qualifier: '冲刺', hard: false });
    expect(values('围绕目标，全镇实现税收2.3亿元，完成预期目标的105%。')).toEqual([]);
  });

  it('a later clause marked as done ends the reach of an earlier hedge', () => {
    const values = targetsOf(
      '园区规划建设用地3000亩，现已完成一期开发，并先后引进企业26家，实现税收850万元。',
    ).entities.map((e) => e.properties.value);
    expect(values).not.toContain(26);
    expect(values).not.toContain(8500000);
    // The hedge's own clause may say 累计: 力争累计完成… is still a goal.
    expect(targetsOf('力争明年累计完成投资12亿元。').entities.map((e) => e.properties.value)).toEqual([
      1200000000,
    ]);
  });

  it('tells a change from a level', () => {
    const [growth, level] = targetsOf('明年一般公共预算收入增长6%左右，工业开票销售达到300亿元。').entities;
    expect(growth?.properties).toMatchObject({
      value: 6,
      unit: '%',
      change: 'CHANGE',
      qualifier: '左右',
      hard: false,
    });
    expect(level?.properties).toMatchObject({
      value: 30000000000,
      unit: '元',
      change: 'LEVEL',
      metric: '工业开票销售',
    });
  });

  it('splits enumerations and skips figures that only qualify a noun', () => {
    const facts = targetsOf('力争明年招引100亿元或10亿美元以上项目2个、30亿元或3亿美元以上项目6个。');
    expect(facts.entities.map((e) => [e.properties.value, e.properties.unit])).toEqual([
      [2, '个'],
      [6, '个'],
    ]);
    expect(facts.entities[1]?.properties.metric).toBe('30亿元或3亿美元以上项目');
  });

  it('resolves 到2025年 and five-year-plan deadlines', () => {
    const [a] = targetsOf('到2025年，全区高新技术企业达到1000家。').entities;
    expect(a?.properties.year).toBe(2025);
    const [b] = targetsOf('“十四五”期末，地区生产总值力争达到3000亿元。').entities;
    expect(b?.properties).toMatchObject({ year: 2025, value: 300000000000, metric: '地区生产总值' });
  });

  it('gives the goal to a project that opens its clause', () => {
    const text = '明年武进人民医院南院扩建项目预计新增1000张床位。';
    const ctx = targetTestContext(text, WUJIN);
    const start = text.indexOf('武进人民医院');
    const project = {
      key: 'Project:武进人民医院南院扩建项目',
      label: 'Project' as const,
      name: '武进人民医院南院扩建项目',
      aliases: [],
      properties: {},
      span: { sentenceIndex: 0, start, end: start + 12 },
      rule: 'project.suffix',
      confidence: 0.8,
    };
    const facts = extractTargets(ctx, { entities: [project], relations: [] });
    expect(facts.relations[0]).toMatchObject({
      fromKey: 'Project:武进人民医院南院扩建项目',
      type: 'TARGETS',
    });
    expect(facts.entities[0]?.properties).toMatchObject({ value: 1000, unit: '张', qualifier: '预计' });
  });

  it('leaves achieved figures and slogans alone', () => {
    expect(targetsOf('去年累计申报高新技术企业11家。').entities).toEqual([]);
    expect(targetsOf('明年全面落实“四个走在前”重大任务。').entities).toEqual([]);
  });
});

describe('extractTargets: project investments', () => {
  const project = (text: string, name: string) => {
    const start = text.indexOf(name);
    return {
      key: `Project:${name}`,
      label: 'Project' as const,
      name,
      aliases: [],
      properties: {},
      span: { sentenceIndex: 0, start, end: start + name.length },
      rule: 'project.suffix',
      confidence: 0.8,
    };
  };

  it('gives a stated investment to the project named before it', () => {
    const text = '启动新市古镇保护提升二期工程，计划投资5000万—8000万元。';
    const ctx = targetTestContext(text, { place: '新市镇', district: '德清县', city: '湖州市' });
    const facts = extractTargets(ctx, {
      entities: [project(text, '新市古镇保护提升二期工程')],
      relations: [],
    });
    expect(facts.entities[0]?.properties).toMatchObject({ value: 50000000, valueMax: 80000000, unit: '元' });
    expect(facts.relations[0]?.fromKey).toBe('Project:新市古镇保护提升二期工程');
  });

  it('leaves the investment of a list of projects to the place', () => {
    const text = '会议集中签约了甲项目、乙项目等5个项目，协议总投资86亿元。';
    const ctx = targetTestContext(text, WUJIN);
    const known = { entities: [project(text, '甲项目'), project(text, '乙项目')], relations: [] };
    expect(extractTargets(ctx, known).entities).toEqual([]);
  });

  it('does not count a capacity inside a project name', () => {
    const facts = targetsOf('明年推进年产2万吨高性能不锈钢无缝钢管项目建设，新增就业300人。');
    expect(facts.entities.map((e) => e.properties.value)).toEqual([300]);
  });

  it('a capacity after completion is a goal of the project just named, also after 该项目', () => {
    const name = '恒远电子元件产业园项目';
    const text = `${name}于三月开工。该项目建成后可实现年产值8亿元，提供就业岗位600个。`;
    const known: ExtractedFacts = {
      entities: [
        {
          key: `Project:${name}`,
          label: 'Project',
          name,
          aliases: [],
          properties: {},
          span: { sentenceIndex: 0, start: 0, end: name.length },
          rule: 'project.suffix',
          confidence: 0.8,
        },
      ],
      relations: [],
    };
    const facts = targetsOf(text, known);
    const values = facts.entities.map((e) => e.properties.value).sort((a, b) => Number(a) - Number(b));
    expect(values).toEqual([600, 800000000]);
    expect(new Set(facts.relations.map((r) => r.fromKey))).toEqual(new Set([`Project:${name}`]));
  });

  it('计划总投资 of a signed project is its size, not a goal; 年度计划投资 is', () => {
    const kindOf = (text: string) => {
      const sentence = { index: 0, text, start: 0, end: text.length, section: 'review' as const };
      const quantity = findQuantities(text)[0];
      if (!quantity) throw new Error(`no figure in ${text}`);
      return classify(sentence, { quantity, clause: { start: 0, end: text.length } }).kind;
    };
    expect(kindOf('光电项目签约落户，计划总投资6亿元。')).toBe('Indicator');
    // A programme named …计划 is no hedge; 争取到位资金 in a review is what was secured.
    expect(kindOf('落实制造业三年提升计划，全年新增智能车间5个。')).toBe('Indicator');
    expect(kindOf('争取到位上级资金2.1亿元。')).toBe('Indicator');
    expect(kindOf('力争新增智能车间5个。')).toBe('Target');
    expect(kindOf('重点项目年度计划投资12亿元。')).toBe('Target');
  });
});
