import type { EntityLabel } from '../../schema/model';
import type { EntityMention, ExtractedFacts } from '../types';
import { targetTestContext } from '../../tests/fixtures/target-test-context';
import { testMention } from '../../tests/fixtures/test-mention';
import { findQuantities } from './numbers';
import { classify } from './target-classify';
import { isAbstractCount, isDescriptive } from './target-descriptive';
import { extractIndicators } from './indicators';
import { splitSentences } from '../read/sentences';
import { townTopic } from './target-topic';
import { withUnwrappedSections } from './target-wrapped-lines';
import { extractTargets } from './targets';

/**
 * Figures as real reports and news phrase them: whether a figure is a goal or a result,
 * who owns it, and which figures are left out. Sentences written for these tests.
 */

const JIAZE = { place: '嘉泽镇', district: '武进区', city: '常州市' };
const TOWN = 'Place:place:320412119';
const DISTRICT = 'Place:place:320412';

function entity(text: string, name: string, label: EntityLabel = 'Project'): EntityMention {
  return testMention(label, name, { sentenceIndex: 0, start: text.indexOf(name), confidence: 0.8 });
}

function known(...entities: EntityMention[]): ExtractedFacts {
  return { entities, relations: [] };
}

/** Owner of each figure, by value, for goals and results together. */
function owners(text: string, facts: ExtractedFacts = known()): Record<number, string | undefined> {
  const ctx = targetTestContext(text, JIAZE);
  const all = [extractTargets(ctx, facts), extractIndicators(ctx, facts)];
  const out: Record<number, string | undefined> = {};
  for (const f of all)
    for (const e of f.entities)
      out[Number(e.properties.value)] = f.relations.find((r) => r.toKey === e.key)?.fromKey;
  return out;
}

function kindOf(text: string, section: 'review' | 'plan' | 'other' = 'review', nth = 0) {
  const sentence = { index: 0, text, start: 0, end: text.length, section };
  const quantity = findQuantities(text)[nth];
  if (!quantity) throw new Error(`no figure in ${text}`);
  let start = quantity.start;
  while (start > 0 && !/[，,；;：:。]/.test(text[start - 1] ?? '')) start--;
  let end = quantity.start;
  while (end < text.length && !/[，,；;：:。]/.test(text[end] ?? '')) end++;
  return classify(sentence, { quantity, clause: { start, end } }).kind;
}

describe('goal or result', () => {
  it('reads the share of the annual plan completed as a result', () => {
    expect(kindOf('重点项目完成年度计划的68.4%。')).toBe('Indicator');
    expect(kindOf('商品销售额占年度目标任务的52.5%。')).toBe('Indicator');
    expect(kindOf('重点项目年度计划投资9亿元。')).toBe('Target');
  });

  it('reads a share of the year’s investment plan, and a rate after 为 or 达, as results', () => {
    const text =
      '列入区重点项目12个，年度计划投资8亿元，1-6月完成投资4.1亿元，完成年度投资计划的51.3%，完成投资目标任务的47.2%。';
    expect(kindOf(text, 'other', 3)).toBe('Indicator');
    expect(kindOf(text, 'other', 4)).toBe('Indicator');
    expect(kindOf(text, 'other', 1)).toBe('Target');
    expect(kindOf('全年计划新建公厕30座，已建成21座，完成率为70%。', 'other', 2)).toBe('Indicator');
    expect(kindOf('计划年内完成招商目标的60%。', 'other')).toBe('Target');
  });

  it('in a review, 预计 before 完成 or 增长 estimates a result, before what a project brings it aims', () => {
    expect(kindOf('全镇生产总值预计增长7.5%。')).toBe('Indicator');
    expect(kindOf('预计，全年完成工业总产值64亿元。')).toBe('Indicator');
    expect(kindOf('新签约的纸品包装项目预计年产值12亿元。')).toBe('Target');
    expect(kindOf('五个项目预计开工后总产值将达18亿元。', 'review', 1)).toBe('Target');
  });

  it('a hedge in an earlier clause of a review does not make a reported result a goal', () => {
    expect(kindOf('力促商贸服务业发展，完成限上批发销售额5.1亿元，同比增长12%。')).toBe('Indicator');
    expect(kindOf('力促商贸服务业发展，新增限上企业6家。', 'plan')).toBe('Target');
    expect(kindOf('完成集镇规划编制，工业园区新扩容800余亩。')).toBe('Indicator');
    // 争取…到位资金 in a review is money secured.
    expect(kindOf('争取市外到位资金7300万元。')).toBe('Indicator');
    expect(kindOf('争取市外到位资金7300万元。', 'plan')).toBe('Target');
  });

  it('努力 before a verb of building aims; a figure named as the goal is one', () => {
    expect(kindOf('努力打造4个千亩示范片区。')).toBe('Target');
    expect(kindOf('规上工业产值冲刺90亿元目标。')).toBe('Target');
    expect(kindOf('税收收入完成预期目标(4800万元)的121.5%。', 'review', 1)).toBe('Indicator');
    expect(kindOf('税收收入完成预期目标(4800万元)的121.5%。')).toBe('Target');
  });

  it('a figure after 投用后 or 开工后 looks ahead', () => {
    expect(kindOf('冷链中心投用后可新增仓储能力3万吨。')).toBe('Target');
  });

  it('in any part of a text, a clause dated in the past or marked done reports a result', () => {
    expect(kindOf('镇里将加快推进招商引资，今年以来已引进企业14家。', 'other')).toBe('Indicator');
    expect(kindOf('项目计划年内开工，目前已完成土地平整260亩。', 'plan')).toBe('Indicator');
    expect(kindOf('全镇将继续深化改革，去年新增就业岗位320个。', 'plan')).toBe('Indicator');
    // 比去年 is a goal's baseline, and a hedge in the figure's own clause still aims.
    expect(kindOf('力争地区生产总值比去年增长6.5%。', 'other')).toBe('Target');
    expect(kindOf('力争年底前累计建成示范基地12个。', 'other')).toBe('Target');
  });

  it('in the plan part, a figure compared 同比, estimated for the year or dated before the document reports a result', () => {
    expect(kindOf('工业产值增长8%。', 'plan')).toBe('Target');
    expect(kindOf('工业产值同比增长8%。', 'plan')).toBe('Indicator');
    expect(kindOf('预计全年完成工业总产值28亿元。', 'plan')).toBe('Indicator');
    // kindOf classifies with no document year; the year check needs one.
    const text = '2023年全镇完成工业产值12亿元。';
    const quantity = findQuantities(text)[0]!;
    const sentence = { index: 0, text, start: 0, end: text.length, section: 'plan' as const };
    const clause = { start: 0, end: text.length - 1 };
    expect(classify(sentence, { quantity, clause, referenceYear: 2024 }).kind).toBe('Indicator');
    expect(classify(sentence, { quantity, clause, referenceYear: 2023 }).kind).toBe('Target');
  });

  it('预计 before a deadline or a verb of building plans, before the year figure it estimates', () => {
    expect(kindOf('预计年底前建成投产，届时可实现年产值4亿元。')).toBe('Target');
    expect(kindOf('预计全年完成工业总产值28亿元。', 'other')).toBe('Indicator');
  });

  it('what a project can bring (可提供, 可实现, 届时) is a goal outside a review', () => {
    expect(kindOf('项目占地80亩，可提供就业岗位120个。', 'other', 1)).toBe('Target');
    expect(kindOf('项目占地80亩，可提供就业岗位120个。', 'other', 0)).toBe('Indicator');
    expect(kindOf('全镇已有3家企业可年产有机肥5万吨。', 'other', 1)).toBe('Indicator');
  });

  it('a hedge after the figure, before a verb of completion, makes it a goal', () => {
    expect(kindOf('已建成大棚120栋，其余80栋在年底前将全部建成。', 'review', 1)).toBe('Target');
    expect(kindOf('已建成大棚120栋，其余80栋已交付使用。', 'review', 1)).toBe('Indicator');
  });
});

describe('owner of a figure', () => {
  it("gives a project's or park's own results to it, but its progress to the place", () => {
    const text = '滨湖物流园项目已引进企业12家。滨湖物流园项目实现营收3.4亿元。';
    expect(owners(text, known(entity(text, '滨湖物流园项目')))).toEqual({
      12: 'Project:滨湖物流园项目',
      340000000: 'Project:滨湖物流园项目',
    });
    const progress = '支河整治工程完成进度60%。';
    expect(owners(progress, known(entity(progress, '支河整治工程')))[60]).toBe(TOWN);
  });

  it('gives a figure joined by 的 to the name after it', () => {
    const text = '总投资15亿元的省重点项目新材料产业园项目正式开工。';
    expect(owners(text, known(entity(text, '新材料产业园项目')))[1500000000]).toBe(
      'Project:新材料产业园项目',
    );
  });

  it('gives a clause opening with 园区 to the park just named', () => {
    const text = '花园科创园去年九月开园。园区共有32家企业签订入驻协议。';
    const zone = entity(text, '花园科创园', 'Zone');
    expect(owners(text, known(zone))[32]).toBe('Zone:花园科创园');
  });

  it('gives 全区 figures in a town report to the district, 全镇 ones to the town', () => {
    expect(owners('全区谋划实施重点项目86个。')[86]).toBe(DISTRICT);
    expect(owners('全镇新增规上企业9家。')[9]).toBe(TOWN);
  });

  it('gives the figures of a news sentence to the district that opens it as its actor', () => {
    const text = '3月2日，武进区在嘉泽镇举行重大项目集中开工仪式，开工项目12个。';
    expect(owners(text)[12]).toBe(DISTRICT);
    expect(owners('嘉泽镇举行重大项目集中开工仪式，开工项目12个。')[12]).toBe(TOWN);
  });

  it('goes on with the district that held the event in the sentences 此次 opens and their items', () => {
    const text =
      '3月2日，武进区在嘉泽镇举行重大项目集中开工仪式，开工项目12个。' +
      '此次开工项目集中在两大板块。其中，智能制造板块开工项目7个，总投资26亿元；现代农业板块开工项目5个，总投资9亿元。';
    const got = owners(text);
    expect([got[12], got[7], got[2600000000], got[5], got[900000000]]).toEqual(Array(5).fill(DISTRICT));
  });

  it("takes a town's short form that runs on into a longer name as part of that name, not the subject", () => {
    const text = '其中，嘉泽花木板块开工项目4个。';
    const ctx = targetTestContext(text, JIAZE);
    const town = ctx.places.places.find((p) => p.name === '嘉泽镇');
    expect(town).toBeDefined();
    expect(townTopic({ places: ctx.places.places, sentence: ctx.doc.sentences[0]! })).toBeNull();
    const subject = targetTestContext('其中，嘉泽成功签约项目4个。', JIAZE);
    expect(townTopic({ places: subject.places.places, sentence: subject.doc.sentences[0]! })?.name).toBe(
      '嘉泽镇',
    );
  });

  it('does not take a project listed after 及 as the owner', () => {
    const text = '累计办理东苑、西苑及南苑安置小区产权登记860套。';
    expect(owners(text, known(entity(text, '南苑安置小区')))[860]).toBe(TOWN);
  });
});

describe('metrics of real reports', () => {
  it('reads a bare 完成投资 as the investment of what was just counted', () => {
    const ctx = targetTestContext('开工甲、乙等重点项目36个，完成投资21.5亿元。', JIAZE);
    const facts = extractIndicators(ctx, known()).entities;
    expect(facts.find((e) => e.properties.value === 2150000000)?.properties.metric).toBe('重点项目完成投资');
  });

  it('does not take a figure followed by a bracket as a qualifier of the next', () => {
    const ctx = targetTestContext('限上销售额占年度目标任务的48.5%(其中零售额3.1亿元)。', JIAZE);
    expect(extractIndicators(ctx, known()).entities.map((e) => e.properties.value)).toEqual([
      48.5, 310000000,
    ]);
  });
});

describe('the year of a result', () => {
  const yearOf = (text: string, publishedAt: string) =>
    extractIndicators(targetTestContext(text, JIAZE, publishedAt), known()).entities[0]?.properties.year;

  it('is the year the heading of the review names', () => {
    expect(yearOf('2022年工作回顾。全镇新增规上企业9家。', '2023-02-10')).toBe(2022);
  });

  it('is the year before for a review delivered early in the year, the year itself later on', () => {
    expect(yearOf('一年来，我们狠抓项目建设。全镇新增规上企业9家。', '2023-02-10')).toBe(2022);
    expect(yearOf('一年来，我们狠抓项目建设。全镇新增规上企业9家。', '2023-09-10')).toBe(2023);
  });

  it('is the year written in the clause before anything else', () => {
    expect(yearOf('2022年工作回顾。2021年全镇新增规上企业9家。', '2023-02-10')).toBe(2021);
  });
});

describe('figures left out', () => {
  it('leaves out area, population, distances and ranks', () => {
    for (const metric of ['镇域面积', '户籍人口', '常住人口', '东距县城', '环湖岸线', '在全省排名中提升'])
      expect(isDescriptive(metric)).toBe(true);
    for (const metric of ['新增建设用地面积', '脱贫人口', '粮食播种面积'])
      expect(isDescriptive(metric)).toBe(false);
    const ctx = targetTestContext('全镇镇域面积56.3平方公里，户籍人口4.1万人，南距县城18公里。', JIAZE);
    expect(extractIndicators(ctx, known()).entities).toEqual([]);
  });

  it('leaves out counts of notions and of people at a meeting', () => {
    expect(isAbstractCount('方面的成绩', '个')).toBe(true);
    expect(isAbstractCount('“主链”', '条')).toBe(true);
    expect(isAbstractCount('村党支部书记座谈', '个')).toBe(true);
    expect(isAbstractCount('重点项目落地', '个')).toBe(false);
    const ctx = targetTestContext(
      '与8个村党支部书记、3个部门负责人座谈，围绕5个方面推进，新建道路4条。',
      JIAZE,
    );
    expect(extractIndicators(ctx, known()).entities.map((e) => e.properties.value)).toEqual([4]);
  });

  it('leaves out figures of quoted slogans, but counts those of quoted speech', () => {
    const slogan = targetTestContext('全镇推行“1个中心+3个平台”服务机制，新建道路4条。', JIAZE);
    expect(extractIndicators(slogan, known()).entities.map((e) => e.properties.value)).toEqual([4]);
    const speech = targetTestContext('镇长说：“今年，我们力争新建设施大棚300亩，带动就业150人。”', JIAZE);
    expect(extractTargets(speech, known()).entities.map((e) => e.properties.value)).toEqual([300, 150]);
  });

  it('leaves out a count in words that restates the names listed right before it', () => {
    const text = '青禾冷链物流项目和松岭智能装备项目两个项目顺利投产，新增就业岗位260个。';
    const facts = known(entity(text, '青禾冷链物流项目'), entity(text, '松岭智能装备项目'));
    const values = (t: string, f: ExtractedFacts) =>
      extractIndicators(targetTestContext(t, JIAZE), f).entities.map((e) => e.properties.value);
    expect(values(text, facts)).toEqual([260]);
    // A count in digits after 等 is the text's own figure.
    const listed = '青禾冷链物流项目、松岭智能装备项目等5个项目顺利投产。';
    expect(
      values(listed, known(entity(listed, '青禾冷链物流项目'), entity(listed, '松岭智能装备项目'))),
    ).toEqual([5]);
  });

  it('leaves out a sum that only sets a threshold for a class of projects', () => {
    const ctx = targetTestContext('5亿元以上的制造业项目取得突破，完成投资8亿元。', JIAZE);
    expect(extractIndicators(ctx, known()).entities.map((e) => e.properties.value)).toEqual([800000000]);
  });

  it('leaves out a capacity inside a project name', () => {
    const text = '镇政府与某农业公司年养殖8万只肉鸭及深加工项目签约，流转土地1200亩。';
    const facts = extractIndicators(
      targetTestContext(text, JIAZE),
      known(entity(text, '年养殖8万只肉鸭及深加工项目')),
    );
    expect(facts.entities.map((e) => e.properties.value)).toEqual([1200]);
  });
});

describe('a project investment: goal while planned, fact once under way', () => {
  const kinds = (text: string, facts: ExtractedFacts) => {
    const ctx = targetTestContext(text, JIAZE);
    const out: Record<number, string> = {};
    for (const f of [extractTargets(ctx, facts), extractIndicators(ctx, facts)])
      for (const e of f.entities)
        out[Number(e.properties.value)] = `${e.label} ${f.relations.find((r) => r.toKey === e.key)?.fromKey}`;
    return out;
  };

  it('reads the investment of a signed project as a fact of the project, what it will bring as a goal', () => {
    const text = '今年3月签约的云杉新材料项目，总投资2亿元，预计年产值6亿元。';
    expect(kinds(text, known(entity(text, '云杉新材料项目')))).toEqual({
      200000000: 'Indicator Project:云杉新材料项目',
      600000000: 'Target Project:云杉新材料项目',
    });
  });

  it("gives a signed project's registered capital to the project", () => {
    const text = '3月签约的云杉新材料项目，注册资本5000万元，总投资2亿元。';
    expect(kinds(text, known(entity(text, '云杉新材料项目')))[50000000]).toBe(
      'Indicator Project:云杉新材料项目',
    );
  });

  it('reads the investment of a project still to start as its goal', () => {
    const text = '投资3亿元的青禾冷链物流项目预计9月份动工建设。';
    expect(kinds(text, known(entity(text, '青禾冷链物流项目')))[300000000]).toBe(
      'Target Project:青禾冷链物流项目',
    );
  });

  it('keeps a year plan a goal, and the investment of a started project a fact even with its completion ahead', () => {
    const text = '青禾冷链物流项目已开工建设，年度计划投资1.2亿元，总投资3亿元。';
    expect(kinds(text, known(entity(text, '青禾冷链物流项目')))).toEqual({
      120000000: 'Target Project:青禾冷链物流项目',
      300000000: 'Indicator Project:青禾冷链物流项目',
    });
    const ahead = '青禾冷链物流项目已开工建设，总投资3亿元，预计明年底建成。';
    expect(kinds(ahead, known(entity(ahead, '青禾冷链物流项目')))[300000000]).toBe(
      'Indicator Project:青禾冷链物流项目',
    );
  });

  it("reads a project's investment stated with no word on its stage as a fact, in a plan as a goal", () => {
    const text = '松岭智能装备产业园项目占地120亩，总投资6亿元。';
    const facts = known(entity(text, '松岭智能装备产业园项目'));
    expect(kinds(text, facts)[600000000]).toBe('Indicator Project:松岭智能装备产业园项目');
    const ctx = targetTestContext(text, JIAZE);
    const plan = {
      ...ctx,
      doc: { ...ctx.doc, sentences: ctx.doc.sentences.map((s) => ({ ...s, section: 'plan' as const })) },
    };
    const goal = extractTargets(plan, facts).entities.find((e) => e.properties.value === 600000000);
    expect(goal?.rule).toBe('target.project-investment');
  });

  it('gives the sum of projects just counted to the owner of the count, not to a project named before', () => {
    const text =
      '武进区在嘉泽镇举行松岭智能装备产业园项目开工仪式，集中开工项目12个，总投资26亿元，年度投资9亿元。';
    const facts = known(entity(text, '松岭智能装备产业园项目'));
    expect(kinds(text, facts)).toEqual({
      12: `Indicator ${DISTRICT}`,
      2600000000: `Indicator ${DISTRICT}`,
      900000000: `Target ${DISTRICT}`,
    });
    // Without the count, the sum is the project's.
    const one = '武进区在嘉泽镇举行松岭智能装备产业园项目开工仪式，总投资26亿元。';
    expect(owners(one, known(entity(one, '松岭智能装备产业园项目')))[2600000000]).toBe(
      'Project:松岭智能装备产业园项目',
    );
  });

  it('gives a sum a company will invest to build a project to that project, as its goal', () => {
    const text = '青禾物流将投资8亿元建设青禾冷链物流项目，达产后年营收约20亿元。';
    expect(kinds(text, known(entity(text, '青禾冷链物流项目')))).toEqual({
      800000000: 'Target Project:青禾冷链物流项目',
      2000000000: 'Target Project:青禾冷链物流项目',
    });
  });
});

describe('one figure said of several things with 均 or 各', () => {
  const metrics = (text: string) =>
    extractIndicators(targetTestContext(text, JIAZE), known()).entities.map(
      (e) => `${String(e.properties.metric)} ${String(e.properties.value)}${String(e.properties.unit)}`,
    );

  it('gives the figure to every item listed before 均', () => {
    expect(metrics('全镇工业投资、社零总额增速均保持在8%以上。')).toEqual([
      '工业投资增速 8%',
      '社零总额增速 8%',
    ]);
  });

  it('spreads a one-character qualifier over the noun of the last item, and counts 各一', () => {
    expect(metrics('新增省、市重点项目各2个。')).toEqual(['新增省重点项目 2个', '新增市重点项目 2个']);
    expect(metrics('建设烘干线、包装线各一条。')).toEqual(['建设烘干线 1条', '包装线 1条']);
  });

  it('gives a figure opening its clause with 均 to each count of the clause before', () => {
    const found = metrics('新引进工业项目6个、服务业项目4个，均完成目标的120%。');
    expect(found.filter((m) => m.endsWith(' 120%'))).toEqual([
      '新引进工业项目完成目标 120%',
      '服务业项目完成目标 120%',
    ]);
  });
});

describe('the company or project a sentence is about', () => {
  it('owns the figures of the later clauses of a sentence it opens', () => {
    const text = '青禾农业获评市级龙头企业，种植蓝莓800亩，带动就业120人。';
    const firm = entity(text, '青禾农业', 'Enterprise');
    expect(owners(text, known(firm))).toEqual({ 800: 'Enterprise:青禾农业', 120: 'Enterprise:青禾农业' });
    const whole = '青禾农业落户后，全镇新增就业300人。';
    expect(owners(whole, known(entity(whole, '青禾农业', 'Enterprise')))[300]).toBe(TOWN);
  });

  it('is the project of the company 该公司 refers to', () => {
    const text = '走进云杉新材料有限公司的车间。据了解，该公司此前投资1.6亿元扩建厂房，新增生产线3条。';
    const firm = entity(text, '云杉新材料有限公司', 'Enterprise');
    const project = {
      ...entity(text, '云杉新材料有限公司扩产项目'),
      span: { sentenceIndex: 0, start: 0, end: 0 },
    };
    expect(owners(text, known(firm, project))).toEqual({
      160000000: 'Project:云杉新材料有限公司扩产项目',
      3: 'Project:云杉新材料有限公司扩产项目',
    });
  });

  it('goes on with the owner of the sentence before after 其中', () => {
    const text = '3月2日，武进区在嘉泽镇举行重大项目集中开工仪式，开工项目12个。其中工业项目8个。';
    expect(owners(text)[8]).toBe(DISTRICT);
  });

  it('keeps the owner of the first item of an enumeration for the later ones', () => {
    const text = '康泰医疗耗材项目已投产，年产导管2亿支、敷贴5000万块。';
    expect(owners(text, known(entity(text, '康泰医疗耗材项目')))[50000000]).toBe('Project:康泰医疗耗材项目');
  });
});

describe('headlines and typeset reports', () => {
  it('counts a figure a headline restates from the body once', () => {
    const text = '青山镇项目开工 预计年增客流3万人次\n青山镇新一批项目开工，预计年增客流3万人次。';
    const ctx = targetTestContext(text, JIAZE);
    const all = [extractTargets(ctx, known()), extractIndicators(ctx, known())].flatMap((f) => f.entities);
    expect(all.filter((e) => e.properties.value === 30000).map((e) => e.span.sentenceIndex)).toEqual([1]);
  });

  it("leaves a headline's round sum to the body, which states each part", () => {
    const text = '青山镇两个项目开工 总投资超3亿\n青山镇两个项目开工，总投资分别为1.6亿元和1.5亿元。';
    const ctx = targetTestContext(text, JIAZE);
    const all = [extractTargets(ctx, known()), extractIndicators(ctx, known())].flatMap((f) => f.entities);
    const sums = all.filter((e) => e.properties.unit === '元').map((e) => Number(e.properties.value));
    expect(sums.sort((a, b) => a - b)).toEqual([150000000, 160000000]);
  });

  it('reads 预计 before a year and 全镇实现 in a review as an estimated result', () => {
    expect(kindOf('预计 2022 年全镇实现工农业总值31.88亿元。')).toBe('Indicator');
    expect(kindOf('预计2022年全镇实现工农业总值31.88亿元。', 'plan')).toBe('Target');
  });

  it('reads a report copied with its PDF line breaks as one review, its results as results', () => {
    const text = [
      '2023年工作回顾',
      '过去一年，全镇上下在县委、县政府的坚强领导下，团',
      '结一心、攻坚克难，圆满完成了镇人代会第二次会议',
      '确定的各项目标任务。全年实现地区生产总值',
      '48.6亿元，增长6.2%；完成固定资产投资9.3亿元，',
      '招引亿元以上项目4个，新增规上企业5家，建成高标',
      '准农田1200亩，改造农村公路18公里，农村居民人均',
      '可支配收入2.61万元，增长7.1%。',
    ].join('\n');
    const base = targetTestContext(text, JIAZE, '2024-02-20');
    const ctx = { ...base, doc: { ...base.doc, text, sentences: splitSentences(text) } };
    // Line by line, 结一心… reads as a heading and 确定的各项目标任务 as a plan part's.
    expect(ctx.doc.sentences.map((s) => s.section)).toContain('plan');
    expect(withUnwrappedSections(ctx).doc.sentences.every((s) => s.section === 'review')).toBe(true);
    expect(extractTargets(ctx, known()).entities).toEqual([]);
    expect(extractIndicators(ctx, known()).entities.map((e) => e.properties.value)).toContain(930000000);
    // Text whose lines end their sentences keeps the reader's parts.
    const plain = targetTestContext('2024年工作安排\n新增规上企业6家。', JIAZE, '2024-02-20');
    expect(withUnwrappedSections(plain)).toBe(plain);
  });

  it('takes a figure in brackets after 目标 as the goal', () => {
    const ctx = targetTestContext('税收收入完成预期目标(5100万元)139.3%。', JIAZE);
    expect(extractTargets(ctx, known()).entities.map((e) => e.properties.value)).toEqual([51000000]);
  });
});

describe('planned counts and estimates of the current year', () => {
  it('reads the investment of projects held in reserve as a goal', () => {
    const ctx = targetTestContext('目前已谋划储备项目9个，总投资2.3亿元。', JIAZE);
    expect(extractTargets(ctx, known()).entities.map((e) => e.properties.value)).toEqual([230000000]);
    const signed = targetTestContext('全年签约项目9个，总投资2.3亿元。', JIAZE);
    expect(extractTargets(signed, known()).entities).toEqual([]);
  });

  it('reads 预计 with the year of the document as an estimate of its result', () => {
    const ctx = targetTestContext('预计2023年可完成税收1.2亿元。', JIAZE, '2023-06-10');
    expect(extractIndicators(ctx, known()).entities.map((e) => e.properties.value)).toEqual([120000000]);
    const ahead = targetTestContext('预计2024年可完成税收1.2亿元。', JIAZE, '2023-06-10');
    expect(extractTargets(ahead, known()).entities.map((e) => e.properties.value)).toEqual([120000000]);
  });
});

describe('a neighbouring town as owner', () => {
  it('gives the figures of a sentence a town of the same district opens to that town', () => {
    const found = owners('湖塘镇成功签约项目4个，协议投资额达2.6亿元。');
    expect(found[4]).toMatch(/^Place:place:320412\d+$/);
    expect(found[4]).not.toBe(TOWN);
    expect(found[260000000]).toBe(found[4]);
  });
});

describe('the date of an undated document', () => {
  const yearsOf = (text: string) => {
    const ctx = { ...targetTestContext(text, JIAZE), referenceYear: null };
    ctx.doc = { ...ctx.doc, publishedAt: null };
    return extractIndicators(ctx, known()).entities.map((e) => e.properties.year);
  };

  it('takes the period a summary names in its title', () => {
    const ctx = {
      ...targetTestContext('嘉泽镇2022年上半年工作总结\n今年力争新增规上企业9家。', JIAZE),
      referenceYear: null,
    };
    ctx.doc = { ...ctx.doc, publishedAt: null };
    expect(extractTargets(ctx, known()).entities.map((e) => e.properties.year)).toEqual([2022]);
  });

  it('takes a date in the opening lines, and leaves the year open where nothing dates the text', () => {
    expect(yearsOf('2022年7月3日在嘉泽镇人民代表大会上\n全镇新增规上企业9家。')).toEqual([2022]);
    expect(yearsOf('全镇新增规上企业9家。')).toEqual([null]);
  });
});
