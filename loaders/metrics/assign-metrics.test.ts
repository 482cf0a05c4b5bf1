import type { EntityMention, ExtractedFacts } from '../types';
import { assignMetrics } from './assign-metrics';

function figure(options: {
  key: string;
  metric: string;
  value: number;
  unit: string;
  text: string;
}): EntityMention {
  return {
    key: options.key,
    label: 'Target',
    name: `${options.metric} ${options.text.match(/[\d.]+[万亿]?[^\d、，。]?/)?.[0] ?? ''}`,
    aliases: [],
    properties: {
      metric: options.metric,
      value: options.value,
      unit: options.unit,
      year: 2023,
      text: options.text,
    },
    span: { sentenceIndex: 0, start: 0, end: 1 },
    rule: 'target.hedged-goal',
    confidence: 0.8,
  };
}

function facts(...entities: EntityMention[]): ExtractedFacts {
  return {
    entities,
    relations: entities.map((e) => ({
      type: 'TARGETS' as const,
      fromKey: 'Place:某镇',
      toKey: e.key,
      properties: {},
      span: e.span,
      rule: e.rule,
      confidence: e.confidence,
    })),
  };
}

describe('assignMetrics', () => {
  it('gives known metrics a key and the canonical figure, and keeps the metric as written', () => {
    const out = assignMetrics(
      facts(
        figure({
          key: 'a',
          metric: '建设高标准农田',
          value: 200,
          unit: '公顷',
          text: '建设高标准农田200公顷',
        }),
      ),
    );
    expect(out.entities[0]?.properties).toMatchObject({
      metric: '建设高标准农田',
      value: 200,
      unit: '公顷',
      metricKey: 'farmland.high-standard',
      normValue: 3000,
      normUnit: '亩',
    });
  });

  it("reads a project's bare 投资 as its total investment, and a place's as nothing", () => {
    const ofProject = figure({
      key: 'p',
      metric: '投资',
      value: 3e9,
      unit: '元',
      text: '投资30亿元的物流园项目',
    });
    const ofPlace = figure({ key: 'q', metric: '投资', value: 5e9, unit: '元', text: '全年投资50亿元' });
    const project: EntityMention = {
      ...ofProject,
      key: 'Project:物流园项目',
      label: 'Project',
      properties: {},
    };
    const input = facts(ofProject, ofPlace);
    input.entities.push(project);
    input.relations[0] = { ...input.relations[0]!, fromKey: project.key };
    const out = assignMetrics(input);
    const keyOf = (k: string): unknown => out.entities.find((e) => e.key === k)?.properties.metricKey;
    expect(keyOf('p')).toBe('investment.project-total');
    expect(keyOf('q')).toBeNull();
  });

  it('leaves an unknown metric without a key', () => {
    const out = assignMetrics(
      facts(figure({ key: 'a', metric: '经验交流', value: 2, unit: '次', text: '经验交流2次' })),
    );
    expect(out.entities[0]?.properties.metricKey).toBeNull();
    expect(out.entities[0]?.properties.normValue).toBeUndefined();
  });

  it('drops a bare verb with its relations, and takes the counted noun after a list of names', () => {
    const bare = figure({
      key: 'bare',
      metric: '完成投资',
      value: 5.3e9,
      unit: '元',
      text: '争取完成投资53亿元',
    });
    const list = figure({
      key: 'list',
      metric: '甲公司、乙公司等',
      value: 16,
      unit: '个',
      text: '推进甲公司、乙公司等16个新建项目早日开工',
    });
    list.name = '甲公司、乙公司等 16个';
    const lone = figure({
      key: 'lone',
      metric: '甲路、乙路等',
      value: 6,
      unit: '条',
      text: '有序推进甲路、乙路等6条',
    });
    lone.name = '甲路、乙路等 6条';
    const out = assignMetrics(facts(bare, list, lone));
    expect(out.entities.map((e) => e.key)).toEqual(['list']);
    expect(out.entities[0]).toMatchObject({ name: '新建项目 16个', properties: { metric: '新建项目' } });
    expect(out.relations.map((r) => r.toKey)).toEqual(['list']);
  });
});
