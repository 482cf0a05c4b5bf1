import { matchMetric } from './match-metric';
import { normaliseMetricText } from './metric-text';

/**
 * Phrasings of the kind statistical bulletins (统计公报) and town work reports use, written
 * for these tests (青禾镇 and 云岭乡 are invented): the structure they share and the
 * metrics they report that the town documents of the real-text set also use.
 */
const key = (metric: string, unit: string): string | null =>
  matchMetric({ metric, value: 10, unit })?.entry.key ?? null;

describe('normaliseMetricText: bulletin and report spellings', () => {
  it('reads 规模工业 and 规模企业 as the 规上 scope, and 可支配性收入 as 可支配收入', () => {
    expect(normaliseMetricText('规模工业增加值').core).toBe('规上工业增加值');
    expect(normaliseMetricText('规模企业实现工业总产值').core).toBe('规上企业实现工业总产值');
    expect(normaliseMetricText('农民人均可支配性收入').core).toBe('农民人均可支配收入');
  });

  it('spells 过千万, 过亿 and a threshold after 投资 as the size bucket', () => {
    expect(normaliseMetricText('引进过千万元的项目').core).toBe('引进千万元以上的项目');
    expect(normaliseMetricText('签约过亿项目').core).toBe('签约亿元以上项目');
    expect(normaliseMetricText('引进投资5亿元以上产业项目').core).toBe('引进5亿元以上产业项目');
  });

  it('drops 实际 before a growth word, a closing 任务, and 已 or 完成入库 after the metric', () => {
    expect(normaliseMetricText('规上工业增加值实际增长')).toMatchObject({
      core: '规上工业增加值',
      growth: true,
    });
    expect(normaliseMetricText('全年招商引资目标任务')).toMatchObject({ core: '招商引资', growth: false });
    expect(normaliseMetricText('1-8月固定资产投资已完成').core).toBe('固定资产投资');
    expect(normaliseMetricText('工业税收完成入库').core).toBe('工业税收');
    // A share of the year's plan is still a share, not a goal.
    expect(normaliseMetricText('工业投资完成全年任务')).toMatchObject({ planShare: true });
  });

  it('strips a province or country scope, and a park only before its reaching verb', () => {
    expect(normaliseMetricText('全省居民人均可支配收入').core).toBe('居民人均可支配收入');
    expect(normaliseMetricText('园区累计完成固定资产投资').core).toBe('固定资产投资');
    expect(normaliseMetricText('园区年产值').core).toBe('园区年产值');
  });

  it('writes one spelling for 新建、改建 and the sectors 一产 to 三产', () => {
    expect(normaliseMetricText('新建和改造村组道路').core).toBe('新改建村组道路');
    expect(normaliseMetricText('三产增加值').core).toBe('第三产业增加值');
    expect(normaliseMetricText('金融机构本外币贷款余额').core).toBe('金融机构贷款余额');
  });
});

describe('matchMetric: statistical-bulletin indicators', () => {
  it('tells crops apart, for output and for area', () => {
    expect(key('全年稻谷产量', '吨')).toBe('grain.rice.output');
    expect(key('小麦总产量', '吨')).toBe('grain.wheat.output');
    expect(key('夏粮总产量', '吨')).toBe('grain.summer.output');
    expect(key('油菜籽产量', '吨')).toBe('oil-crops.output');
    expect(key('油菜种植面积', '亩')).toBe('oil-crops.area');
    expect(key('玉米播种面积', '公顷')).toBe('grain.corn.area');
    expect(key('粮食总产量', '吨')).toBe('grain.output');
    expect(key('蔬菜及食用菌产量', '吨')).toBe('vegetables.output');
    expect(key('水果产量', '亩')).toBeNull();
  });

  it('reads livestock, branch outputs and 工农业总产值 under their bulletin names', () => {
    expect(key('全年牛出栏', '头')).toBe('livestock.cattle');
    expect(key('家禽出栏', '羽')).toBe('livestock.poultry');
    expect(key('畜牧业产值', '元')).toBe('husbandry.output');
    expect(key('渔业总产值', '元')).toBe('fishery.output');
    expect(key('青禾镇全年完成工农业生产总值', '元')).toBe('output.industry-agriculture');
    expect(key('工农业总产值增长', '%')).toBe('output.industry-agriculture.growth');
  });

  it('splits population and spending into urban and rural, and keeps births apart', () => {
    expect(key('年末城镇常住人口', '人')).toBe('population.urban');
    expect(key('乡村人口', '人')).toBe('population.rural');
    expect(key('全年出生人口', '人')).toBe('population.births');
    expect(key('城镇居民人均消费支出', '元')).toBe('consumption.urban');
    expect(key('农村常住居民人均消费支出', '元')).toBe('consumption.rural');
    expect(key('居民人均消费支出', '元')).toBe('consumption.per-capita');
    expect(key('城乡居民人均可支配收入', '元')).toBe('income.per-capita');
  });

  it('reads a price rise as the growth of consumer prices, never as a level', () => {
    expect(key('全年居民消费价格比上年上涨', '%')).toBe('prices.consumer.growth');
    expect(key('居民消费价格上涨', '元')).toBeNull();
  });

  it('knows the sector value added, construction areas and the services share', () => {
    expect(key('一产增加值', '元')).toBe('agriculture.value-added');
    expect(key('第一产业实现增加值', '元')).toBe('agriculture.value-added');
    expect(key('建筑业增加值', '元')).toBe('construction.value-added');
    expect(key('房屋施工面积', '平方米')).toBe('construction.floor-under-construction');
    expect(key('服务业增加值占GDP比重', '%')).toBe('ratio.services-share');
    expect(key('服务业增加值占GDP比重', '元')).toBeNull();
    expect(key('规上工业亩均税收', '元')).toBe('industry.tax-per-mu');
  });

  it('converts livestock heads, poultry and electricity to their canonical units', () => {
    expect(matchMetric({ metric: '生猪出栏', value: 2.5, unit: '万头' })?.figure).toMatchObject({
      value: 25000,
      unit: '头',
    });
    expect(matchMetric({ metric: '全社会用电量', value: 3, unit: '亿千瓦时' })?.figure).toMatchObject({
      value: 300_000_000,
      unit: '千瓦时',
    });
    expect(matchMetric({ metric: '全社会用电量', value: 12, unit: '度' })?.entry.key).toBe(
      'electricity.consumption',
    );
    // Industry's share of the electricity is a metric of its own, not the whole.
    expect(matchMetric({ metric: '工业用电量', value: 12, unit: '度' })?.entry.key).toBe(
      'electricity.industrial',
    );
  });
});

describe('matchMetric: work-report figures', () => {
  it('reads the older names of investment and revenue', () => {
    expect(key('云岭乡全年完成固定资产投入', '元')).toBe('investment.fixed-assets');
    expect(key('工业投入', '元')).toBe('investment.industrial');
    expect(key('企业完成技改投入', '元')).toBe('investment.technical-renovation');
    expect(key('规模工业增加值预计完成', '元')).toBe('industry.value-added.above-scale');
    expect(key('完成财税收入', '元')).toBe('revenue.fiscal-total');
    expect(key('财政一般预算收入', '元')).toBe('revenue.public-budget');
    expect(key('完成招商引资任务', '元')).toBe('investment.attracted');
    expect(key('实现利税', '元')).toBe('profit-tax');
    expect(key('工业销售收入', '元')).toBe('industry.revenue');
  });

  it('counts investment promotion: visitors, talks, signings and completions', () => {
    expect(key('全年接待外地客商', '人次')).toBe('investment.visitors');
    expect(key('共洽谈项目', '个')).toBe('projects.negotiating');
    expect(key('亿元以上项目新签约', '个')).toBe('projects.100m');
    expect(key('亿元以上项目新开工', '个')).toBe('projects.100m.started');
    expect(key('新竣工亿元以上项目', '个')).toBe('projects.100m.completed');
    expect(key('共引进过千万元的项目', '个')).toBe('projects.10m');
    expect(key('签定招商引资合同', '个')).toBe('projects.signed');
    expect(key('新增工业列统企业', '家')).toBe('enterprises.above-scale.new');
    expect(key('新增工商户', '户')).toBe('market-entities.individual.new');
  });

  it('reads a subject and the measure it reaches as one metric when the vocabulary names it, else by its head', () => {
    expect(key('规上服务业企业实现营业收入', '元')).toBe('services.revenue.above-scale');
    expect(key('列统企业实现产值', '元')).toBe('industry.output.above-scale');
    // No entry names it: the head grammar does, by its words.
    expect(key('商务楼宇实现税收', '元')).toBe('tax:商务楼宇税收');
    expect(key('园区年产值', '元')).toBe('output:园区年产值');
  });

  it('reads what a project brings once built and producing, and what a household gains', () => {
    expect(key('建成达产后可提供就业岗位', '个')).toBe('jobs.created');
    expect(key('投产后年营业额', '元')).toBe('project.annual-output');
    expect(key('合作社户均增收', '元')).toBeNull();
    expect(key('户均年增收', '元')).toBe('households.income-gain');
  });

  it('knows rural works and rural tourism', () => {
    expect(key('新建垃圾中转站', '座')).toBe('sanitation.transfer-stations');
    expect(key('旱厕改造', '户')).toBe('sanitation.toilets');
    expect(key('新建、改造农村公路', '公里')).toBe('roads.built');
    expect(key('全年乡村旅游接待游客', '人次')).toBe('tourists.rural');
    expect(key('接待游客', '人次')).toBe('tourists');
    expect(key('完成复耕土地', '亩')).toBe('land.reclaimed');
  });
});
