import { extractDocument } from '../index';
import type { DocumentInput } from '../types';

/** Owners of reported figures in whole documents without hints (invented texts, real places). */

function input(text: string): DocumentInput {
  return { name: 'figure-owners.txt', bytes: Buffer.from(text, 'utf8') };
}

/** Each indicator as `metric value unit → subject`. */
function indicators(text: string): { metric: string; value: unknown; unit: unknown; subject: string }[] {
  const { records } = extractDocument(input(text));
  const byId = new Map(records.nodes.map((n) => [n.id, n]));
  return records.nodes
    .filter((n) => n.label === 'Indicator')
    .map((n) => {
      const edge = records.relationships.find((r) => r.type === 'REPORTS' && r.to === n.id);
      return {
        metric: String(n.properties.metric),
        value: n.properties.value,
        unit: n.properties.unit,
        subject: (edge && byId.get(edge.from)?.name) ?? '',
      };
    });
}

describe('owners of reported figures', () => {
  it('gives a city round-up that names two of its districts in passing to the city', () => {
    const text = [
      '宁波市重点项目建设进展',
      '今年1-9月，120个市重点项目完成投资300.5亿元，占年度计划的81%。',
      '海曙区星河智能装备产业园、江北区滨江冷链物流中心等35个项目开工建设。',
    ].join('\n');
    const figures = indicators(text);
    expect(figures.find((f) => f.value === 30050000000)?.subject).toBe('宁波市');
    expect(figures.find((f) => f.value === 81)?.subject).toBe('宁波市');
  });

  it('does not read 城镇居民 after 其中 as a town', () => {
    const text = [
      '鄞州区上半年经济运行',
      '上半年，鄞州区居民人均可支配收入31250元，同比增长5.2%，其中城镇居民人均可支配收入36480元。',
    ].join('\n');
    const figures = indicators(text);
    expect(figures.find((f) => f.value === 36480)?.subject).toBe('鄞州区');
  });

  it('leaves a gap in percentage points against another rate out', () => {
    const text = '鄞州区上半年实现地区生产总值420亿元，同比增长6.1%，增速高于全市平均水平1.3个百分点。';
    const figures = indicators(text);
    expect(figures.map((f) => f.unit)).not.toContain('个百分点');
    expect(figures.find((f) => f.value === 6.1)).toBeDefined();
  });

  it('leaves a gap against a larger place and the population out', () => {
    const text =
      '2023年，鄞州区城镇居民人均可支配收入8.6万元，比全省高1.9万元；年末全区常住人口168万人，地区生产总值增长5.8%。';
    const values = indicators(text).map((f) => f.value);
    expect(values).toContain(86000);
    expect(values).not.toContain(19000);
    expect(values).not.toContain(1680000);
  });

  it('keeps a zone the owner of its share of the county total', () => {
    const text = [
      '宁海县工业园区发展情况',
      '2023年，宁海县青松精工产业园区实现工业总产值52.3亿元，同比增长11.2%，占全县工业总产值的38.5%。',
    ].join('\n');
    const share = indicators(text).find((f) => f.value === 38.5);
    expect(share?.subject).toMatch(/青松精工产业园区$/);
  });

  it('gives 该公司 after a dated opening to the company named before', () => {
    const text = [
      '古林镇工业税收创新高',
      '本报讯 2023年，古林镇工业开票销售42亿元。宁波晨澜电器有限公司是该镇重点企业，2023年开票销售5.5亿元。',
      '去年，该公司开票销售增长1.2亿元。',
    ].join('\n');
    const rise = indicators(text).find((f) => f.value === 120000000);
    expect(rise?.subject).toBe('宁波晨澜电器有限公司');
  });

  it('leaves the subheading copy of a figure the body restates to the body', () => {
    const text = [
      '古林镇工业税收首破两亿元',
      '2024-02-20 09:30',
      '去年工业入库税金2.06亿元',
      '本报讯 新近出炉的数据显示，2023年，古林镇工业入库税金2.06亿元，同比增长18.5%。',
    ].join('\n');
    const copies = indicators(text).filter((f) => f.value === 206000000);
    expect(copies).toHaveLength(1);
  });
});

describe('results in a progress report of planned investment', () => {
  /** Each figure as `kind value`. */
  function kinds(text: string): string[] {
    const { records } = extractDocument(input(text));
    return records.nodes
      .filter((n) => n.label === 'Indicator' || n.label === 'Target')
      .map((n) => `${n.label} ${String(n.properties.value)}`);
  }

  it('reads the months gone by and the rates after a yearly plan as results', () => {
    const text = [
      '宁海县重点项目推进情况',
      '全县重点项目42个，年度投资计划21.5亿元，1-7月完成投资13.2亿元，完成率61.4%。',
    ].join('\n');
    const found = kinds(text);
    expect(found).toContain('Target 2150000000');
    expect(found).toContain('Indicator 1320000000');
    expect(found).toContain('Indicator 61.4');
  });

  it('reads the items after a share of the yearly plan as results', () => {
    const text = [
      '宁海县重点项目推进情况',
      '全县重点项目共86项，年度计划投资95亿元，1-6月累计完成投资50.2亿元，占年计划投资的52.8%，其中：续建项目41项，完成投资30.1亿元。',
    ].join('\n');
    const found = kinds(text);
    expect(found).toContain('Indicator 52.8');
    expect(found).toContain('Indicator 41');
  });
});
