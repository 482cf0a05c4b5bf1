import type { EntityMention, ExtractedFacts } from '../types';
import { assignMetrics } from './assign-metrics';
import { matchMetric } from './match-metric';

const key = (metric: string, unit: string, projectSubject = false): string | null =>
  matchMetric({ metric, value: 100, unit, projectSubject })?.entry.key ?? null;

/** One figure of `text`, its span on `quantity` (the n-th occurrence when asked). */
function figureIn(
  text: string,
  metric: string,
  quantity: string,
  value: number,
  unit: string,
  nth = 0,
): EntityMention {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = text.indexOf(quantity, start + 1);
  return {
    key: `f${start}`,
    label: 'Indicator',
    name: `${metric} ${quantity}`,
    aliases: [],
    properties: {
      metric,
      value,
      unit,
      text: text.slice(Math.max(0, start - metric.length), start + quantity.length + 12),
    },
    span: { sentenceIndex: 0, start, end: start + quantity.length },
    rule: 'indicator.test',
    confidence: 0.8,
  };
}
const only = (...entities: EntityMention[]): ExtractedFacts => ({ entities, relations: [] });
const keysOf = (out: ExtractedFacts): unknown[] => out.entities.map((e) => e.properties.metricKey);

describe('matchMetric: projects, their events and their yearly figures', () => {
  it('reads online signing, talks under way and a verb of pushing as the plain event', () => {
    expect(key('云签约项目', '个')).toBe('projects.signed');
    expect(key('正在对接洽谈项目', '个')).toBe('projects.negotiating');
    expect(key('推动亿元以上项目签约', '个')).toBe('projects.100m');
    expect(key('参加此次集中签约的项目', '个')).toBe('projects.signed');
  });

  it('reads a subset counted among projects, and a closing adverb, as the subset', () => {
    expect(key('落户项目中超亿元项目就', '个')).toBe('projects.100m');
  });

  it('drops an enumeration of two projects (一个是…) before their total investment', () => {
    expect(key('一个是总投资', '亿元', true)).toBe('investment.project-total');
  });

  it("reads a company's investment in what it builds as the project's total investment", () => {
    expect(key('青禾新能源科技有限公司投资', '亿元')).toBe('investment.project-total');
    // A group of firms is not one company.
    expect(key('规上工业企业投资', '亿元')).not.toBe('investment.project-total');
  });

  it("reads a project's tax and output once built as its yearly figures, a town's bare yearly output as no project's", () => {
    expect(key('项目建成后可实现税收', '亿元')).toBe('project.annual-tax');
    expect(key('项目达产后年可实现产值', '亿元')).toBe('project.annual-output');
    expect(key('税收', '万元', true)).toBe('project.annual-tax');
    expect(key('年实现产值', '亿元')).not.toBe('project.annual-output');
    expect(key('年产值', '亿元', true)).toBe('project.annual-output');
  });

  it('reads a designed capacity, a capacity after a verb of building and a widened area', () => {
    expect(key('设计养老床位', '张')).toBe('elderly.beds');
    expect(key('建设年产量', '万吨')).toBe('project.capacity');
    expect(key('年可生产各类新型建材', '万吨')).toBe('project.capacity');
    expect(key('扩大高山白茶种植面积', '亩')).toBe('tea.area');
    expect(key('油茶种植面积', '亩')).toBe('forest.camellia');
  });

  it("reads the households' gain after who is led to it", () => {
    expect(key('带动果农户均增收', '元')).toBe('households.income-gain');
  });

  it('reads trips to attract investment wherever they went', () => {
    expect(key('书记带队赴杭州、宁波等地开展招商', '次')).toBe('investment-trips');
    expect(key('深入珠三角等地外出招商调研', '次')).toBe('investment-trips');
    expect(key('招商引资', '亿元')).toBe('investment.attracted');
  });

  it('reads the villages counted before their collective income as the income, a bound of every village as none', () => {
    expect(key('行政村村集体经济总收入', '万元')).toBe('village.collective-income');
    expect(key('所有村集体经营性收入', '万元')).toBeNull();
  });

  it('leaves a share whose part was named before it, but not a site area (占地)', () => {
    expect(key('占全县规上工业产值的比重', '%')).toBeNull();
    expect(key('占地面积', '亩')).toBe('land.planned');
  });

  it('keeps revitalised factory floor apart from new standard factory floor', () => {
    expect(key('盘活厂房', '平方米')).not.toBe('building.factory-area');
    expect(key('新建标准厂房', '平方米')).toBe('building.factory-area');
  });

  it('keeps the electricity of the above-scale industry apart from all industry', () => {
    expect(key('规上工业用电量', '度')).toBe('electricity.industrial.above-scale');
    expect(key('规上工业用电量增长', '%')).toBe('electricity.industrial.above-scale.growth');
    expect(key('工业用电量', '万千瓦时')).toBe('electricity.industrial');
  });
});

describe('assignMetrics: a bare total after a count of projects', () => {
  it('reads the total of the projects counted just before it as the group total', () => {
    const text =
      '三月,青禾县签约项目12个,总投资56亿元;计划开工项目30个,总投资88亿元,全年引进项目7个,总投资9亿元。';
    const out = assignMetrics(
      only(
        figureIn(text, '总投资', '56亿元', 5.6e9, '元'),
        figureIn(text, '总投资', '88亿元', 8.8e9, '元'),
        figureIn(text, '总投资', '9亿元', 9e8, '元'),
      ),
      text,
    );
    expect(keysOf(out)).toEqual([
      'investment.signed',
      'investment.started-projects',
      'investment.introduced-projects',
    ]);
  });

  it("leaves a project's own total (followed by 的) and a total after no count alone", () => {
    const text = '签约项目3个,总投资5亿元的青禾物流园项目落地。青禾镇总投资8亿元。';
    const out = assignMetrics(
      only(figureIn(text, '总投资', '5亿元', 5e8, '元'), figureIn(text, '总投资', '8亿元', 8e8, '元')),
      text,
    );
    expect(keysOf(out)).toEqual(['investment.project-total', 'investment.project-total']);
  });

  it('gives no key to a figure that bounds a group (纳税超百万元的企业)', () => {
    const text = '全镇纳税超百万元的企业达到9家,全年完成税收3亿元。';
    const out = assignMetrics(
      only(figureIn(text, '纳税', '百万元', 1e6, '元'), figureIn(text, '完成税收', '3亿元', 3e8, '元')),
      text,
    );
    expect(keysOf(out)).toEqual([null, 'revenue.tax']);
  });

  it('reads the projects counted after a name closed by 等, or after a verb closed by 的', () => {
    const text = '青禾智造产业园等6个项目开工建设,参加签约的4个项目中,亿元以上的有2个。';
    const out = assignMetrics(
      only(
        figureIn(text, '青禾智造产业园提升等', '6个', 6, '个'),
        figureIn(text, '参加签约的', '4个', 4, '个'),
      ),
      text,
    );
    expect(keysOf(out)).toEqual(['projects.started', 'projects.signed']);
  });
});
