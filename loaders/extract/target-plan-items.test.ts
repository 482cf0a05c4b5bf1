import type { DocumentContext, ExtractedFacts } from '../types';
import { knownEntities, newsTestContext } from '../../tests/fixtures/target-test-context';
import { extractIndicators } from './indicators';
import { extractTargets } from './targets';

/** Sentences written for these tests; the towns are real, zones, projects and figures invented. */
const WUJIN = { place: '湖塘镇', district: '武进区', city: '常州市' };

/** A news context in the town above. */
const news = (text: string, publishedAt = '2023-03-20'): DocumentContext =>
  newsTestContext(text, WUJIN, publishedAt);
const NONE: ExtractedFacts = { entities: [], relations: [] };

/** The values read as goals, or as results. */
function values(facts: ExtractedFacts): unknown[] {
  return facts.entities.map((e) => e.properties.value);
}

/** value → the key of the figure's owner. */
function owners(facts: ExtractedFacts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of facts.entities) {
    const link = facts.relations.find((r) => r.toKey === e.key);
    out[String(e.properties.value)] = link?.fromKey ?? '';
  }
  return out;
}

describe('items of a plan', () => {
  it('reads a bare rise after a level in a goal list as the rise aimed at', () => {
    const ctx = news(
      '今年，湖塘镇确定的发展目标为：完成财政收入3.1亿元，同比增长9%；工业开票销售80亿元，同比增长12%；社会消费品零售额7亿元，同比增长6%。',
    );
    expect(values(extractTargets(ctx, NONE)).sort((a, b) => Number(a) - Number(b))).toEqual(
      [6, 9, 12, 700000000, 310000000, 8000000000].sort((a, b) => a - b),
    );
    expect(extractIndicators(ctx, NONE).entities).toHaveLength(0);
  });

  it('keeps an item that reports last year a result', () => {
    const ctx = news(
      '今年，湖塘镇确定的发展目标为：财政收入增长8%；去年完成工业开票销售72亿元，同比增长10%。',
    );
    expect(values(extractTargets(ctx, NONE))).toEqual([8]);
    expect(values(extractIndicators(ctx, NONE)).sort()).toEqual([10, 7200000000].sort());
  });

  it('reads the later items of a list a plan verb opens as goals', () => {
    const ctx = news(
      '全年湖塘镇将加快推进重点项目12个，其中工业项目7个，预计总投资3亿元；服务业项目5个，预计总投资1.5亿元。',
    );
    expect(values(extractTargets(ctx, NONE)).sort()).toEqual([12, 7, 300000000, 5, 150000000].sort());
    expect(extractIndicators(ctx, NONE).entities).toHaveLength(0);
  });

  it('does not carry a plan verb into an item that reports a result', () => {
    const ctx = news('湖塘镇将新建标准厂房3万平方米；目前已建成厂房1.2万平方米。');
    expect(values(extractIndicators(ctx, NONE))).toEqual([12000]);
  });

  it('reads 将大力实施 and 将在某处建设 as plan verbs', () => {
    const ctx = news(
      '新的一年，湖塘镇将大力实施“强链”工程，即培育新上规企业8家。该项目将在城南智造园建设2万平方米的研发楼。',
    );
    expect(values(extractTargets(ctx, NONE)).sort()).toEqual([8, 20000].sort());
  });

  it('reads the clauses after a floor as goals until one reports a result', () => {
    const ctx = news(
      '全年湖塘镇招引亿元以上项目不少于15个，工业投资完成30亿元以上，规上工业产值突破260亿元。今年一季度已完成工业投资6亿元。',
    );
    expect(values(extractTargets(ctx, NONE)).sort()).toEqual([15, 3000000000, 26000000000].sort());
    expect(values(extractIndicators(ctx, NONE))).toEqual([600000000]);
  });

  it('does not carry a floor past a clause dated in the past', () => {
    const ctx = news('湖塘镇新增规上企业不少于10家，去年新增规上企业7家，实现工业产值200亿元。');
    expect(values(extractTargets(ctx, NONE))).toEqual([10]);
  });

  it('counts bags and pairs', () => {
    const ctx = news('湖塘镇力争新发展食用菌30万袋以上，年产劳保手套500万副。');
    expect(extractTargets(ctx, NONE).entities.map((e) => e.properties.unit)).toEqual(['袋', '副']);
  });
});

describe('owners of a zone’s figures', () => {
  const text =
    '青枫高新区是湖塘镇的工业主阵地。目前，该区入驻企业共86家。据测算，三年后，该区年工业总产值将达到500亿元，税收总额将达到30亿元；2026年，年工业总产值将达到800亿元。';

  it('gives 该区 and the clauses after it to the zone last named', () => {
    const ctx = news(text);
    const zone = knownEntities(ctx, 'Zone', ['青枫高新区']);
    expect(owners(extractTargets(ctx, zone))).toEqual({
      '50000000000': 'Zone:青枫高新区',
      '3000000000': 'Zone:青枫高新区',
      '80000000000': 'Zone:青枫高新区',
    });
    expect(owners(extractIndicators(ctx, zone))).toEqual({ '86': 'Zone:青枫高新区' });
  });

  it('leaves 该区 to a district named after the zone', () => {
    const ctx = news('青枫高新区位于武进区。目前，该区入驻企业共86家。');
    const zone = knownEntities(ctx, 'Zone', ['青枫高新区']);
    expect(Object.values(owners(extractIndicators(ctx, zone)))).not.toContain('Zone:青枫高新区');
  });
});

describe('a project’s sales', () => {
  it('gives the sales a project expects after it runs to the project', () => {
    const ctx = news('其中，华澜智能装备项目总投资6亿元。投产后3年内，项目预计实现年销售额9亿元。');
    const project = knownEntities(ctx, 'Project', ['华澜智能装备项目']);
    expect(owners(extractTargets(ctx, project))).toEqual({ '900000000': 'Project:华澜智能装备项目' });
  });
});

describe('news of a review and then a plan', () => {
  it('reads every item of a list opened by an estimate of the year as a result', () => {
    const ctx = news(
      '湖塘镇人代会召开。\n会议指出，全年预计实现地区生产总值增长4%；规上工业产值增长6%；固定资产投资增长9%。',
      '2023-12-26',
    );
    expect(values(extractIndicators(ctx, NONE)).sort()).toEqual([4, 6, 9]);
    expect(extractTargets(ctx, NONE).entities).toHaveLength(0);
  });

  it('reads a paragraph opening with the coming year as the plan part', () => {
    const ctx = news(
      '湖塘镇人代会召开。\n会议指出，今年全镇已新建农村公路12公里。\n2024年，湖塘镇将持续完善基础设施。\n新建公交站台20个；改造危桥3座。',
      '2023-12-26',
    );
    expect(values(extractTargets(ctx, NONE)).sort()).toEqual([20, 3]);
    expect(values(extractIndicators(ctx, NONE))).toEqual([12]);
  });
});

describe('the year ahead', () => {
  it('reads what a text of the year’s first months says the year will complete as a goal', () => {
    const ctx = news('湖塘镇党委书记表示，今年完成工业开票销售26亿元，力争27亿元。', '2023-03-02');
    expect(values(extractTargets(ctx, NONE)).sort()).toEqual([2600000000, 2700000000]);
  });

  it('keeps what is already done, and the same words late in the year, results', () => {
    const done = news('今年以来，湖塘镇完成工业开票销售6亿元。', '2023-03-02');
    expect(values(extractIndicators(done, NONE))).toEqual([600000000]);
    const late = news('今年湖塘镇完成工业开票销售26亿元。', '2023-12-20');
    expect(values(extractIndicators(late, NONE))).toEqual([2600000000]);
  });
});
