import { extractEnterprises } from './enterprises';
import { headCompany } from './enterprise-heads';
import { testContext } from '../../tests/fixtures/name-test-context';

const PLACES = [{ name: '柳溪镇', kind: 'TOWN' as const, short: '柳溪' }];
const enterprises = (text: string) => extractEnterprises(testContext(text, PLACES)).entities;
const names = (text: string) => enterprises(text).map((e) => e.name);

describe('headCompany', () => {
  it('reads the company at the head of a project by the shapes projects are named', () => {
    expect(headCompany('鑫达40万吨钢丝项目', [])).toBe('鑫达');
    expect(headCompany('旋风轮二期项目', [])).toBe('旋风轮');
    expect(headCompany('侨远TOD项目', [])).toBe('侨远');
    expect(headCompany('东山市华联五金真空镀膜扩建项目', [])).toBe('华联五金');
    expect(headCompany('琨瑞搬迁技改项目', [])).toBe('琨瑞');
    expect(headCompany('隆通管业装备制造项目', [])).toBe('隆通管业');
  });

  it('a place, its works and a park named by its industry are no company', () => {
    expect(headCompany('柳溪光伏农业项目', ['柳溪'])).toBeNull();
    expect(headCompany('大宁佳苑一期工程', [])).toBeNull();
    expect(headCompany('青石客运站二期', [])).toBeNull();
    expect(headCompany('西湖科技产业园', [])).toBeNull();
    expect(headCompany('年产20万吨生物质破碎料生产线项目', [])).toBeNull();
    // A base or a farm in its second phase is works, whoever runs it.
    expect(headCompany('东塘村肉牛养殖基地二期建设项目', ['东塘村'])).toBeNull();
    // 第 makes the ordinal of a round of listings, not a company's phase.
    expect(headCompany('市调度第二期', [])).toBeNull();
  });

  it('reads no list from quotes and a head noun closed by a count', () => {
    expect(names('我县新增列入市调度第二期“五个一批”项目总量46个，总投资72亿元。')).toEqual([]);
  });
});

describe('extractEnterprises: project heads and short lists', () => {
  it('the brand names the company; the project’s full name is its alias', () => {
    const found = enterprises('柳溪镇鑫湃五金真空镀膜扩建项目开工。');
    expect(found.map((e) => e.name)).toEqual(['鑫湃']);
    expect(found[0]?.aliases).toEqual(
      expect.arrayContaining(['鑫湃五金', '柳溪镇鑫湃五金真空镀膜扩建项目', '柳溪镇鑫湃五金真空镀膜扩建']),
    );
  });

  it('one mention gathers the names of its phrases (总部, 总部及生产基地)', () => {
    const found = enterprises('鸿谦装备智造产业园、康瑞医疗耗材总部及生产基地两个项目开工。');
    expect(found.map((e) => e.name)).toEqual(['鸿谦', '康瑞']);
    expect(found[1]?.aliases).toEqual(expect.arrayContaining(['康瑞医疗耗材总部及生产基地']));
  });

  it('a list closed by a count, or bracketed after one, names companies', () => {
    expect(names('以保障金汇轻合金和恒远能源两个省级重点项目为抓手。')).toEqual(['金汇轻合金', '恒远能源']);
    expect(names('其中工业项目2个（华孚胶粘、洪达冷链），农业项目1个。')).toEqual(['华孚胶粘', '洪达冷链']);
    expect(names('特种门、锂电池4个项目落户。')).toEqual([]);
  });

  it('a short name that opens a full name in the same text is that company', () => {
    const found = enterprises('汇聚了申驰实业、齐远等企业。上海齐远重型装备有限公司扩产。');
    const short = found.find((e) => e.aliases.includes('齐远'));
    expect(short?.name).toBe('上海齐远重型装备有限公司');
  });

  it('cooperatives with a name are enterprises; the kind of cooperative is not', () => {
    expect(names('柳溪县通远种植专业合作社流转土地，鼓励组建农民专业合作社。')).toEqual([
      '柳溪县通远种植专业合作社',
    ]);
  });

  it('a full name inside a bracketed aside is read; a counted name is not', () => {
    expect(names('新引进企业2家（湖南兆丰竹木加工有限公司），柳溪镇三家经济公司参会。')).toEqual([
      '湖南兆丰竹木加工有限公司',
    ]);
  });

  it('companies put forward by a verb: 鼓励某某、某某增资扩产', () => {
    expect(names('鼓励海鑫食品、百川食品增资扩产。')).toEqual(['海鑫食品', '百川食品']);
  });

  it('bank branches are enterprises under their full name', () => {
    expect(names('中国农业银行柳溪支行与柳溪镇签约。')).toEqual(['中国农业银行柳溪支行']);
  });

  it('investor rule: the company that invests in or builds a project; a government is not one', () => {
    expect(names('该项目由鑫湃精密投资建设，柳溪镇政府负责配套。')).toEqual(['鑫湃精密']);
    expect(names('华兴新材料投资5亿元建设新厂房，智能制造投资持续增长。')).toEqual(['华兴新材料']);
  });

  it('a pronoun and a verb of dealing before a capacity are the clause, not a company', () => {
    expect(names('去年，我们引进年产500吨米酒项目。')).toEqual([]);
  });

  it('a company at the head of a list item sized by its amount', () => {
    expect(
      names('总投资8亿元的远帆科技年产5万吨负极材料、总投资3亿元的青禾智造精密轴承等签约项目落户。'),
    ).toContain('远帆');
  });

  it('the brand heads the first of two things a project joins with 及', () => {
    expect(names('总投资30亿元的奇骏整车二工厂及变速箱项目开工。')).toEqual(['奇骏']);
  });
});
