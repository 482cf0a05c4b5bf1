import { extractDocument } from '..';
import type { EntityLabel } from '../../schema/model';
import type { NodeRecord } from '../../schema/records';
import { targetTestContext } from '../../tests/fixtures/target-test-context';
import { testMention } from '../../tests/fixtures/test-mention';
import type { EntityMention } from '../types';
import { extractIndicators } from './indicators';
import { extractTargets } from './targets';
import { findYear, findYears } from './number-years';
import { isPlannedScope, isSignedSpend } from './target-project-investment';

/**
 * Frames of goals and results seen in real town news and speeches: the year a change is
 * measured against, tasks a body lays down (提出，要…), and what a company plans to invest
 * in the news of its signing. Sentences and names written for these tests.
 */

interface Figure {
  label: string;
  value: number;
  year: unknown;
  subject: string | undefined;
}

function figures(text: string): Figure[] {
  const { records } = extractDocument({ name: 'frames.txt', bytes: Buffer.from(text) });
  const byId = new Map<string, NodeRecord>(records.nodes.map((n) => [n.id, n]));
  return records.nodes
    .filter((n) => n.label === 'Target' || n.label === 'Indicator')
    .map((n) => {
      const link = records.relationships.find(
        (r) => r.to === n.id && (r.type === 'TARGETS' || r.type === 'REPORTS'),
      );
      return {
        label: n.label,
        value: Number(n.properties.value),
        year: n.properties.year,
        subject: link ? byId.get(link.from)?.name : undefined,
      };
    });
}

const JIAZE = { place: '嘉泽镇', district: '武进区', city: '常州市' };

/** The key of the owner of the figure of `value`, with `entities` already found. */
function ownerOf(text: string, value: number, entities: EntityMention[]): string | undefined {
  const ctx = targetTestContext(text, JIAZE, '2023-05-08');
  const known = { entities, relations: [] };
  for (const facts of [extractTargets(ctx, known), extractIndicators(ctx, known)]) {
    const e = facts.entities.find((f) => f.properties.value === value);
    if (e) return facts.relations.find((r) => r.toKey === e.key)?.fromKey;
  }
  return undefined;
}

const mention = (label: EntityLabel, name: string) =>
  testMention(label, name, { sentenceIndex: 0, start: 0, confidence: 0.8 });

function byValue(all: readonly Figure[], value: number): Figure | undefined {
  return all.find((f) => f.value === value);
}

describe('the year a change is measured against', () => {
  it('skips 比去年 and 较上年, which name the baseline', () => {
    expect(findYears('比去年增长20%', 2024)).toEqual([]);
    expect(findYears('较上年同期提高3个百分点', 2024)).toEqual([]);
    expect(findYear('明年要完成投资12亿元，比去年增长20%', 2024)).toBe(2025);
    expect(findYears('比2020年翻一番，较2023年增长', 2024)).toEqual([]);
  });

  it('keeps a past year that dates the figure', () => {
    expect(findYear('于去年9月开工建设', 2024)).toBe(2023);
    expect(findYear('去年全镇完成投资8亿元', 2024)).toBe(2023);
  });
});

describe('tasks a body lays down', () => {
  const text =
    '2023年3月2日，嘉泽镇召开经济工作会议。' +
    '镇党委、政府提出，要继续抓项目促投资，今年完成全社会固定资产投资12亿元，比去年增长20%，其中工业投资完成8亿元。' +
    '截至目前，嘉泽镇已完成全社会固定资产投资3.6亿元。';

  it('reads the figures after 提出，要 as goals of the year, and a later result as a result', () => {
    const all = figures(text);
    expect(byValue(all, 1200000000)).toMatchObject({ label: 'Target', year: 2023, subject: '嘉泽镇' });
    expect(byValue(all, 20)).toMatchObject({ label: 'Target', year: 2023 });
    expect(byValue(all, 800000000)?.label).toBe('Target');
    expect(byValue(all, 360000000)?.label).toBe('Indicator');
  });

  it('does not read 要 inside a word as a task', () => {
    const all = figures('2023年3月2日，嘉泽镇主要产品实现产值6亿元，重要企业完成税收8000万元。');
    expect(byValue(all, 600000000)?.label).toBe('Indicator');
    expect(byValue(all, 80000000)?.label).toBe('Indicator');
  });
});

describe('what a company plans to invest, in the news of a signing', () => {
  it('is a result when the sentence, or the list it belongs to, reports the signing', () => {
    const signed = (before: string, previous: string[] = []) =>
      isSignedSpend({ metric: '青禾实业有限公司计划投资', before, previous, section: 'other' });
    expect(signed('签约项目中，青禾实业有限公司计划投资')).toBe(true);
    expect(signed('其中，青禾实业有限公司计划投资', ['嘉泽镇一次签下6个项目，签约金额达到30亿元。'])).toBe(
      true,
    );
    expect(
      signed('青禾实业有限公司计划投资', ['远航公司计划投资2亿元；', '签约项目中，某公司计划投资1亿元；']),
    ).toBe(true);
  });

  it('stays a goal before the signing, in a plan, or as a year of spending', () => {
    expect(
      isSignedSpend({
        metric: '计划投资',
        before: '青禾实业有限公司将于6月签约，计划投资',
        previous: [],
        section: 'other',
      }),
    ).toBe(false);
    expect(
      isSignedSpend({ metric: '计划投资', before: '签约后计划投资', previous: [], section: 'plan' }),
    ).toBe(false);
    expect(isSignedSpend({ metric: '年度计划投资', before: '开工项目年度计划投资', previous: [] })).toBe(
      false,
    );
    expect(
      isSignedSpend({
        metric: '计划投资',
        before: '青禾实业有限公司计划投资',
        previous: ['上年签约项目5个。'],
      }),
    ).toBe(false);
  });

  it('gives the sum to the project the next clause says it builds', () => {
    const all = figures(
      '2023年5月8日，嘉泽镇举行项目集中签约仪式。' +
        '签约项目中，青禾实业有限公司计划投资5亿元，建设青禾冷链物流项目，预计年产值10亿元。',
    );
    expect(byValue(all, 500000000)).toMatchObject({ label: 'Indicator', subject: '青禾冷链物流项目' });
    expect(byValue(all, 1000000000)).toMatchObject({ label: 'Target', subject: '青禾冷链物流项目' });
  });
});

describe('what a project builds, in the news of its start or its completion', () => {
  it('is a goal of a project just started and a result of one finished', () => {
    const started = isPlannedScope({
      ownClause: '新建厂房',
      unit: '平方米',
      before: '开工项目中，青禾冷链物流项目计划总投资5亿元，新建厂房',
      previous: [],
      section: 'other',
    });
    const finished = isPlannedScope({
      ownClause: '新建道路',
      unit: '条',
      before: '竣工项目中，远航片区道路工程总投资2亿元，新建道路',
      previous: [],
      section: 'other',
    });
    const listed = isPlannedScope({
      ownClause: '建设',
      unit: '条',
      before: '远航智能装备项目总投资3亿元，建设',
      previous: ['今天集中开工的项目中，青禾冷链物流项目总投资5亿元；'],
      section: 'other',
    });
    const reviewed = isPlannedScope({
      ownClause: '新建厂房',
      unit: '平方米',
      before: '青禾冷链物流项目开工建设，新建厂房',
      previous: [],
      section: 'review',
    });
    expect([started, finished, listed, reviewed]).toEqual([true, false, true, false]);
  });
});

describe('counts that are no figures', () => {
  it('leaves out 三篇文章 and a count restated in a 待…后 time clause', () => {
    const all = figures(
      '2023年5月8日，嘉泽镇一次签下7个项目，着力做好招商、建设、服务等三篇文章。' +
        '待7个新签项目达产后，预计年总产值将达30亿元。',
    );
    expect(all.filter((f) => f.value === 7)).toHaveLength(1);
    expect(byValue(all, 3)).toBeUndefined();
    expect(byValue(all, 3000000000)?.label).toBe('Target');
  });
});

describe('owners a sentence opens with', () => {
  it('gives a company the earnings it expects, in a sentence it opens', () => {
    const company = mention('Enterprise', '远航控股有限公司');
    const text = '其中，远航控股有限公司计划投资12亿元，建设一个装备产业中心，年纳税可达2亿元。';
    expect(ownerOf(text, 200000000, [company])).toBe(company.key);
  });

  it('gives a park the results of a sentence it opens after a setting phrase', () => {
    const park = mention('Zone', '青禾经济开发区');
    expect(ownerOf('推介会上，青禾经济开发区突出区位优势，签约金额达到35亿元。', 3500000000, [park])).toBe(
      park.key,
    );
    expect(ownerOf('多年来，青禾经济开发区深耕装备制造，汇聚了120余家重点企业。', 120, [park])).toBe(
      park.key,
    );
  });
});

describe('the year of a result', () => {
  it('reads 全年 in a text of the first months as the year before, and lets a year date later clauses', () => {
    const all = figures(
      '发布时间：2021年03月02日\n' +
        '2020年，嘉泽镇成功签约项目3个，投产项目2个。全年实现地区生产总值15.6亿元，完成全年任务的105%。',
    );
    expect(byValue(all, 3)?.year).toBe(2020);
    expect(byValue(all, 2)?.year).toBe(2020);
    expect(byValue(all, 1560000000)?.year).toBe(2020);
  });

  it('does not read 上年 out of 以上年度', () => {
    expect(findYears('市级以上年度重点项目29个', 2022)).toEqual([]);
    expect(findYear('上年度完成投资3亿元', 2022)).toBe(2021);
  });

  it('dates news that gives only the day by the year of the event it reports', () => {
    const all = figures(
      '3月11日上午，嘉泽镇举行2022年重大项目集中签约仪式。此次集中签约项目共12个，总投资36.5亿元。',
    );
    expect(byValue(all, 12)?.year).toBe(2022);
    expect(byValue(all, 3650000000)?.year).toBe(2022);
  });
});

describe('goals of a project and of the year', () => {
  it('gives a project the figures of the later clauses about it, and a year plan the year of the text', () => {
    const all = figures(
      '3月19日，嘉泽镇举行2025年一季度重大项目集中开工仪式。' +
        '启动开工项目12个，年度计划投资6.8亿元。' +
        '其中青禾冷链物流项目总投资6亿元，建成后可实现年产值12亿元，新增就业岗位500个。',
    );
    expect(byValue(all, 680000000)).toMatchObject({ label: 'Target', year: 2025 });
    expect(byValue(all, 1200000000)?.subject).toBe('青禾冷链物流项目');
    expect(byValue(all, 500)).toMatchObject({ label: 'Target', subject: '青禾冷链物流项目' });
  });
});

describe('what a signed project will make and earn', () => {
  it('reads a line the project will build as a capacity, and gives the project the taxes its company expects', () => {
    const company = mention('Enterprise', '远航控股有限公司');
    const project = mention('Project', '远航智能装备项目');
    const text =
      '签约项目中，远航控股有限公司计划投资3亿元，建设远航智能装备项目，将建成年产120万支精密轴承生产线，预计年产值8亿元，年实现税收近2000万元。';
    expect(ownerOf(text, 1200000, [company, project])).toBe(project.key);
    expect(ownerOf(text, 20000000, [company, project])).toBe(project.key);
  });

  it('still reads a capacity inside a project name as part of the name', () => {
    const all = figures(
      '5月8日，嘉泽镇举行2023年重大项目集中签约仪式，年产5万吨调味品生产线项目总投资2亿元。',
    );
    expect(byValue(all, 50000)).toBeUndefined();
  });
});

describe('estimates of the year under way', () => {
  it('reads 全年预计 and 今年预计 as 预计全年: the year estimated, a result', () => {
    const all = figures(
      '6月18日，记者从嘉泽镇获悉，全镇今年预计完成农业总产值6.5亿元，全年预计实现税收3亿元。',
    );
    expect(byValue(all, 650000000)?.label).toBe('Indicator');
    expect(byValue(all, 300000000)?.label).toBe('Indicator');
  });
});

describe('园区 after a park built as a project', () => {
  it('gives the park project the figures of a clause opening with 园区', () => {
    const park = mention('Project', '青禾童装产业园');
    const text = '青禾童装产业园位于镇北，占地约300亩。截至目前，园区共有41家企业签订了入园协议。';
    expect(ownerOf(text, 41, [park])).toBe(park.key);
    const hall = mention('Project', '青禾童装展示中心');
    expect(
      ownerOf('青禾童装展示中心已经开放。截至目前，园区共有41家企业签订了入园协议。', 41, [hall]),
    ).not.toBe(hall.key);
  });
});

describe('a review heading run into its first sentence', () => {
  it('dates the results under it by the year it names', () => {
    const all = figures(
      '嘉泽镇政府工作报告\n2019年2月1日在嘉泽镇第十八届人民代表大会第三次会议上\n' +
        '2018年工作回顾一年来，全镇上下团结一心，经济保持平稳发展。\n两税入库12.6亿元，同比增长7%。\n',
    );
    expect(byValue(all, 1260000000)?.year).toBe(2018);
    expect(byValue(all, 7)?.year).toBe(2018);
  });
});

describe('the year under way, estimated early in it', () => {
  it('keeps 今年全年预计 in the year of the text', () => {
    const all = figures('发布时间：2021年03月02日\n嘉泽镇今年全年预计完成工业投资8.5亿元。');
    expect(byValue(all, 850000000)?.year).toBe(2021);
  });
});

describe('a project spread over years ahead', () => {
  it('reads its investment as a goal', () => {
    const project = mention('Project', '青禾现代农业综合区建设项目');
    const text = '青禾现代农业综合区建设项目是全镇的重点项目之一，总投资1.3亿元，分4年实施。';
    const ctx = targetTestContext(text, JIAZE, '2023-05-08');
    const known = { entities: [project], relations: [] };
    expect(extractTargets(ctx, known).entities.map((e) => e.properties.value)).toContain(130000000);
    expect(extractIndicators(ctx, known).entities.map((e) => e.properties.value)).not.toContain(130000000);
  });
});
