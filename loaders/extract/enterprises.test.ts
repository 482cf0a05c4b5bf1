import { extractEnterprises } from './enterprises';
import { companyAtHead, looksLikeBrand, looksLikeCompany, shortNames } from './enterprise-names';
import { testContext } from '../../tests/fixtures/name-test-context';

describe('extractEnterprises', () => {
  it('suffix rule with short names; later short mentions are the same enterprise', () => {
    const { entities } = extractEnterprises(
      testContext('常州华星光学科技股份有限公司落户园区。华星光学当年即投产。'),
    );
    const names = new Set(entities.map((e) => e.name));
    expect(names).toEqual(new Set(['常州华星光学科技股份有限公司']));
    expect(entities[0]?.aliases).toEqual(expect.arrayContaining(['华星光学科技', '华星光学']));
    expect(entities.find((e) => e.rule === 'enterprise.short-name')?.span.start).toBe(19);
  });

  it('banks and factories; water works are not companies', () => {
    const names = extractEnterprises(
      testContext('吴江市东方丝绸印染厂与中国农业银行签约，城东净水厂投运。'),
    ).entities.map((e) => e.name);
    expect(names).toEqual(['吴江市东方丝绸印染厂', '中国农业银行']);
  });

  it('list rule 等N家企业', () => {
    const names = extractEnterprises(testContext('宏达液压、康泰医疗等14家企业完成贯标。')).entities.map(
      (e) => e.name,
    );
    expect(names).toEqual(['宏达液压', '康泰医疗']);
  });

  it('derives short names: place and legal form off, then trade words', () => {
    expect(shortNames('苏州飞润纺织有限公司')).toEqual(['飞润纺织', '飞润']);
    expect(shortNames('中国工商银行')).toEqual(['工商银行']);
    expect(shortNames('江南农村商业银行')).toEqual([]);
  });

  it('rejects quoted concepts and generic companies', () => {
    expect(extractEnterprises(testContext('开展“强村公司”试点，组建物业公司。')).entities).toEqual([]);
  });

  it('subject rule: a brand and a trade word opening a clause about listing or certification', () => {
    const names = extractEnterprises(
      testContext('恒远电气登陆创业板，安泰科技完成股份制改造，华能机械、瑞丰电子分别创成省级企业技术中心。'),
    ).entities.map((e) => e.name);
    expect(names).toEqual(['恒远电气', '安泰科技', '华能机械', '瑞丰电子']);
  });

  it('subject rule: the rarer predicates and a plant unit still open a company clause', () => {
    // The rule first asks whether the sentence holds one of its predicates' words: these
    // sentences hold only the rarer ones (跻身, 首创, a workshop being built).
    const names = extractEnterprises(
      testContext('恒丰机械跻身全省民营企业百强，泰和电子首创柔性电路工艺。华瑞纺织新车间建成投产。'),
    ).entities.map((e) => e.name);
    expect(names).toEqual(['恒丰机械', '泰和电子', '华瑞纺织']);
  });

  it('plot rule: a company-like name before 地块, shortest reading first', () => {
    const names = extractEnterprises(
      testContext('推进宏达化工污染地块治理，启动丰源纺织地块收储。'),
    ).entities.map((e) => e.name);
    expect(names).toEqual(['宏达化工', '丰源纺织']);
  });

  it('a bracketed registration place gives the brand as a short name', () => {
    expect(shortNames('丰泰科技(江苏)有限公司')).toEqual(expect.arrayContaining(['丰泰科技', '丰泰']));
  });

  it('a company heads a project named company + product; works and places do not', () => {
    expect(companyAtHead('鑫岳机械精密轴承生产项目')).toBe('鑫岳机械');
    expect(companyAtHead('宿迁市鑫岳机械精密轴承生产项目')).toBe('鑫岳机械');
    expect(companyAtHead('智能制造产业园配套道路工程')).toBeNull();
    expect(looksLikeBrand('鑫岳')).toBe(true);
    expect(looksLikeBrand('东湾村民宿')).toBe(false);
    expect(looksLikeBrand('城市更新PPP')).toBe(false);
    expect(looksLikeBrand('污水管网')).toBe(false);
  });

  it('a plant named by its capacity is no company: the brand before the figure is', () => {
    const { entities } = extractEnterprises(
      testContext(
        '柳溪镇新开工项目中，鑫泰80万吨选煤厂项目已完成基础施工，麓丰3万锭精梳纱线、鸿屿50MW渔光互补电站等项目同步推进。',
      ),
    );
    const names = entities.map((e) => e.name);
    expect(names).not.toContain('鑫泰80万吨选煤厂');
    expect(names).toEqual(expect.arrayContaining(['鑫泰', '麓丰', '鸿屿']));
  });

  it('one character and 业 names a line of business; sector words with 业 do not', () => {
    expect(looksLikeCompany('宏达鞋业')).toBe(true);
    expect(looksLikeCompany('柳溪竹业')).toBe(true);
    expect(looksLikeCompany('乡村就业')).toBe(false);
    expect(looksLikeCompany('特色产业')).toBe(false);
    expect(shortNames('宏达鞋业有限公司')).toEqual(['宏达鞋业', '宏达']);
    expect(extractEnterprises(testContext('宏达鞋业增资扩产。')).entities.map((e) => e.name)).toEqual([
      '宏达鞋业',
    ]);
  });

  it('heavy industry, car parts and property are trade words; goods a list counts are not', () => {
    expect(looksLikeCompany('鼎丰重工')).toBe(true);
    expect(looksLikeCompany('源泰汽配')).toBe(true);
    expect(looksLikeCompany('金禾置业')).toBe(true);
    expect(looksLikeCompany('特种水泥')).toBe(false);
    const found = extractEnterprises(testContext('鼎丰重工计划投资5亿元建设装备基地。')).entities;
    // The brand names the company; brand and trade word is its alias.
    expect(found.map((e) => [e.name, e.aliases.includes('鼎丰重工')])).toEqual([['鼎丰', true]]);
  });

  it('the other party of a signing, when its name carries a trade word', () => {
    const names = (text: string) => extractEnterprises(testContext(text)).entities.map((e) => e.name);
    expect(names('柳溪镇与宏达物流签订投资协议。')).toEqual(['宏达物流']);
    expect(names('柳溪镇与县交通局签订协议。')).toEqual([]);
  });

  it('a company of the 业 family heads its project; a works verb is no part of a brand', () => {
    expect(companyAtHead('丰牧牛业扩建项目')).toBe('丰牧牛业');
    expect(looksLikeBrand('丰牧牛业扩建')).toBe(false);
  });

  it('the numbered bureaus of the state builders by their short forms', () => {
    const names = extractEnterprises(
      testContext('中建三局承建的柳溪中学迁建工程开工，中铁十局负责路基。'),
    ).entities.map((e) => e.name);
    expect(names).toEqual(['中建三局', '中铁十局']);
  });

  it('a representative before a registered name is no part of it', () => {
    const names = extractEnterprises(
      testContext('签约企业代表苏州青禾新材料科技有限公司总经理发言。'),
    ).entities.map((e) => e.name);
    expect(names).toEqual(['苏州青禾新材料科技有限公司']);
    const kinds = extractEnterprises(
      testContext('龙头企业远帆集团和首家港资企业枫林制衣有限公司增资扩产。'),
    ).entities.map((e) => e.name);
    expect(kinds).toEqual(['远帆集团', '枫林制衣有限公司']);
  });

  it('a registered name written with and without its place of registration is one company', () => {
    const { entities } = extractEnterprises(
      testContext('项目由浙江远帆机械有限公司投资建设。远帆机械有限公司总经理介绍了项目。'),
    );
    expect(new Set(entities.map((e) => e.name))).toEqual(new Set(['浙江远帆机械有限公司']));
    expect(entities.flatMap((e) => e.aliases)).toContain('远帆机械有限公司');
  });

  it('a trade name opening a clause about its own plant unit is a company, read at its shortest', () => {
    const names = extractEnterprises(
      testContext('园区内，青禾制药智能化提取车间完成设备安装，枫林药业质检中心进入装修阶段。'),
    ).entities.map((e) => e.name);
    expect(names).toEqual(['青禾制药', '枫林药业']);
  });

  it('均 inside a run that goes on to a legal form is a brand character; after a legal form it is the adverb', () => {
    const names = (text: string) => extractEnterprises(testContext(text)).entities.map((e) => e.name);
    expect(names('江苏华均科技有限公司落户园区。')).toEqual(['江苏华均科技有限公司']);
    expect(names('远帆科技有限公司均已投产。')).toEqual(['远帆科技有限公司']);
    expect(names('两家企业均为远帆科技有限公司子公司。')).toEqual(['远帆科技有限公司']);
  });

  it('short names keep a one-character brand head and a place word before trade words alone', () => {
    expect(shortNames('青禾新材料有限公司')).toEqual(['青禾新材料', '青禾']);
    expect(shortNames('常州华星光学科技有限公司')).toContain('华星光学');
  });

  it('trade words alone name an industry: no company, no brand', () => {
    expect(looksLikeCompany('新能源电池')).toBe(false);
    expect(looksLikeCompany('智能装备制造')).toBe(false);
    expect(looksLikeBrand('新能源电池')).toBe(false);
    expect(looksLikeCompany('远帆科技')).toBe(true);
  });

  it('a brand with no trade word rated or certified as a kind of company is a company', () => {
    const names = (text: string) => extractEnterprises(testContext(text)).entities.map((e) => e.name);
    expect(names('产值增长7%，琨珀思德申报国家级专精特新企业。')).toEqual(['琨珀思德']);
    expect(names('今年，柳溪镇获评省级先进单位。')).toEqual([]);
  });

  it('a brand the dictionary reads as an adverb is taken back into the registered name', () => {
    const names = (text: string) => extractEnterprises(testContext(text)).entities.map((e) => e.name);
    expect(names('青禾县与永久食品有限公司签订合同。')).toEqual(['永久食品有限公司']);
    expect(names('投资3000万元的长远实业有限公司厂房已经建成。')).toEqual(['长远实业有限公司']);
    // A trade name with a brand of its own keeps its left edge.
    expect(names('青禾县与远帆食品有限公司签订合同。')).toEqual(['远帆食品有限公司']);
  });

  it('a parent named before 旗下子公司 or as a listed group is the company, not the kind', () => {
    const names = (text: string) => extractEnterprises(testContext(text)).entities.map((e) => e.name);
    expect(names('柳溪镇与远帆集团旗下子公司签约两个项目。')).toEqual(['远帆集团']);
    expect(names('依托上市集团远帆控股集团，柳溪镇加快发展。')).toEqual(['远帆控股集团']);
  });

  it('a longest trade word is cut whole from a short name: 新能源, not 能源', () => {
    expect(shortNames('盈泰新能源有限公司')).toContain('盈泰');
    expect(shortNames('盈泰新能源有限公司')).not.toContain('盈泰新');
    expect(shortNames('远帆生物科技有限公司')).toEqual(expect.arrayContaining(['远帆生物', '远帆']));
  });

  it('one company with a brand and a trade word before 等企业 stands for its kind', () => {
    const names = (text: string) => extractEnterprises(testContext(text)).entities.map((e) => e.name);
    expect(names('柳溪镇推动远帆电线电缆等企业技术改造。')).toEqual(['远帆电线电缆']);
    expect(names('柳溪镇推动智能装备等企业技术改造。')).toEqual([]);
  });

  it('a trade name after the kind of company it is, investing, is a company', () => {
    const names = (text: string) => extractEnterprises(testContext(text)).entities.map((e) => e.name);
    expect(names('依托龙头企业联创电子投资8亿元建设新园区。')).toContain('联创电子');
  });

  it('works listed before 等企业 are not names of companies', () => {
    const names = (text: string) => extractEnterprises(testContext(text)).entities.map((e) => e.name);
    const found = names('远帆电商总部经济项目、青禾客服基地项目等多家企业落户柳溪。');
    expect(found.filter((n) => n.endsWith('项目'))).toEqual([]);
  });

  it('a verb that brings a company in is no part of its name', () => {
    const names = (text: string) => extractEnterprises(testContext(text)).entities.map((e) => e.name);
    expect(names('该项目还带动远帆智能科技有限公司落户柳溪。')).toEqual(['远帆智能科技有限公司']);
  });
});

describe('extractEnterprises: conjunction characters, plants and central groups', () => {
  it('a brand holding 和 or 同 is taken back whole', () => {
    const names = extractEnterprises(
      testContext('县政府与新禾六和食品控股有限公司签约。青田县同泰丝绸有限公司开工。'),
    ).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['新禾六和食品控股有限公司', '青田县同泰丝绸有限公司']));
    expect(names).not.toContain('食品控股有限公司');
    const opened = extractEnterprises(testContext('当天开工的同泰丝绸有限公司是首家出口企业。')).entities;
    expect(opened.map((e) => e.name)).toEqual(['同泰丝绸有限公司']);
  });

  it('a brand cut at 同 before a long run of trade words is taken back whole', () => {
    const names = extractEnterprises(
      testContext('桃溪县青松纸业、湖南同茂环境技术有限公司等8个工业项目集中开工。'),
    ).entities.map((e) => e.name);
    expect(names).toContain('湖南同茂环境技术有限公司');
    expect(names).not.toContain('茂环境技术有限公司');
  });

  it('the kind of company and the verb that grew it stand before its name', () => {
    const names = extractEnterprises(
      testContext('上半年，新培育规模企业青禾制衣厂，引进两户企业。'),
    ).entities.map((e) => e.name);
    expect(names).toContain('青禾制衣厂');
    expect(names.some((n) => n.startsWith('新培育'))).toBe(false);
  });

  it('the plant a company builds after its legal form is not part of its name', () => {
    const names = extractEnterprises(
      testContext('青岚农牧科技有限公司年产10万吨饲料厂建设项目开工。'),
    ).entities.map((e) => e.name);
    expect(names).toEqual(['青岚农牧科技有限公司']);
  });

  it('a place’s inside before a kind of plant is no company', () => {
    expect(extractEnterprises(testContext('为园区内电池包装厂供电。')).entities).toEqual([]);
  });

  it('central groups by their short forms; 中能建 is 中国能建', () => {
    const found = extractEnterprises(testContext('中国电建与柳溪镇签约，中能建风电项目开工。')).entities;
    expect(found.map((e) => e.name)).toEqual(['中国电建', '中国能建']);
    expect(found[1]?.aliases).toContain('中能建');
  });
});

describe('extractEnterprises: what stands before a registered name', () => {
  it('a parent group before 旗下 and a visit before the name are not part of it', () => {
    const names = extractEnterprises(
      testContext('项目由青岚集团旗下蓝湾再生资源有限公司投资建设。记者来到柳溪精工机械有限公司。'),
    ).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['蓝湾再生资源有限公司', '柳溪精工机械有限公司']));
    expect(names.some((n) => n.includes('旗下') || n.startsWith('记者'))).toBe(false);
  });
});

describe('extractEnterprises: announcements and the nuclear group', () => {
  it('宣布 before a registered name opens the clause; 中核 is the nuclear group', () => {
    const names = extractEnterprises(
      testContext('柳溪县宣布青岚园艺有限公司花卉基地项目开工。中核蓝湾健康谷开园，核心区建成。'),
    ).entities.map((e) => e.name);
    expect(names).toEqual(['青岚园艺有限公司', '中核']);
  });
});
