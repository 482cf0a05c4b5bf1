import { extractProgrammes } from './programmes';
import { testContext } from '../../tests/fixtures/name-test-context';

function programmes(text: string) {
  const ctx = testContext(text, [
    { name: '柳溪镇', kind: 'TOWN', short: '柳溪' },
    { name: '吴中区', kind: 'DISTRICT', short: '吴中' },
  ]);
  return extractProgrammes(ctx).entities;
}

describe('extractProgrammes', () => {
  it('quoted name with a head that belongs to the name: “345”发展战略, with the city level stated', () => {
    const [p] = programmes('聚焦全市“345”发展战略。');
    expect(p?.name).toBe('“345”发展战略');
    expect(p?.properties.level).toBe('CITY');
  });

  it('quoted name with a head that does not: “清风码”服务机制 is 清风码', () => {
    const [p] = programmes('推行“清风码”服务机制。');
    expect(p?.name).toBe('清风码');
    expect(p?.aliases).toContain('“清风码”服务机制');
  });

  it('a quoted branded area is a programme, its 建设战略 an alias', () => {
    const [p] = programmes('柳溪镇作为落实“三湾”创新区建设战略的主阵地。');
    expect(p?.name).toBe('“三湾”创新区');
    expect(p?.aliases).toContain('“三湾”创新区建设战略');
  });

  it('quoted words ending in a programme head: “吴中英才计划” takes the district level from its place', () => {
    const [p] = programmes('积极实施新一轮“吴中英才计划”。');
    expect(p?.name).toBe('吴中英才计划');
    expect(p?.properties.level).toBe('DISTRICT');
  });

  it('a run of quotes before 等改革: each is a programme', () => {
    expect(programmes('巩固“一网通办”“跨省通办”等改革成效。').map((p) => p.name)).toEqual([
      '一网通办',
      '跨省通办',
    ]);
  });

  it('suffix rule; a full place name at the head is the participant', () => {
    const [p] = programmes('以实施吴中区全国农村综合性改革试点试验为契机。');
    expect(p?.name).toBe('全国农村综合性改革试点试验');
    expect(p?.properties.level).toBe('NATIONAL');
    expect(p?.properties.participant).toBe('Place:吴中区');
  });

  it('quoted items of a list of works are branded initiatives', () => {
    expect(
      programmes('共有三大民生实事重点项目，具体包括：“溪美教育”“溪美医疗”“溪美安居”。').map((p) => p.name),
    ).toEqual(['溪美教育', '溪美医疗', '溪美安居']);
  });

  it('an unqualified programme gets the level of the document place as an assumption', () => {
    const [p] = programmes('柳溪镇深化“红管家”试点工作。');
    expect(p?.properties.level).toBeUndefined();
    expect(p?.properties.defaultLevel).toBe('TOWN');
  });

  it('slogans and metaphors in quotes are not programmes', () => {
    expect(programmes('向内强“筋骨”，跑出“加速度”，打破“材料齐全后受理”的传统模式，实施机构改革。')).toEqual(
      [],
    );
  });

  it('title rule: a plan cited in 《》', () => {
    expect(programmes('完成《横泾古镇保护、整治、展示三年行动计划方案》编制。').map((p) => p.name)).toEqual([
      '横泾古镇保护、整治、展示三年行动计划方案',
    ]);
  });

  it('campaigns may be named by verbs; a lone verb before the head is a predicate', () => {
    expect(programmes('扫黄打非专项斗争取得胜利，坚持改革不动摇。').map((p) => p.name)).toEqual([
      '扫黄打非专项斗争',
    ]);
  });

  it('round and level words come off the front; a 体制改革 is also its short 改革', () => {
    const [p] = programmes('通过第三批省经济强镇行政管理体制改革验收。');
    expect(p?.name).toBe('经济强镇行政管理体制改革');
    expect(p?.aliases).toEqual(expect.arrayContaining(['经济强镇改革', '省经济强镇行政管理体制改革']));
  });

  it('计划 followed by 投资 is a verb, not a plan', () => {
    expect(programmes('星海精密项目计划投资3.5亿元。')).toEqual([]);
  });

  it('formulas, paired halves before a head, event campaigns, lessons, quote runs across a space', () => {
    const names = programmes(
      '围绕“6+2”项目，开展“不忘初心、牢记使命”主题教育和“千警进万企”安全生产宣讲活动，践行“浦江经验”。',
    ).map((p) => p.name);
    expect(names).toEqual(['6+2', '不忘初心、牢记使命', '千警进万企', '浦江经验']);
    expect(programmes('开展“强村公司” “飞地抱团”试点。').map((p) => p.name)).toEqual([
      '强村公司',
      '飞地抱团',
    ]);
  });

  it('place-campaign rule: a quality and the place, built', () => {
    expect(programmes('深化平安柳溪建设，推进健康柳溪创建。').map((p) => p.name)).toEqual([
      '平安柳溪',
      '健康柳溪',
    ]);
  });

  it('vocabulary: national and provincial programmes cited bare, with their level', () => {
    const found = programmes('全面推进乡村振兴，落实林长制，围绕十五五规划谋篇布局。');
    expect(found.map((p) => [p.name, p.properties.level])).toEqual([
      ['乡村振兴', 'NATIONAL'],
      ['林长制', 'NATIONAL'],
      ['十五五', 'NATIONAL'],
    ]);
    expect(found[2]?.aliases).toContain('十五五规划');
  });

  it('year campaigns, numbered campaigns, layouts of numbered parts, returning investors', () => {
    expect(
      programmes('开展营商环境提升年活动，实施八大行动，构建一核两翼三支点格局，推进湘商回归。')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['一核两翼三支点', '八大行动', '湘商回归', '营商环境提升年'].sort());
    expect(programmes('建设年度计划已下达，党的十八大以来成绩显著。')).toEqual([]);
  });

  it('mechanisms with a specific body are programmes; the verb before them is not part of the name', () => {
    expect(programmes('建立企业挂钩服务机制，完善长效机制。').map((p) => p.name)).toEqual([
      '企业挂钩服务机制',
    ]);
  });

  it('a formula keeps the head of a system or layout: “2+5”现代化产业体系', () => {
    expect(programmes('构建“2+5”现代化产业体系。').map((p) => p.name)).toEqual(['“2+5”现代化产业体系']);
  });

  it('a pilot carried out is a programme; a pilot a place is named, or its villages, are not', () => {
    expect(programmes('柳溪镇推进智慧养老服务试点和秸秆综合利用试点。').map((p) => p.name)).toEqual([
      '智慧养老服务试点',
      '秸秆综合利用试点',
    ]);
    expect(programmes('柳溪镇获批省级智慧养老服务试点，确定三个试点村。')).toEqual([]);
    expect(programmes('柳溪镇开展省级试点。')).toEqual([]);
  });

  it('parks called 示范区 or 示范园 are zones, and a plan of the year is a document', () => {
    expect(programmes('柳溪镇建成国家现代农业示范园，编制柳溪镇2025年工作计划。')).toEqual([]);
  });

  it('a known programme opening a longer campaign is read as the campaign', () => {
    expect(programmes('柳溪镇扎实开展乡村振兴百村示范行动。').map((p) => p.name)).toEqual([
      '乡村振兴百村示范行动',
    ]);
    expect(programmes('柳溪镇实施乡村振兴战略。').map((p) => p.name)).toEqual(['乡村振兴']);
  });

  it('national strategies and provincial campaigns from the vocabulary, with their level', () => {
    const found = programmes('柳溪镇深入实施科教兴国战略，推进健康中国行动，开展五水共治。');
    expect(found.map((p) => [p.name, p.properties.level])).toEqual([
      ['科教兴国战略', 'NATIONAL'],
      ['健康中国', 'NATIONAL'],
      ['五水共治', 'PROVINCE'],
    ]);
  });

  it('an 工程 aimed at people, firms or villages is a campaign; one that builds is not', () => {
    expect(programmes('柳溪镇实施乡村人才培育工程，推进十项三年提升工程。').map((p) => p.name)).toEqual([
      '乡村人才培育工程',
      '十项三年提升工程',
    ]);
    expect(programmes('柳溪镇推进道路提升工程和卫生室提升工程。')).toEqual([]);
  });

  it('a year declared for an improvement is a campaign; a key year is not', () => {
    expect(programmes('柳溪镇开展营商环境优化年活动。今年是关键年。').map((p) => p.name)).toEqual([
      '营商环境优化年',
    ]);
  });

  it('applying for a pilot is a designation; a formula’s modern system keeps its head', () => {
    expect(programmes('柳溪镇申报省级数字乡村试点。')).toEqual([]);
    expect(programmes('构建“2+3”现代服务业体系。').map((p) => p.name)).toEqual(['“2+3”现代服务业体系']);
  });

  it('a quoted drive of set days or a contest between units is a campaign; a slogan is not', () => {
    expect(programmes('开展项目建设“百日攻坚”和“项目大比武”，实现“开门红”。').map((p) => p.name)).toEqual([
      '百日攻坚',
      '项目大比武',
    ]);
  });

  it('a campaign’s own verb before 行动 is part of its name', () => {
    expect(programmes('今年启动美丽庭院创建行动和河塘环境整治行动。').map((p) => p.name)).toEqual([
      '美丽庭院创建行动',
      '河塘环境整治行动',
    ]);
  });

  it('vocabulary: rural reforms and the river’s fishing ban by their usual forms; a provincial slogan is none', () => {
    const found = programmes('柳溪镇落实长江禁渔，推进宜居宜业和美乡村建设和全域土地综合整治。');
    expect(found.map((p) => [p.name, p.properties.level])).toEqual([
      ['长江十年禁渔', 'NATIONAL'],
      ['和美乡村建设', 'NATIONAL'],
      ['全域土地综合整治', 'NATIONAL'],
    ]);
    expect(programmes('建设强富美高新柳溪。')).toEqual([]);
    expect(programmes('推进小城市培育建设。').map((p) => [p.name, p.properties.level])).toEqual([
      ['小城市培育', 'PROVINCE'],
    ]);
  });

  it('a campaign year or a strategy named by its aim; 重大战略 says nothing', () => {
    expect(
      programmes('今年是全县的项目建设年，实施工业强县战略和农业现代化战略，落实国家重大战略。').map(
        (p) => p.name,
      ),
    ).toEqual(['项目建设年', '工业强县战略', '农业现代化战略']);
  });

  it('regional integration named by the places it joins; a scope word joins none', () => {
    expect(
      programmes('积极融入甬台温一体化协同发展，推动城乡一体化发展和区域一体化发展。').map((p) => p.name),
    ).toEqual(['甬台温一体化协同发展']);
  });

  it('campaigns of visits and checks by their scale; outer single quotes read as quotes', () => {
    expect(
      programmes('开展千企万户大走访，实施‘生态立镇、工业兴镇’战略。').map((p) => [
        p.name,
        p.span.end - p.span.start,
      ]),
    ).toEqual([
      ['‘生态立镇、工业兴镇’战略', 13],
      ['千企万户大走访', 7],
    ]);
  });

  it('plan rule: a master plan named by its place or dated; a bare master plan names none', () => {
    expect(
      programmes('完成柳溪镇总体规划（2021-2035年）修编，落实苏南2035总规，开展村庄总体规划编制。').map(
        (p) => p.name,
      ),
    ).toEqual(['柳溪镇总体规划（2021-2035年）', '苏南2035总规']);
  });

  it('a quoted national programme keeps the vocabulary name and level, whichever form is quoted', () => {
    const found = programmes('柳溪镇推进“百县千镇万村高质量发展工程”，紧扣“百千万工程”目标。');
    expect(found.map((p) => [p.name, p.properties.level])).toEqual([
      ['百千万工程', 'PROVINCE'],
      ['百千万工程', 'PROVINCE'],
    ]);
    expect(found[0]?.aliases).toContain('百县千镇万村高质量发展工程');
  });

  it('numbered battles with the count quoted, and the national censuses', () => {
    expect(
      programmes('打好“三大”攻坚战和四大攻坚战，完成第五次全国经济普查和第三次全国国土调查。').map((p) => [
        p.name,
        p.properties.level ?? null,
      ]),
    ).toEqual([
      ['三大攻坚战', 'NATIONAL'],
      ['四大攻坚战', null],
      ['第五次全国经济普查', 'NATIONAL'],
      ['第三次全国国土调查', 'NATIONAL'],
    ]);
  });

  it('a quoted run of counted parts is a programme; one counted part is a slogan', () => {
    expect(
      programmes('扎实开展“三清两查”，推行“一户一档一策”，树牢“四个意识”，下好“一盘棋”。').map((p) => p.name),
    ).toEqual(['三清两查', '一户一档一策']);
  });

  it('two comma halves before a campaign head are one name; before 品牌 they are a slogan', () => {
    expect(
      programmes('以“周周查,月月比”活动促落实，擂亮“茶香之乡,生态小镇”品牌。').map((p) => p.name),
    ).toEqual(['周周查,月月比']);
  });

  it('a plan of a count of years and a campaign of debate are named; a plan of one year is not', () => {
    expect(
      programmes('实施集镇风貌提升三年计划，以作风建设大讨论为抓手，落实2025年工作计划。').map((p) => p.name),
    ).toEqual(['集镇风貌提升三年计划', '作风建设大讨论']);
  });

  it('a count before a head counts the quoted names before it, each a campaign of that head', () => {
    expect(
      programmes('以“招商提速”和“服务争先”两大行动为牵引，实施3个标段河岸环境提升工程。').map((p) => p.name),
    ).toEqual(['招商提速行动', '服务争先行动']);
  });

  it('a product’s promotion event is not a programme; a campaign’s event is', () => {
    expect(programmes('举办“柳溪梨”品鉴采摘促销活动，开展“百企进万家”宣讲活动。').map((p) => p.name)).toEqual(
      ['百企进万家'],
    );
  });

  it('a five-year plan written in full is the plan; an 工程 to raise village incomes is a campaign', () => {
    expect(
      programmes('编制第十五个五年规划，实施村集体经济壮大工程和农民增收工程。').map((p) => p.name),
    ).toEqual(['十五五', '村集体经济壮大工程', '农民增收工程']);
  });

  it('quoted names listed beside a known quoted programme are programmes of the same kind', () => {
    expect(
      programmes('完成“小升规”12家、“上转下”8家、“企转股”5家，实现“零事故”“零投诉”。').map((p) => p.name),
    ).toEqual(['小升规', '上转下', '企转股']);
  });

  it('a quoted formula before its deployment is a programme with the head in its name', () => {
    expect(programmes('全面落实省委“1520”具体部署，推进各项工作。').map((p) => p.name)).toEqual([
      '“1520”具体部署',
    ]);
  });

  it('a formula or quoted name before 工作举措, 重点工作 or 工作法 keeps that head in its name', () => {
    const found = programmes(
      '柳溪镇以“263”工作举措和“3+1”年度重点工作为抓手，推广南岭社区“三问三帮”工作法。',
    );
    expect(found.map((p) => p.name)).toEqual([
      '“263”工作举措',
      '“3+1”年度重点工作',
      '南岭社区“三问三帮”工作法',
    ]);
    expect(found[2]?.aliases).toContain('“三问三帮”工作法');
    expect(programmes('柳溪镇企业服务五步工作法成效明显。').map((p) => p.name)).toEqual([
      '企业服务五步工作法',
    ]);
  });

  it('parts joined by + name an arrangement, not a programme, unless a campaign head or 互联网+ names it', () => {
    expect(programmes('推行“公司+合作社+农户”“龙头企业+基地”等模式，发展“文旅+康养”。')).toEqual([]);
    expect(programmes('探索“党支部+合作社+农户”发展模式。')).toEqual([]);
    expect(programmes('启动“智慧+政务”行动，走“互联网+特色农业”模式。').map((p) => p.name)).toEqual([
      '“智慧+政务”行动',
      '互联网+特色农业',
    ]);
  });

  it('counted campaigns of 抓手 and 建设, and a 绿美 place campaign written with its head as alias', () => {
    expect(programmes('落实四大抓手，抓好“两个建设”。').map((p) => p.name)).toEqual(['四大抓手', '两个建设']);
    const [green] = programmes('全力推进绿美柳溪建设。');
    expect(green?.name).toBe('绿美柳溪');
    expect(green?.aliases).toContain('绿美柳溪建设');
  });

  it('a reform named before a zone of innovation is the front of that zone, not a programme', () => {
    expect(programmes('柳溪镇申报城乡融合改革创新实验区。').map((p) => p.name)).not.toContain('城乡融合改革');
  });

  it('vocabulary: Henan’s branch rating campaign and the wordings of the poverty-to-revitalisation transition', () => {
    expect(
      programmes('柳溪镇聚焦“五星”支部创建，推动脱贫攻坚与乡村振兴有效衔接。').map((p) => p.name),
    ).toEqual(['五星支部创建', '巩固拓展脱贫攻坚成果同乡村振兴有效衔接']);
  });

  it('a quoted phrase before an activity held a count of times, or one example before 等, is no programme', () => {
    expect(programmes('开展“邻里守望”大型志愿服务活动6场，举办“夜市噪音”等协商议事活动20余场。')).toEqual([]);
    expect(programmes('开展“银发课堂”等特色活动。')).toEqual([]);
    expect(programmes('实施“法润万家”“律师进村居”等系列活动。').map((p) => p.name)).toEqual([
      '法润万家',
      '律师进村居',
    ]);
    expect(programmes('设立“柳溪助学”奖学金活动。').map((p) => p.name)).toEqual(['柳溪助学']);
  });

  it('the original schedule (较原计划) is no plan; Shandong’s small-town action is known by name', () => {
    expect(programmes('厂房已封顶，较原计划提前15天。')).toEqual([]);
    expect(programmes('柳溪镇深入开展小城镇创新提升行动。').map((p) => [p.name, p.properties.level])).toEqual(
      [['小城镇创新提升行动', 'PROVINCE']],
    );
  });

  it('a quoted year of leading or striving is a year campaign', () => {
    expect(programmes('柳溪镇召开“产业升级领跑年”动员大会。').map((p) => p.name)).toEqual(['产业升级领跑年']);
  });

  it('a known programme opening the name of an area a few words on is that area’s name', () => {
    expect(
      programmes('柳溪镇打造乡村振兴文旅示范带，建设乡村振兴核心区，全面推进乡村振兴。').map((p) => p.name),
    ).toEqual(['乡村振兴']);
  });
  it('a site named after a known programme is not a mention of it', () => {
    expect(
      programmes('柳溪镇用好乡村振兴实训基地，新设乡村振兴现场教学点，推进乡村振兴。').map((p) => p.name),
    ).toEqual(['乡村振兴']);
  });

  it('a campaign head alone names no campaign', () => {
    expect(programmes('柳溪镇组织灭鼠宣传和整治行动。').map((p) => p.name)).toEqual([]);
  });

  it('national health reforms are known programmes', () => {
    expect(programmes('柳溪镇推进紧密型县域医共体建设，落实分级诊疗制度。').map((p) => p.name)).toEqual([
      '医共体建设',
      '分级诊疗',
    ]);
  });
  it('a product’s brand is a label; a brand of work is a programme', () => {
    expect(programmes('柳溪镇打响“柳溪红”富硒品牌，擦亮“柳溪先锋”党建品牌。').map((p) => p.name)).toEqual([
      '柳溪先锋',
    ]);
  });
  it('a quoted programme named again by its short name alone is mentioned again there', () => {
    const found = programmes('柳溪镇推广“邻里管家”服务模式。吴中区调研时，工作组推动“邻里管家”落实。');
    expect(found.map((p) => [p.name, p.rule])).toEqual([
      ['邻里管家', 'programme.quoted-head'],
      ['邻里管家', 'programme.re-mention'],
    ]);
  });

  it('a great drive of a campaign the text names otherwise is that campaign; acting together is no campaign', () => {
    const found = extractProgrammes(
      testContext(
        '柳溪镇再掀村容整洁大行动热潮。柳溪镇落实“村容整洁”再提升活动，干部和村民统一行动，开展村容整洁大行动。',
        [{ name: '柳溪镇', kind: 'TOWN', short: '柳溪' }],
      ),
    ).entities;
    expect([...new Set(found.map((e) => e.name))]).toEqual(['村容整洁']);
  });
});
