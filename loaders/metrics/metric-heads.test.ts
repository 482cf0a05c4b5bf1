import data from './metric-heads.json';
import { matchMetric } from './match-metric';
import { HEAD_ENTRIES, matchHead } from './metric-heads';
import { METRICS, metricByKey } from './vocabulary';

/** The head grammar, on phrasings written for these tests. */
const key = (metric: string, unit: string): string | null =>
  matchMetric({ metric, value: 10, unit })?.entry.key ?? null;

describe('the head grammar', () => {
  it('keys a figure no entry names by the noun that closes it, its measure and its words', () => {
    expect(key('新增农产品加工企业', '家')).toBe('enterprises:新增农产品加工企业');
    expect(key('招引文旅项目', '个')).toBe('projects:招引文旅项目');
    expect(key('集体经济收入超20万元的村', '个')).toBe('villages:集体经济收入超20万元村');
    expect(key('培育种粮大户', '户')).toBe('households:培育种粮大户');
    expect(key('吸纳周边村民务工', '人')).toBe('people:吸纳周边村民务工');
    expect(key('接待研学团队学生', '人次')).toBe('visits:接待研学团队学生');
    expect(key('举办农民丰收节活动', '场')).toBe('events:农民丰收节活动');
    expect(key('建成村级快递服务站', '个')).toBe('sites:建成村级快递服务站');
    expect(key('拟建人才公寓楼', '栋')).toBe('buildings:拟建人才公寓楼');
    expect(key('硬化通组道路', '条')).toBe('lines:硬化通组道路');
    expect(key('办理群众来信诉求', '件')).toBe('cases:办理群众来信诉求');
    expect(key('中药材年产量', '吨')).toBe('production:中药材年产量');
    expect(key('争取中央预算内投资', '元')).toBe('investment:中央预算内投资');
    expect(key('落实乡村振兴衔接资金', '元')).toBe('funds:乡村振兴衔接资金');
    expect(key('菌菇产业产值', '元')).toBe('output:菌菇产业产值');
    expect(key('农家乐营业额', '元')).toBe('revenue:农家乐营业额');
    expect(key('商务楼宇实现税收', '元')).toBe('tax:商务楼宇税收');
    expect(key('带动乡村旅游消费', '元')).toBe('amounts:带动乡村旅游消费');
    expect(key('种植高山蔬菜', '亩')).toBe('land:种植高山蔬菜');
    expect(key('改造闲置仓库', '平方米')).toBe('floor:改造闲置仓库');
    expect(key('企业上云率', '%')).toBe('rate:企业上云率');
    expect(key('新建屋顶分布式光伏电站', '兆瓦')).toBe('power:新建屋顶分布式光伏电站');
    expect(key('河塘清淤', '万立方米')).toBe('volumes:河塘清淤');
    expect(key('补植行道树', '株')).toBe('plants:补植行道树');
    expect(key('组建应急服务队', '支')).toBe('teams:组建应急服务队');
    expect(key('新打灌溉机井', '口')).toBe('sites:新打灌溉机井');
    // Projects named by what happened to them are a group, not one project's total investment.
    expect(key('引进优质农业项目投资总额', '元')).toBe('investment:引进优质农业项目投资总额');
  });

  it('leaves the entries of the vocabulary first', () => {
    expect(key('新增高新技术企业', '家')).toBe('enterprises.hightech.new');
    expect(key('新开工项目', '个')).toBe('projects.started');
    expect(key('森林覆盖率', '%')).toBe('ratio.forest-cover');
  });

  it('gives one phrasing one key in every report and two phrasings two keys', () => {
    expect(key('全年新增农产品加工企业', '家')).toBe(key('新增农产品加工企业', '家'));
    expect(key('投产企业', '家')).not.toBe(key('新增农产品加工企业', '家'));
  });

  it('converts the figure to the head unit and keeps growth apart from level', () => {
    const area = matchMetric({ metric: '种植高山蔬菜', value: 20, unit: '公顷' });
    expect(area?.figure).toEqual({ value: 300, valueMax: null, unit: '亩' });
    const length = matchMetric({ metric: '疏通排洪沟', value: 1500, unit: '米' });
    expect(length).toMatchObject({
      entry: { key: 'lengths:疏通排洪沟' },
      figure: { value: 1.5, unit: '公里' },
    });
    expect(key('农家乐营业额增长', '%')).toBe('revenue.growth:农家乐营业额');
    const fall = matchMetric({ metric: '农家乐营业额同比下降', value: 4, unit: '%' });
    expect(fall).toMatchObject({ entry: { key: 'revenue.growth:农家乐营业额' }, decline: true });
    // An amount in %, an output in 亩, enterprises in 元: the measure cannot measure the head.
    expect(key('农家乐营业额', '%')).toBeNull();
    expect(key('茶叶产量', '亩')).toBeNull();
    expect(key('农产品加工企业', '元')).toBeNull();
  });

  it('reads a completion rate of what no entry names as a rate', () => {
    expect(key('闲置农房盘活完成率', '%')).toBe('rate:闲置农房盘活完成率');
    expect(key('闲置农房盘活完成全年任务', '%')).toBeNull();
  });

  it('names nothing for a bare head, a list, an average or words cut from a sentence', () => {
    expect(key('企业', '家')).toBeNull();
    expect(key('其他企业', '家')).toBeNull();
    expect(key('甲公司、乙公司等企业', '家')).toBeNull();
    expect(key('人均务工工资', '元')).toBeNull();
    expect(key('该公司此前投资', '元')).toBeNull();
    expect(key('园区入驻7家企业总投资', '元')).toBeNull();
    expect(key('累计吸引', '人次')).toBeNull();
    expect(key('新建某某村', '亩')).toBeNull();
    expect(key('一段过长的修饰语说了很多很多别的话还没有说完的企业', '家')).toBeNull();
  });

  it('answers a plain call without the vocabulary before it', () => {
    const figure = { value: 3, valueMax: 5, unit: '台' };
    expect(matchHead({ core: '新购数控机床', growth: false, figure })).toMatchObject({
      entry: { key: 'machines:新购数控机床', kind: 'count', unit: '台' },
      figure: { value: 3, valueMax: 5, unit: '台' },
    });
  });
});

describe('the keys of the head grammar', () => {
  it('name their head and phrasing through metricByKey', () => {
    expect(metricByKey('enterprises:投产企业')).toMatchObject({
      key: 'enterprises:投产企业',
      label: '投产企业',
      kind: 'count',
      unit: '家',
    });
    expect(metricByKey('revenue.growth:农家乐营业额')).toMatchObject({ kind: 'growth', unit: '%' });
    expect(metricByKey('enterprises:')).toBeNull();
    expect(metricByKey('no-such-head:投产企业')).toBeNull();
  });

  it('are data a reader can check: known kinds, the canonical unit among the measures, no key of the vocabulary', () => {
    const vocabulary = new Set(METRICS.map((m) => m.key));
    for (const head of data.heads) {
      expect({ key: head.key, known: ['level', 'count', 'area', 'ratio'].includes(head.kind) }).toEqual({
        key: head.key,
        known: true,
      });
      expect({ key: head.key, unit: head.measures.includes(head.unit) }).toEqual({
        key: head.key,
        unit: true,
      });
      expect({ key: head.key, taken: vocabulary.has(head.key) }).toEqual({ key: head.key, taken: false });
      expect(head.synonyms.length).toBeGreaterThan(0);
    }
    expect(HEAD_ENTRIES.filter((e) => e.kind === 'growth').every((e) => e.unit === '%')).toBe(true);
  });
});
