import { findQuantities, parseChineseNumeral, resolveYearExpression } from './numbers';
import { findYear } from './number-years';

function one(text: string) {
  const found = findQuantities(text);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('findQuantities', () => {
  it.each([
    ['城镇新增就业2.6万人', 26000, '人'],
    ['签订130亿元的战略合作协议', 13000000000, '元'],
    ['明年新增学位8190个', 8190, '个'],
    ['3.07万亩高标准农田', 30700, '亩'],
    ['累计放款18.93亿元', 1893000000, '元'],
    ['10亿美元以上项目', 1000000000, '美元'],
    ['上半年累计维修约1500平方米', 1500, '平方米'],
    ['PM2.5平均浓度31.6微克/立方米', 31.6, '微克/立方米'],
    ['划分6个党小组', 6, '个'],
    ['保障性租赁住房2000套(间)', 2000, '套'],
  ])('%s → %d %s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it('reads 度 as kilowatt-hours only after 万 or 亿', () => {
    expect(one('年发电量可达1.2亿度')).toMatchObject({ value: 120000000, unit: '度' });
    expect(findQuantities('气温升至30度，坡度15度')).toEqual([]);
  });

  it("reads ranges, keeping each bound's multiplier", () => {
    expect(one('5000万—1亿元项目')).toMatchObject({ value: 50000000, valueMax: 100000000, unit: '元' });
    expect(one('1亿——3亿元')).toMatchObject({ value: 100000000, valueMax: 300000000 });
    expect(one('招聘3—5万人')).toMatchObject({ value: 30000, valueMax: 50000, unit: '人' });
  });

  it('reads a number typeset with a space before its unit, but not across a line break', () => {
    expect(one('粮食总产 4.6 万吨')).toMatchObject({ value: 46000, unit: '吨' });
    expect(findQuantities('全年产值 12\n亿元')).toEqual([]);
  });

  it('reads Chinese numerals but not idiomatic 一', () => {
    expect(one('新建三个中心')).toMatchObject({ value: 3, unit: '个' });
    expect(one('引进十家企业')).toMatchObject({ value: 10, unit: '家' });
    expect(one('打造两个平台')).toMatchObject({ value: 2, unit: '个' });
    expect(one('二十五所学校')).toMatchObject({ value: 25, unit: '所' });
    expect(findQuantities('织牢织密大数据一张网')).toEqual([]);
  });

  it('reads percentages and qualifiers', () => {
    expect(one('地区生产总值增长6%')).toMatchObject({ value: 6, unit: '%', qualifier: null });
    expect(one('特色康居村占比超93%')).toMatchObject({ value: 93, unit: '%', qualifier: '超' });
    expect(one('新增学位近2.3万个')).toMatchObject({ value: 23000, qualifier: '近' });
    expect(one('人才项目130个以上')).toMatchObject({ value: 130, qualifier: '以上' });
    expect(one('1200余路视频监控')).toMatchObject({ value: 1200, unit: '路', qualifier: '余' });
    expect(one('增长5%左右')).toMatchObject({ value: 5, qualifier: '左右' });
  });

  it('reads a sum written without 元 as money when money words govern it', () => {
    expect(one('项目总投资6240万，年内开工')).toMatchObject({ value: 62400000, unit: '元' });
    expect(one('投入380万用于卫生院改造')).toMatchObject({ value: 3800000, unit: '元' });
    expect(one('税收突破8亿大关')).toMatchObject({ value: 800000000, unit: '元' });
    expect(one('某公司投资5亿建设冷链物流中心')).toMatchObject({ value: 500000000, unit: '元' });
    expect(one('总投资超2亿 预计年内投用')).toMatchObject({ value: 200000000, unit: '元', qualifier: '超' });
    // Without money words, or as a threshold naming a class, a bare 万 is no sum.
    expect(findQuantities('常住人口3.2万，')).toEqual([]);
    expect(findQuantities('年产1.5万，')).toEqual([]);
    expect(findQuantities('税收千万楼宇')).toEqual([]);
    expect(findQuantities('税收2000万楼宇3幢')).toMatchObject([{ value: 3, unit: '幢' }]);
  });

  it('reads a range of money written without 元 as one sum', () => {
    expect(findQuantities('冷库项目总投资2-3亿，')).toMatchObject([
      { value: 200000000, valueMax: 300000000, unit: '元' },
    ]);
    expect(findQuantities('计划投资4000万—6000万，')).toMatchObject([
      { value: 40000000, valueMax: 60000000, unit: '元' },
    ]);
    expect(findQuantities('人口2-3万，')).toEqual([]);
  });

  it('reads 余 and 多 before the multiplier', () => {
    expect(one('完成税收7000余万元')).toMatchObject({ value: 70000000, unit: '元', qualifier: '余' });
    expect(one('募集了600多万元善款')).toMatchObject({ value: 6000000, unit: '元', qualifier: '多' });
    expect(one('接待游客50余万人次')).toMatchObject({ value: 500000, unit: '人次' });
  });

  it.each([
    ['签约面积2万平米', 20000, '平米'],
    ['服务企业800家次', 800, '家次'],
    ['举办推介会3场次', 3, '场次'],
    ['日均接待游客犬120只', 120, '只'],
    ['组建志愿服务队12支', 12, '支'],
    ['收购稻谷50万斤', 500000, '斤'],
  ])('reads the unit of %s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it('skips dates, ordinals and Latin tokens', () => {
    expect(findQuantities('2023年12月20日召开')).toEqual([]);
    expect(findQuantities('攀升至第91位')).toEqual([]);
    expect(findQuantities('新增5G工厂')).toEqual([]);
  });

  it('gives offsets into the text', () => {
    const text = '明年采集、开发就业岗位10万个，城镇新增就业2.6万人';
    const [a, b] = findQuantities(text);
    expect(text.slice(a?.start, a?.end)).toBe('10万个');
    expect(text.slice(b?.start, b?.end)).toBe('2.6万人');
  });
});

describe('numerals and years', () => {
  it('parses Chinese numerals', () => {
    expect(parseChineseNumeral('二十五')).toBe(25);
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('一百零八')).toBe(108);
    expect(parseChineseNumeral('三千')).toBe(3000);
    expect(parseChineseNumeral('大')).toBeNull();
  });

  it('resolves years against the reference year', () => {
    expect(resolveYearExpression('2025年', 2023)).toBe(2025);
    expect(resolveYearExpression('明年', 2023)).toBe(2024);
    expect(resolveYearExpression('今年', 2023)).toBe(2023);
    expect(resolveYearExpression('去年', 2023)).toBe(2022);
    expect(resolveYearExpression('明年', null)).toBeNull();
    expect(resolveYearExpression('十四五期末', null)).toBe(2025);
  });

  it('takes the year before the figure, else the first after it', () => {
    expect(findYear('力争明年新增上市挂牌企业7家', 2023)).toBe(2024);
    expect(findYear('到“十四五”期末，产值达到500亿元', 2020)).toBe(2025);
    expect(findYear('产值达到500亿元', 2020)).toBeNull();
  });
});

describe('typeset figures', () => {
  it('reads a year with a space before 年', () => {
    expect(findYear('2022 年工作回顾', null)).toBe(2022);
  });

  it('reads 件(套) as one unit, in either bracket', () => {
    expect(findQuantities('生产服装3亿件(套)').map((q) => [q.value, q.unit])).toEqual([
      [300000000, '件(套)'],
    ]);
    expect(findQuantities('生产服装3亿件（套）').map((q) => q.unit)).toEqual(['件(套)']);
  });

  it('counts 各一 but not a lone 一', () => {
    expect(findQuantities('建设烘干线、包装线各一条').map((q) => q.value)).toEqual([1]);
    expect(findQuantities('织密一张网')).toEqual([]);
    expect(findQuantities('购置设备各一套的新厂房')).toEqual([]);
  });
});
