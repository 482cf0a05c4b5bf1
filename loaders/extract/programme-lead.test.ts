import { stripProgrammeLead } from './programme-lead';
import { extractProgrammes } from './programmes';
import { testContext } from '../../tests/fixtures/name-test-context';

function programmes(text: string): string[] {
  const ctx = testContext(text, [{ name: '青禾镇', kind: 'TOWN', short: '青禾' }]);
  return extractProgrammes(ctx).entities.map((e) => e.name);
}

describe('stripProgrammeLead', () => {
  it('drops the governing verb and the issuing body in front of a name', () => {
    expect(stripProgrammeLead('紧紧围绕县委“54321”工作思路')).toBe('“54321”工作思路');
    expect(stripProgrammeLead('县政府“七八九十”工作目标')).toBe('“七八九十”工作目标');
    expect(stripProgrammeLead('全县“2+3”现代化工业体系')).toBe('“2+3”现代化工业体系');
    expect(stripProgrammeLead('点燃打赢全域振兴新突破三年行动')).toBe('全域振兴新突破三年行动');
    expect(stripProgrammeLead('现有企业实行班子成员联系制度')).toBe('班子成员联系制度');
  });

  it('drops a verb of spending on or joining a programme', () => {
    expect(stripProgrammeLead('资金投向乡村建设行动')).toBe('乡村建设行动');
    expect(stripProgrammeLead('主动参与全域土地综合整治')).toBe('全域土地综合整治');
  });

  it('leaves a name alone when a cut would leave too little of it', () => {
    expect(stripProgrammeLead('项目推进年')).toBe('项目推进年');
    expect(stripProgrammeLead('农村垃圾分类省级试点')).toBe('农村垃圾分类省级试点');
    expect(stripProgrammeLead('乡村振兴战略')).toBe('乡村振兴战略');
  });
});

describe('programmes that are not quoted, or quoted with words around them', () => {
  it('a quoted formula keeps its head and loses the body that issued it', () => {
    expect(programmes('青禾镇紧紧围绕县委“54321”工作思路，推动经济发展。')).toEqual(['“54321”工作思路']);
  });

  it('a quoted year campaign may end in 活动', () => {
    expect(programmes('青禾镇扎实开展“营商环境提升年活动”，服务企业。')).toEqual(['营商环境提升年活动']);
  });

  it('national cleaning campaigns and the frontage responsibility system are known unquoted', () => {
    const found = programmes('青禾镇实施乡村清洁工程，开展村庄清洁行动，沿街商户签订门前三包责任书。');
    expect(found).toEqual(expect.arrayContaining(['乡村清洁工程', '村庄清洁行动', '门前三包']));
  });

  it('national schemes of the vocabulary are found unquoted', () => {
    const found = programmes('青禾镇完成小升规企业12家，推进城乡融合发展，持续深化双招双引。');
    expect(found).toEqual(expect.arrayContaining(['小升规', '城乡融合发展', '双招双引']));
  });

  it('a responsibility system of the chief family, and a mechanism named by its nouns', () => {
    const found = programmes('青禾镇全面推行林长制，对重点企业实行班子成员帮包服务机制。');
    expect(found).toEqual(expect.arrayContaining(['林长制', '班子成员帮包服务机制']));
  });

  it('a quoted run of parallel phrases before a programme head is a programme', () => {
    expect(programmes('青禾镇扎实开展“大走访、大服务”行动，帮扶企业。')).toEqual(['“大走访、大服务”行动']);
    expect(programmes('青禾镇围绕“稳农业、强工业、兴三产”工作思路，集中精力抓项目。')).toEqual([
      '“稳农业、强工业、兴三产”工作思路',
    ]);
    expect(programmes('青禾镇以“水乡重镇、文旅强镇”为工作目标。')).toEqual(['水乡重镇、文旅强镇']);
    // A run of what to become, followed by 建设, is a slogan.
    expect(programmes('青禾镇锚定“活力新城、美丽青禾”建设。')).toEqual([]);
  });

  it('slogans and honours stay out', () => {
    expect(programmes('青禾镇实现一季度开门红，获评省级生态文明示范镇。')).toEqual([]);
  });

  it('a rank or renown aimed at is a title; a campaign to reach it is a programme', () => {
    expect(programmes('青禾镇全力推进“全省百强乡镇”建设，实现“茶叶名镇”建设良好开局。')).toEqual([]);
    expect(programmes('青禾镇全力冲刺百强县。')).not.toContain('百强县');
  });

  it('a year’s work plan, a list of investment projects and 计划 as a verb are no programmes', () => {
    expect(
      programmes('青禾镇2025年度政府工作计划印发，编制政府投资项目计划，项目一期计划投入3000万元。'),
    ).toEqual([]);
  });
});
