import type { DocumentContext, ExtractedFacts } from '../types';
import { knownEntities, newsTestContext, targetTestContext } from '../../tests/fixtures/target-test-context';
import { extractIndicators } from './indicators';
import { findQuantities } from './numbers';
import { isDescriptive } from './target-descriptive';
import { extractTargets } from './targets';

/** Sentences written for these tests; the towns are real, projects and figures invented. */
const WUJIN = { place: '湖塘镇', district: '武进区', city: '常州市' };

/** A news context in the town above. */
const news = (text: string, publishedAt = '2023-12-20'): DocumentContext =>
  newsTestContext(text, WUJIN, publishedAt);

/** value → owner key, for goals or results. */
function figures(facts: ExtractedFacts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of facts.entities) {
    const link = facts.relations.find((r) => r.toKey === e.key);
    out[`${e.properties.value}${e.properties.unit}`] = link?.fromKey.startsWith('Project:')
      ? link.fromKey
      : 'place';
  }
  return out;
}

describe('what a project will bring', () => {
  it('keeps every later item of a capacity a goal', () => {
    const name = '青禾纺织扩产项目';
    const ctx = news(`${name}开工后，可带动新增产值20亿元，新增利税2亿元，新增就业800人。`);
    const known = knownEntities(ctx, 'Project', [name], 'project.suffix');
    expect(figures(extractTargets(ctx, known))).toEqual({
      '2000000000元': `Project:${name}`,
      '200000000元': `Project:${name}`,
      '800人': `Project:${name}`,
    });
    expect(extractIndicators(ctx, known).entities).toEqual([]);
  });

  it('stops the capacity at a clause that reports what is done', () => {
    const ctx = news('新厂可带动新增就业500人，目前已吸纳就业120人。');
    expect(Object.keys(figures(extractTargets(ctx, { entities: [], relations: [] })))).toEqual(['500人']);
  });

  it('reads a project’s output before a completion still ahead as a goal', () => {
    const name = '东湖精工装备项目';
    const ctx = news(`${name}总投资6亿元，年产值12亿元，带动就业300人，预计于2025年6月建成投产。`);
    const known = knownEntities(ctx, 'Project', [name], 'project.suffix');
    expect(figures(extractTargets(ctx, known))).toEqual({
      '1200000000元': `Project:${name}`,
      '300人': `Project:${name}`,
    });
    expect(figures(extractIndicators(ctx, known))).toEqual({ '600000000元': `Project:${name}` });
  });

  it('reads the capacity of a line a project builds (建设年产…生产线一条) as a goal', () => {
    const name = '青禾纺织扩产项目';
    const ctx = news(`${name}主要建设年产3万吨无纺布生产线一条及配套设施，将于明年建成。`);
    expect(figures(extractTargets(ctx, knownEntities(ctx, 'Project', [name], 'project.suffix')))).toEqual({
      '30000吨': `Project:${name}`,
    });
  });

  it('leaves the output of a project already running a result', () => {
    const name = '东湖精工装备项目';
    const ctx = news(`${name}已于今年5月建成投产，年产值12亿元。`);
    expect(extractTargets(ctx, knownEntities(ctx, 'Project', [name], 'project.suffix')).entities).toEqual([]);
  });
});

describe('the owner of a project’s goals', () => {
  it('gives the goals to a project named after 的 in an earlier clause', () => {
    const name = '石门光伏组件项目';
    const ctx = news(`园区去年开工建设的${name}，建成后年可实现产值3亿元。`);
    expect(figures(extractTargets(ctx, knownEntities(ctx, 'Project', [name], 'project.suffix')))).toEqual({
      '300000000元': `Project:${name}`,
    });
  });

  it('does not give them to a name after a copula', () => {
    const name = '青禾纺织扩产项目';
    const other = '纺织产业链配套项目';
    const ctx = news(`${name}总投资5亿元，为${other}，年产值10亿元，预计2025年建成。`);
    expect(
      figures(extractTargets(ctx, knownEntities(ctx, 'Project', [name, other], 'project.suffix'))),
    ).toEqual({
      '1000000000元': `Project:${name}`,
    });
  });

  it('reads a bare 项目 opening a sentence on its completion as the project just named', () => {
    const name = '石门光伏组件项目';
    const ctx = news(`${name}总投资3亿元。项目建成投产后，年上缴税收2000万元。`);
    expect(figures(extractTargets(ctx, knownEntities(ctx, 'Project', [name], 'project.suffix')))).toEqual({
      '20000000元': `Project:${name}`,
    });
  });
});

describe('the city above a district', () => {
  it('gives a figure of 我市 in a district’s news to the city', () => {
    const ctx = targetTestContext('武进区举行项目集中开工活动，我市本季度新开工项目26个。', {
      place: '武进区',
      district: '武进区',
      city: '常州市',
    });
    const facts = extractIndicators(ctx, { entities: [], relations: [] });
    const city = ctx.places.places.find((p) => p.name === '常州市');
    expect(facts.relations.map((r) => r.fromKey)).toEqual([city?.key]);
  });
});

describe('estimates of a result outside a review', () => {
  it('reads an estimate measured against the plan as a result', () => {
    const ctx = news('湖塘镇预计完成固定资产投资8.2亿元，完成年度任务的105%。');
    expect(extractTargets(ctx, { entities: [], relations: [] }).entities).toEqual([]);
    expect(Object.keys(figures(extractIndicators(ctx, { entities: [], relations: [] })))).toEqual([
      '820000000元',
      '105%',
    ]);
  });

  it('reads 可 in an estimate of the year or half-year as no capacity', () => {
    const ctx = news('湖塘镇预计全年可新增规上企业9家，其中工业企业4家、服务业企业5家。');
    expect(extractTargets(ctx, { entities: [], relations: [] }).entities).toEqual([]);
    const half = news('预计1—6月份，湖塘镇可实现地方税收8600万元。');
    expect(extractTargets(half, { entities: [], relations: [] }).entities).toEqual([]);
    expect(extractIndicators(half, { entities: [], relations: [] }).entities).toHaveLength(1);
  });

  it('reads an estimate of a past year as a result', () => {
    const ctx = news('2023年湖塘镇预计完成规上工业产值30亿元。', '2024-01-15');
    expect(extractTargets(ctx, { entities: [], relations: [] }).entities).toEqual([]);
  });

  it('keeps an estimate of what a project can bring a goal', () => {
    const ctx = news('湖塘镇新签约项目投产后，预计可实现年销售收入5亿元，完成年度任务后再扩产。');
    expect(extractTargets(ctx, { entities: [], relations: [] }).entities).toHaveLength(1);
  });
});

describe('results in the plan part of a report', () => {
  it('reads a result verb after a clause marked as done as a result', () => {
    const c0 = targetTestContext('2023年园区入驻企业已达42家，实现产值18亿元。', WUJIN);
    const sentences = c0.doc.sentences.map((s) => ({ ...s, section: 'plan' as const }));
    const ctx = { ...c0, referenceYear: null, doc: { ...c0.doc, sentences, publishedAt: null } };
    expect(extractTargets(ctx, { entities: [], relations: [] }).entities).toEqual([]);
  });
});

describe('a list named as the goal a body set', () => {
  it('reads every item before 目标 as a goal, with the measure alone as metric', () => {
    const ctx = news(
      '一季度湖塘镇实现财政总收入5200万元，为实现今年镇里提出的财政总收入1.8亿、一般预算收入6300万元目标打下基础。',
    );
    const none = { entities: [], relations: [] };
    expect(extractTargets(ctx, none).entities.map((e) => [e.properties.metric, e.properties.value])).toEqual([
      ['财政总收入', 180000000],
      ['一般预算收入', 63000000],
    ]);
    expect(extractIndicators(ctx, none).entities.map((e) => e.properties.value)).toEqual([52000000]);
  });

  it('leaves results that met the goal results', () => {
    const ctx = news('全年完成财政收入3亿元、税收2亿元，完成年度目标。');
    expect(extractTargets(ctx, { entities: [], relations: [] }).entities).toEqual([]);
  });
});

describe('units and descriptions', () => {
  it('reads 美金 as dollars', () => {
    expect(findQuantities('实际利用外资3200万美金')[0]).toMatchObject({ value: 32000000, unit: '美元' });
  });

  it('reads a round order of magnitude with no digit (上万个) and leaves 唯一 and idioms alone', () => {
    expect(findQuantities('可提供就业岗位上万个')[0]).toMatchObject({
      value: 10000,
      unit: '个',
      qualifier: '上',
    });
    expect(findQuantities('区内唯一一家三甲医院')).toEqual([]);
    expect(findQuantities('晚上万家灯火')).toEqual([]);
  });

  it('leaves the make-up of a town out (辖11个行政村、2个社区)', () => {
    expect(isDescriptive('辖行政村')).toBe(true);
    expect(isDescriptive('社区')).toBe(true);
    expect(isDescriptive('幅员面积')).toBe(true);
    expect(isDescriptive('辖区规上企业新增')).toBe(false);
  });

  it('leaves a project’s footprint out', () => {
    expect(isDescriptive('占地')).toBe(true);
    expect(isDescriptive('总用地')).toBe(true);
    expect(isDescriptive('新增用地')).toBe(false);
  });
});
