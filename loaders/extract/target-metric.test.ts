import type { ExtractedFacts } from '../types';
import { assignMetrics } from '../metrics/assign-metrics';
import { extractIndicators } from './indicators';
import { findQuantities } from './numbers';
import { metricOf } from './target-metric';
import { targetTestContext } from '../../tests/fixtures/target-test-context';

const NONE: ExtractedFacts = { entities: [], relations: [] };
const TOWN = { place: '青禾镇', district: '南溪区', city: '云岭市' };

/** [metric, value, metricKey] of the indicators extracted from one invented sentence. */
function indicators(sentence: string, date = '2024-12-20'): [unknown, unknown, unknown][] {
  const facts = assignMetrics(extractIndicators(targetTestContext(sentence, TOWN, date), NONE));
  return facts.entities.map((e) => [e.properties.metric, e.properties.value, e.properties.metricKey]);
}

describe('the metric cut before a figure', () => {
  it('drops an enumeration marker and a date inside the words', () => {
    expect(indicators('二是全年税收收入约2.4亿元。')).toContainEqual(['税收收入', 240000000, 'revenue.tax']);
    expect(indicators('一是规上工业产值继2022年突破40亿元之后再创新高。')).toContainEqual([
      '规上工业产值',
      4000000000,
      'industry.output.above-scale',
    ]);
  });

  it("drops the report's voice, plan verbs and their aspect particle", () => {
    expect(indicators('我们已经发展茶叶基地1.2万余亩。')).toContainEqual([
      '发展茶叶基地',
      12000,
      expect.any(String),
    ]);
    expect(indicators('本次活动集中签约项目6个。')).toContainEqual(['集中签约项目', 6, 'projects.signed']);
    expect(indicators('全县谋划实施了总投资120亿元的重点项目45个。')).toContainEqual([
      '重点项目总投资',
      12000000000,
      expect.stringMatching(/^investment\./),
    ]);
  });

  it('drops the count of another noun inside the words and the start of a change', () => {
    const [metric] =
      indicators('青禾产业园入驻5家企业总投资3.6亿元。').find(([, v]) => v === 360000000) ?? [];
    expect(metric).toBe('青禾产业园入驻企业总投资');
    expect(indicators('区级以上重点项目总投资从120亿元增至260亿元。')).toContainEqual([
      '区级以上重点项目总投资',
      26000000000,
      'investment:区级以上重点项目总投资',
    ]);
  });

  it('gives a bare change after a comparison, and a bare share of the plan, to the metric before', () => {
    expect(indicators('争取到位上级资金5.2亿元，较上年增长8.3%。')).toContainEqual([
      '到位上级资金增长',
      8.3,
      'funds.higher-level.growth',
    ]);
    expect(indicators('工业投资4.1亿元，完成全年任务103.2%。')).toContainEqual([
      '工业投资完成全年任务',
      103.2,
      'investment.industrial.plan-share',
    ]);
  });

  it('gives a change shared by two metrics (均增长) to both', () => {
    const keys = indicators('全口径财政收入9.2亿元，一般公共预算收入5.1亿元，均增长6%。')
      .filter(([, v]) => v === 6)
      .map(([, , k]) => k);
    expect(keys).toEqual(['revenue.fiscal-total.growth', 'revenue.public-budget.growth']);
  });

  it('leaves two changes stated together (分别增长) to no single metric', () => {
    const keys = indicators('新开工项目12个，完成投资8.5亿元，分别增长20%和35%。')
      .filter(([, v]) => v === 20 || v === 35)
      .map(([, , k]) => k);
    expect(keys).toEqual([null, null]);
  });

  it('reads names listed before their noun as the verb and the noun after 等', () => {
    expect(indicators('全年签约甲乙新材料、丙丁智造产业园等优质项目18个。')).toContainEqual([
      '签约优质项目',
      18,
      'projects:签约优质项目',
    ]);
  });

  it('keeps 签约 whole before a count', () => {
    expect(findQuantities('集中签约3个项目')[0]).toMatchObject({ value: 3, qualifier: null, text: '3个' });
    expect(findQuantities('总投资约3亿元')[0]).toMatchObject({ value: 300000000, qualifier: '约' });
    expect(indicators('青禾镇集中签约4个招商引资项目。')).toContainEqual([
      '签约招商引资项目',
      4,
      'projects.signed',
    ]);
  });

  it('closes a verb at its aspect particle and reads the noun after it', () => {
    expect(indicators('全镇便筹集了60多万元助学款。')).toContainEqual([
      '筹集助学款',
      600000,
      'funds:筹集助学款',
    ]);
  });

  it('reads what happened to listed projects as the metric of their count', () => {
    expect(indicators('甲乙农贸市场提升改造项目、丙丁抗旱渠道建设项目等5个项目顺利竣工。')).toContainEqual([
      '竣工项目',
      5,
      'projects.completed',
    ]);
  });
});

describe('general phrasings of work reports and bulletins', () => {
  it('gives each of a list of metrics its own figure (分别)', () => {
    expect(indicators('全镇第一产业、第二产业、第三产业增加值分别增长2.4%、7.1%和5.3%。')).toEqual(
      expect.arrayContaining([
        ['第一产业增加值增长', 2.4, 'agriculture.value-added.growth'],
        ['第二产业增加值增长', 7.1, 'industry.value-added.secondary.growth'],
        ['第三产业增加值增长', 5.3, 'industry.value-added.services.growth'],
      ]),
    );
    expect(indicators('全镇城乡居民人均可支配收入分别增长6%和7.5%。')).toEqual(
      expect.arrayContaining([
        ['城镇居民人均可支配收入增长', 6, 'income.urban.growth'],
        ['农村居民人均可支配收入增长', 7.5, 'income.rural.growth'],
      ]),
    );
  });

  it('reads 第一产业 whole: 第一 opens an enumeration only before a comma', () => {
    expect(indicators('全镇第一产业增加值3.2亿元。')).toContainEqual([
      '第一产业增加值',
      320000000,
      'agriculture.value-added',
    ]);
  });

  it('gives a sector named bare after a total the total’s measure', () => {
    expect(indicators('全镇完成工农业总产值36亿元，其中工业28亿元，农业8亿元。')).toEqual(
      expect.arrayContaining([
        ['工业总产值', 2800000000, 'industry.output'],
        ['农业总产值', 800000000, 'agriculture.output'],
      ]),
    );
  });

  it('gives a change after 比上年同期 or after a year’s comparison to the metric before', () => {
    expect(indicators('全镇粮食播种面积5.6万亩，比上年同期增长1.2%。')).toContainEqual([
      '粮食播种面积增长',
      1.2,
      'grain.area.growth',
    ]);
  });

  it('gives a change computed 同口径 to the metric before', () => {
    expect(indicators('全镇一般公共预算收入2.6亿元，同口径增长8.8%。')).toContainEqual([
      '一般公共预算收入增长',
      8.8,
      'revenue.public-budget.growth',
    ]);
  });

  it('drops the base figure of a comparison (比2022年的…)', () => {
    const figures = indicators('全镇完成工业总产值42亿元，比2022年的35亿元，增长20%。');
    expect(figures.map(([, v]) => v)).not.toContain(3500000000);
    expect(figures).toContainEqual(['完成工业总产值', 4200000000, 'industry.output']);
  });

  it('keys the investment and jobs of projects and a works programme by what they measure', () => {
    expect(indicators('全镇推进高标准农田项目建设面积达1.2万亩。')).toContainEqual([
      '高标准农田项目建设面积',
      12000,
      'farmland.high-standard',
    ]);
  });

  it('gives a bare measure after another measure of a subject that subject', () => {
    expect(indicators('全镇食用菌年产量达1.8万吨，产值达4.2亿元。')).toContainEqual([
      '食用菌产值',
      420000000,
      'output:食用菌产值',
    ]);
    expect(indicators('全镇粮播面积2.6万亩，产量1.1万吨。')).toContainEqual([
      '粮食产量',
      11000,
      'grain.output',
    ]);
    // A project's own 产值 after its investment has no subject to take.
    const [metric] = indicators('该项目总投资5亿元，产值10亿元。').find(([, v]) => v === 1000000000) ?? [];
    expect(metric).toBe('产值');
  });

  it('counts the steps of enterprise upgrading (小升规, 个转企)', () => {
    expect(indicators('全镇完成小升规9家，个转企26家。')).toEqual(
      expect.arrayContaining([
        ['完成小升规', 9, 'enterprises.above-scale.new'],
        ['个转企', 26, 'enterprises.from-individual'],
      ]),
    );
  });

  it('reads a change past the level stated just before it (GDP52亿元、同比增幅)', () => {
    expect(indicators('全镇实现GDP52.3亿元、同比增幅7.4%。')).toContainEqual([
      '实现GDP同比增幅',
      7.4,
      'gdp.growth',
    ]);
  });

  it('keeps a bare fall a fall', () => {
    expect(indicators('全镇茶叶产量820吨，同比下降3.5%。')).toContainEqual([
      '茶叶产量下降',
      3.5,
      'tea.output.growth',
    ]);
  });

  it('drops 努力争取 whole from inside the words', () => {
    const text = '全镇努力争取上级资金3000余万元。';
    const quantity = findQuantities(text)[0];
    if (!quantity) throw new Error('no figure found');
    const cut = metricOf({
      text,
      segmentStart: 0,
      quantity,
      segmentEnd: text.length,
      previousMetric: null,
      placeNames: [],
    });
    expect(cut.metric).toBe('上级资金');
  });

  it('drops the bullet of a list (——) before the metric', () => {
    expect(indicators('上半年主要指标如下。——规模以上工业增加值12.6亿元，同比增长9.1%。')).toEqual(
      expect.arrayContaining([
        ['规模以上工业增加值', 1260000000, 'industry.value-added.above-scale'],
        ['规模以上工业增加值增长', 9.1, 'industry.value-added.above-scale.growth'],
      ]),
    );
  });

  it('reads 同期增长 and 逆势增长 after a figure as its growth', () => {
    expect(
      indicators('前三季度，全镇完成农业总产值8.2亿元，同期增长6.5%；税收收入1.1亿元，逆势增长4%。'),
    ).toEqual(
      expect.arrayContaining([
        ['完成农业总产值增长', 6.5, 'agriculture.output.growth'],
        ['税收收入增长', 4, 'revenue.tax.growth'],
      ]),
    );
  });

  it('keeps the 在 of 在建 and 在库 (a state of what is counted)', () => {
    expect(indicators('全镇在建项目12个，其中工业项目7个。')).toContainEqual([
      '在建项目',
      12,
      'projects.under-construction',
    ]);
  });

  it('carries 新增 to a later market entity of the same list', () => {
    expect(indicators('全年全镇已新增个体工商户180户，私营企业26家。')).toContainEqual([
      '新增私营企业',
      26,
      'enterprises.private.new',
    ]);
    // Without 新增 before the list, the count stays the stock.
    expect(indicators('全年全镇已有个体工商户180户，私营企业26家。')).toContainEqual([
      '私营企业',
      26,
      'enterprises.private',
    ]);
  });

  it('takes the noun after a single named park closed by 等 and the event said after it', () => {
    const found = indicators('青苗产业园等5个更新项目顺利竣工。');
    expect(found.map((f) => f[0])).not.toContain('青苗产业园等');
    expect(found).toContainEqual(['竣工更新项目', 5, 'projects:竣工更新项目']);
  });
});

describe('an amount that bounds a class', () => {
  it('is no figure before 规模以上 or 及以上 and the enterprises or projects it bounds', () => {
    const found = indicators('前三季度，全镇2000万元规模以上工业企业实现产值35.2亿元，同比增长7.4%。');
    expect(found.map(([metric, value]) => [metric, value])).toEqual(
      expect.not.arrayContaining([[expect.anything(), 20000000]]),
    );
    expect(found).toContainEqual(['规模以上工业企业实现产值', 3520000000, 'industry.output.above-scale']);
    const listed = indicators('全镇500万元及以上项目完成投资12.6亿元。');
    expect(listed.map(([, value]) => value)).not.toContain(5000000);
    expect(listed.map(([, value]) => value)).toContain(1260000000);
  });
});
