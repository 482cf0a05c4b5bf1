import type { DocumentContext, ExtractedFacts } from '../types';
import { targetTestContext } from '../../tests/fixtures/target-test-context';
import { extractIndicators } from './indicators';
import { extractTargets } from './targets';

/** Sentences written for these tests; the places are real, the figures invented. */
const NONE: ExtractedFacts = { entities: [], relations: [] };
const WUJIN = { place: '湖塘镇', district: '武进区', city: '常州市' };
const CHANGZHOU = { place: '常州市', district: null, city: '常州市' } as unknown as typeof WUJIN;

function goals(ctx: DocumentContext) {
  const facts = extractTargets(ctx, NONE);
  const names = new Map<string, string>(
    ctx.places.places.map((p) => [`Place:${p.resolvedId ?? ''}`, p.name]),
  );
  return facts.entities.map((e) => {
    const link = facts.relations.find((r) => r.toKey === e.key);
    return {
      value: e.properties.value,
      metric: e.properties.metric,
      year: e.properties.year,
      subject: names.get(link?.fromKey ?? '') ?? link?.fromKey,
    };
  });
}

/** A context whose sentences lie under no review or plan heading (news, a page of a plan). */
function unmarked(ctx: DocumentContext): DocumentContext {
  const sentences = ctx.doc.sentences.map((s) => ({ ...s, section: 'other' as const }));
  return { ...ctx, doc: { ...ctx.doc, sentences } };
}

/** An unmarked context whose text carries no date at all. */
function undated(text: string): DocumentContext {
  const ctx = unmarked(targetTestContext(text, WUJIN));
  return { ...ctx, referenceYear: null, doc: { ...ctx.doc, publishedAt: null } };
}

describe('goal lists and plan openings', () => {
  it('reads every item of a goal list split at ； as a goal of the list year', () => {
    const ctx = targetTestContext(
      '2024年，湖塘镇经济工作的主要预期目标是：地区生产总值增长7%；固定资产投资增长10%；新增规上企业12家。',
      WUJIN,
      '2024-02-10',
    );
    expect(goals(ctx).map((g) => [g.value, g.year])).toEqual([
      [7, 2024],
      [10, 2024],
      [12, 2024],
    ]);
    expect(extractIndicators(ctx, NONE).entities).toHaveLength(0);
  });

  it('leaves a list of results a list of results', () => {
    const ctx = targetTestContext(
      '2023年，湖塘镇实现地区生产总值86亿元；固定资产投资同比增长9%；新增规上企业8家。',
      WUJIN,
      '2024-02-10',
    );
    expect(goals(ctx)).toEqual([]);
  });

  it('reads a floor outside a review as a goal, and a floor already reached as a result', () => {
    const ctx = unmarked(targetTestContext('湖塘镇新发展设施蔬菜不少于300亩。', WUJIN));
    expect(goals(ctx).map((g) => g.value)).toEqual([300]);
    const done = unmarked(targetTestContext('湖塘镇去年累计培训农民不少于500人次。', WUJIN));
    expect(goals(done)).toEqual([]);
    const reviewed = targetTestContext('湖塘镇新发展设施蔬菜不少于300亩。', WUJIN);
    expect(reviewed.doc.sentences[0]?.section).toBe('review');
    expect(goals(reviewed)).toEqual([]);
  });

  it('reads an undated text that opens as a year plan as a plan of that year', () => {
    const ctx = undated('2024年，湖塘镇将围绕城乡融合持续发力。\n开工建设安置房620套，新建村级道路18公里。');
    expect(goals(ctx).map((g) => [g.value, g.year])).toEqual([
      [620, 2024],
      [18, 2024],
    ]);
    const news = undated('湖塘镇围绕城乡融合持续发力。\n开工建设安置房620套，新建村级道路18公里。');
    expect(goals(news)).toEqual([]);
  });

  it('keeps a year plan of investment with its own county, the last of a chain of places', () => {
    const ctx = unmarked(
      targetTestContext(
        '常州市溧阳市集中开工项目共12项，总投资30亿元，2024年计划完成投资8亿元。金坛区集中开工项目9项，总投资20亿元，年度计划完成投资5亿元。',
        CHANGZHOU,
        '2024-06-30',
      ),
    );
    expect(goals(ctx).map((g) => [g.value, g.metric, g.subject])).toEqual([
      [800000000, '年度计划完成投资', '溧阳市'],
      [500000000, '年度计划完成投资', '金坛区'],
    ]);
  });

  it('reads the baseline a plan builds on, and counted points of a speech, as no goals', () => {
    const ctx = unmarked(
      targetTestContext('湖塘镇将在1.2万亩的基础上，新发展茶园不少于800亩。', WUJIN, '2024-03-01'),
    );
    expect(goals(ctx).map((g) => g.value)).toEqual([800]);
    expect(extractIndicators(ctx, NONE).entities.map((e) => e.properties.value)).toEqual([12000]);
    const speech = unmarked(
      targetTestContext('湖塘镇将围绕一个中心、实现三个突破，新建口袋公园4个。', WUJIN, '2024-03-01'),
    );
    expect(goals(speech).map((g) => g.value)).toEqual([4]);
  });

  it('reads a capacity run into the facility it names as part of the name, a built size as a goal', () => {
    const named = unmarked(targetTestContext('湖塘镇青禾粮业10万吨粮食储备库即将建成投用。', WUJIN));
    expect(goals(named)).toEqual([]);
    const built = unmarked(targetTestContext('湖塘镇将新建2万吨水厂一座。', WUJIN));
    expect(goals(built).map((g) => g.value)).toEqual([20000]);
  });
});
