import { matchMetric } from './match-metric';

function key(metric: string, unit: string, projectSubject = false): string | null {
  return matchMetric({ metric, value: 3, unit, projectSubject })?.entry.key ?? null;
}

describe('keys no broader than the phrase', () => {
  it('keeps a level of government the entry does not carry', () => {
    expect(key('省级专精特新企业', '家')).toBe('enterprises.specialised.province');
    expect(key('新增省级专精特新企业', '家')).toBe('enterprises.specialised.province.new');
    expect(key('国家级专精特新小巨人企业', '家')).toBe('enterprises.specialised.giant');
    expect(key('专精特新企业', '家')).toBe('enterprises.specialised');
    expect(key('市级农业龙头企业', '家')).toBe('enterprises:市级农业龙头企业');
    expect(key('省级高新技术企业', '家')).toBe('enterprises:省级高新技术企业');
    expect(key('市级以上重点项目', '个')).toBe('projects:市级以上重点项目');
    expect(key('市重大建设项目', '个')).toBe('projects:市重大建设项目');
    expect(key('省级文明村', '个')).toBe('villages:省级文明村');
    expect(key('镇级财政收入', '元')).toBe('revenue:镇级财政收入');
    // The national certification is what 高新技术企业 means; 村级 is what a village collective is.
    expect(key('国家级高新技术企业', '家')).toBe('enterprises.hightech');
    expect(key('村级集体经济收入', '元')).toBe('village.collective-income');
  });

  it('files a level-qualified group of projects under its own words, with its 完成', () => {
    expect(key('村级建设项目完成投资', '元')).toBe('investment:村级建设项目完成投资');
    expect(key('重点项目完成投资', '元')).toBe('investment.key-projects');
  });

  it('keeps transactions apart from revenue', () => {
    expect(key('网上交易额', '元')).toBe('transactions:网上交易额');
    expect(key('农贸市场成交额增长', '%')).toBe('transactions.growth:农贸市场成交额');
    expect(key('农家乐营业额', '元')).toBe('revenue:农家乐营业额');
  });

  it("reads a bare 产值 as a project's yearly output only when a project states it", () => {
    expect(key('产值', '元', true)).toBe('project.annual-output');
    expect(key('产值', '元')).toBeNull();
  });
});

describe('words that frame a metric', () => {
  it('drop enumeration markers and the voice of the report before the lookup', () => {
    expect(key('二是工业项目投资', '元')).toBe('investment.industrial');
    expect(key('其三一般公共预算收入', '元')).toBe('revenue.public-budget');
    expect(key('3.新开工项目', '个')).toBe('projects.started');
    expect(key('本次活动集中签约项目', '个')).toBe('projects.signed');
    expect(key('其他企业', '家')).toBeNull();
  });

  it('name nothing for a list closed by 等', () => {
    expect(key('年产8万吨饲料等', '个')).toBeNull();
  });

  it('keep 签约 whole at the end of a phrasing', () => {
    expect(key('征收签约', '户')).toBe('housing.expropriation');
  });

  it('put an event said after projects first, in any of its wordings', () => {
    expect(key('县级以上重点项目全面开工', '个')).toBe('projects:开工县级以上重点项目');
    expect(key('首批项目破土动工', '个')).toBe('projects:开工首批项目');
    expect(key('重点项目顺利竣工', '个')).toBe(key('竣工重点项目', '个'));
  });

  it('keep 完成 before 建设: firms whose works are done are not builders', () => {
    expect(key('完成建设企业', '家')).toBe('enterprises:完成建设企业');
    expect(key('完成税收', '元')).toBe('revenue.tax');
  });
});
