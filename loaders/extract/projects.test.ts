import { extractProjects, isNotWorks } from './projects';
import { testContext } from '../../tests/fixtures/name-test-context';

function projects(text: string) {
  return extractProjects(testContext(text, [{ name: '柳溪镇', kind: 'TOWN', short: '柳溪' }])).entities;
}

describe('extractProjects', () => {
  it('suffix rule: takes the name back to the clause opening, without leading verbs', () => {
    const [p] = projects('柳溪镇加快建设滨河湿地公园项目。');
    expect(p?.name).toBe('滨河湿地公园项目');
    expect(p?.aliases).toContain('滨河湿地公园');
    expect(p?.properties.status).toBe('UNDER_CONSTRUCTION');
  });

  it('a counted list of works names works by their company and by capacity and product', () => {
    const names = projects('柳溪镇青松纸业(二期)扩建项目、远山石材有限公司等6个工业项目集中开工。').map(
      (p) => p.name,
    );
    expect(names).toEqual(expect.arrayContaining(['柳溪镇青松纸业(二期)扩建项目', '远山石材有限公司']));
    const listed = projects(
      '据了解，12个重点项目包括云川国际商贸城、50万吨甲醇深加工、宏泰食品产业园等，涉及多个领域。',
    ).map((p) => p.name);
    expect(listed).toEqual(expect.arrayContaining(['云川国际商贸城', '50万吨甲醇深加工', '宏泰食品产业园']));
    // The subjects of a status verb are companies at a signing, not works.
    expect(
      projects(
        '柳溪镇举行项目签约仪式，镇政府与远山石材有限公司、青禾机械有限公司两家企业代表现场签约。',
      ).map((p) => p.name),
    ).not.toContain('远山石材有限公司');
  });

  it('a bracketed note closing a list item, and a park named by its kind alone, are not the name', () => {
    const names = projects(
      '开工项目包括柳溪国际陆港产业园(柳溪电商物流服务中心)、青禾冷链物流产业园(一期农产品交易市场)等，涵盖多个领域。',
    ).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['柳溪国际陆港产业园', '青禾冷链物流产业园']));
    const [parked] = projects('高新区远帆锂电池生产线项目是省级重点项目。');
    expect(parked?.name).toBe('远帆锂电池生产线项目');
  });

  it('one item before a counted head keeps its name when the state of the works opens it', () => {
    expect(projects('新建的青禾科研孵化基地等6个产业项目快速推进。').map((p) => p.name)).toContain(
      '青禾科研孵化基地',
    );
  });

  it('a kind of building and the works inside a project area are not named projects', () => {
    const names = projects(
      '镇长实地查看标准化厂房、青禾服饰项目建设情况。项目区入场道路硬化工程已全面完成。',
    ).map((p) => p.name);
    expect(names).toContain('青禾服饰项目');
    expect(names.some((n) => n.includes('厂房') || n.startsWith('项目区'))).toBe(false);
  });

  it('工程 heading a trade word (工程机械, 工程师) ends no name', () => {
    expect(projects('投产后可年产8万台工程机械齿轮箱，招聘工程师40名。').map((p) => p.name)).toEqual([]);
  });

  it('a name ending in 项目 or 工程 ends there: batch and status words after the last list item stay out', () => {
    const names = projects('枫林新材料薄膜项目、柳溪中学扩建工程集中开工。').map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['柳溪中学扩建工程']));
    expect(names.some((n) => n.includes('集中'))).toBe(false);
  });

  it('a verb of dealing inside the span is not part of the name: the works follow it', () => {
    const names = projects('柳溪镇与远航集团签订新能源储能电站项目合作协议。').map((p) => p.name);
    expect(names).toEqual(['新能源储能电站项目']);
  });

  it('a modal of obligation and the verb it governs open the clause, not the name', () => {
    const names = projects('镇长强调，要全力保障远帆智能制造基地项目建设。').map((p) => p.name);
    expect(names).toEqual(['远帆智能制造基地项目']);
  });

  it('a trade name before 产业项目 names a project; a count, a scope or a level before it classifies', () => {
    expect(projects('投资3亿元的远帆科技产业项目正式开工。').map((p) => p.name)).toEqual([
      '远帆科技产业项目',
    ]);
    expect(projects('柳溪镇新签约亿元以上产业项目5个，全镇产业项目加快推进。')).toEqual([]);
  });

  it('an official joined by 和 to a project is a person, not a sibling project', () => {
    const names = projects('镇党委书记王明和远帆科技产业项目董事长李华分别致辞。').map((p) => p.name);
    expect(names.some((n) => n.includes('书记'))).toBe(false);
  });

  it('a list of contents after 包括 (甲、乙等实验室) is one project’s parts; 各个项目 is a kind', () => {
    expect(
      projects('远帆检测基地项目总投资2亿元，主要建设包括温度、湿度、压力等检定实验室。').map((p) => p.name),
    ).toEqual(['远帆检测基地项目']);
    expect(projects('行走于滨河商务区各个项目建设现场。')).toEqual([]);
    expect(projects('远帆智造总部项目是高新区重点打造的支撑性战略项目。').map((p) => p.name)).toEqual([
      '远帆智造总部项目',
    ]);
  });

  it('a list split at 及 keeps the pair that shares one 项目; a place with a sector before 项目 is a kind', () => {
    const names = projects(
      '目前，远帆机械生产线、青禾设备有限公司体育用品及辅助设备生产加工项目等项目已开工。',
    ).map((p) => p.name);
    expect(names).toContain('青禾设备有限公司体育用品及辅助设备生产加工项目');
    expect(names).not.toContain('青禾设备有限公司体育用品');
    expect(projects('柳溪镇工业项目全面提速。')).toEqual([]);
  });

  it('malls and resettlement areas reported as invested in or handed over are works; 技改项目 is a kind', () => {
    const names = projects(
      '今年新上投资2000万元的青禾商城，滨河安置区26栋多层已交付，新上技改项目流水线3条。',
    ).map((p) => p.name);
    expect(names).toEqual(['青禾商城', '滨河安置区']);
  });

  it('a park at its construction site is works', () => {
    expect(projects('在柳河创业园施工现场，工人们正在忙碌。').map((p) => p.name)).toEqual(['柳河创业园']);
  });

  it('keeps a bracketed phase and reads completion after the name', () => {
    const [p] = projects('全力打造“畅通柳溪”，桂香路(一期)拓宽工程已正式完工。');
    expect(p?.name).toBe('桂香路(一期)拓宽工程');
    expect(p?.properties.status).toBe('COMPLETED');
  });

  it('phased works without a suffix: 综合整治(二期)', () => {
    expect(projects('加快推进北荡片区河道综合整治(二期)和东港排口整治示范工程。').map((p) => p.name)).toEqual(
      ['北荡片区河道综合整治(二期)', '东港排口整治示范工程'],
    );
  });

  it('list rule 等N个项目: every item is a project with the list status', () => {
    const found = projects('华星光学精密镜片、远航物流分拨中心等12个项目竣工投产。');
    expect(found.map((p) => p.name)).toEqual(['华星光学精密镜片', '远航物流分拨中心']);
    expect(found.every((p) => p.properties.status === 'COMPLETED')).toBe(true);
  });

  it('listing rule 分别是: the head noun stands before the list', () => {
    const found = projects(
      '今年签约重点项目3个，分别是华星光学、远航物流和启明电子传感器项目，完成全年目标。',
    );
    expect(found.map((p) => p.name)).toEqual(['华星光学', '远航物流', '启明电子传感器项目']);
    expect(found[0]?.properties.status).toBe('SIGNED');
  });

  it('sibling rule: names listed with 、 before a suffixed project', () => {
    const names = projects('日前，东湖污水厂、柳溪人民医院北院扩建项目所在地块征迁清零。').map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['东湖污水厂', '柳溪人民医院北院扩建项目']));
  });

  it('status-list rule: subjects of 已开工 after a clause about projects', () => {
    const names = projects('积极引进培育新兴产业项目，华星光学、远航物流已正式开工。').map((p) => p.name);
    expect(names).toEqual(['华星光学', '远航物流']);
  });

  it('a size before 项目 becomes the investment, not part of the name', () => {
    const [p] = projects('签约引进星河·智造园超25亿元项目。');
    expect(p?.name).toBe('星河·智造园');
    expect(p?.properties.investment).toBe(2.5e9);
    expect(p?.properties.status).toBe('SIGNED');
  });

  it('总投资 in the clause is the investment; 计划 before the name means planned', () => {
    const [p] = projects('今年计划实施总投资1.2亿元的柳溪卫生院提升工程。');
    expect(p?.name).toBe('柳溪卫生院提升工程');
    expect(p?.properties.investment).toBe(1.2e8);
    expect(p?.properties.status).toBe('PLANNED');
  });

  it('rejects verb-object phrases, generic heads, counts and campaigns', () => {
    expect(
      projects(
        '切实提高项目招引水平，健全项目管理机制，推进重大项目和3亿元以上项目3个，学习“千万工程”经验。',
      ),
    ).toEqual([]);
  });

  it('counted kinds and pilot units are not projects', () => {
    expect(
      projects('实施村企联建项目21个，23个新改扩建重点教育项目落地，获评生态设计理念应用项目试点单位。'),
    ).toEqual([]);
  });

  it('pair rule: the first of two works joined by 及 is works too', () => {
    expect(projects('潘家桥改造及镇级道路安保设施工程已进入施工阶段。').map((p) => p.name)).toEqual([
      '镇级道路安保设施工程',
      '潘家桥改造',
    ]);
  });

  it('a host park in front of a branded project becomes an alias', () => {
    const [p] = projects('常州青枫高新区产业基地星河·智荟港项目开工建设。');
    expect(p?.name).toBe('星河·智荟港项目');
    expect(p?.aliases).toContain('常州青枫高新区产业基地星河·智荟港项目');
    expect(p?.properties.status).toBe('STARTED');
  });

  it('housing is works: 安置房 and 商品房 by suffix, phases listed before them', () => {
    const names = projects('东湖花苑(二期)、南岸地块安置房建设有序推进，翠湖雅园商品房竣工交付。').map(
      (p) => p.name,
    );
    expect(names).toEqual(expect.arrayContaining(['东湖花苑(二期)', '南岸地块安置房', '翠湖雅园商品房']));
  });

  it('one named item before 等…项目 is enough; buildings that 出形态 are works', () => {
    expect(projects('星海大厦等总部项目落地推进。').map((p) => p.name)).toEqual(['星海大厦']);
    expect(projects('力争明年苏大柳溪校区、柳溪实验学校全面出形态。').map((p) => p.name)).toEqual([
      '苏大柳溪校区',
      '柳溪实验学校',
    ]);
  });

  it('lists of places and described lists are not lists of projects; the first item starts after the verb', () => {
    expect(
      projects('东港村、西港村等7个村成立合作社，确保柳溪镇、东湖镇二季度各开工一个以上亿元项目。'),
    ).toEqual([]);
    expect(projects('后期还将建设约140亩的商务楼宇、人才公寓、金融及商业设施等工程。')).toEqual([]);
    expect(projects('会议集中签约了星海储能产业园、柳溪精细化工基地等5个项目。').map((p) => p.name)).toEqual([
      '星海储能产业园',
      '柳溪精细化工基地',
    ]);
  });

  it('villages listed before works say where the works are', () => {
    expect(projects('实施东港村、西港村农村生活污水提标改造工程。').map((p) => p.name)).toEqual([
      '西港村农村生活污水提标改造工程',
    ]);
  });

  it('events, kinds of project, titles of officials and company names are not works', () => {
    expect(isNotWorks('柳溪镇举行项目')).toBe(true);
    expect(isNotWorks('省重点项目')).toBe(true);
    expect(isNotWorks('县长王建国主持项目')).toBe(true);
    expect(isNotWorks('恒远电气有限公司')).toBe(true);
    expect(isNotWorks('滨河湿地公园项目')).toBe(false);
  });

  it('parks reported as works are projects, with their first phase', () => {
    const names = projects('投资10亿元的青禾模具产业园正在平整土地，白鹭湾工业园一期建成投运。').map(
      (p) => p.name,
    );
    expect(names).toEqual(['青禾模具产业园', '白鹭湾工业园一期']);
  });

  it('two things joined by 及 under one 项目 are one project; works joined by 及 stay two', () => {
    expect(projects('柳溪革命纪念馆及研学实践基地项目开工。').map((p) => p.name)).toEqual([
      '柳溪革命纪念馆及研学实践基地项目',
    ]);
    expect(projects('东岸码头改造及滨河步道工程完工。').map((p) => p.name)).toEqual(
      expect.arrayContaining(['东岸码头改造', '滨河步道工程']),
    );
  });

  it('a list counted by its head without 等: the count decides how 及 splits it', () => {
    expect(
      projects('举行签约仪式，智能门窗、储能电池及光伏支架3个项目正式落户。').map((p) => p.name),
    ).toEqual(['智能门窗', '储能电池', '光伏支架']);
    expect(projects('青禾装备产业园、星海医疗总部及生产基地两个项目开工。').map((p) => p.name)).toEqual([
      '青禾装备产业园',
      '星海医疗总部及生产基地',
    ]);
  });

  it('verb phrases, described kinds and quoted class labels are not projects; a visited project is', () => {
    expect(
      projects(
        '县长又来到星海项目现场，实地了解项目进展，要盯着项目，打造综合性旅游项目，这是新引进的“大好强”项目之一。',
      ).map((p) => p.name),
    ).toEqual(['星海项目']);
  });

  it('the works after an event’s 暨 and a listed name without its modal word', () => {
    expect(projects('举行重点项目集中开工暨桃源湖生态景区提升项目启动。').map((p) => p.name)).toEqual([
      '桃源湖生态景区提升项目',
    ]);
    expect(
      projects('项目建设有序推进，下半年东环路延伸段、物流中心项目将开工建设。').map((p) => p.name),
    ).toEqual(['东环路延伸段', '物流中心项目']);
  });

  it('a tail mention joins the project named in full; a community in front is where, not what', () => {
    const found = projects('开工柳溪镇桃园村集体厂房建设项目。桃园村集体厂房建设项目总投资500万元。');
    expect(found[1]?.aliases).toContain('柳溪镇桃园村集体厂房建设项目');
    const [p] = projects('推进红星社区雨污管网提升改造项目建设。');
    expect(p?.aliases).toContain('雨污管网提升改造项目');
  });

  it('a road named by both ends keeps its origin', () => {
    expect(projects('配合汽车站至临江新区主干道、滨江输变电工程等项目建设。').map((p) => p.name)).toEqual([
      '汽车站至临江新区主干道',
      '滨江输变电工程',
    ]);
  });

  it('venues and facilities reported as built or opened are projects; counted kinds and levels are not', () => {
    expect(projects('6月，青禾童装设计中心正式投入使用。').map((p) => p.name)).toEqual(['青禾童装设计中心']);
    expect(projects('星海酱料研发及生产总部基地完成厂房主体建设。').map((p) => p.name)).toEqual([
      '星海酱料研发及生产总部基地',
    ]);
    expect(projects('力争年底建成3个规范化基地，乡镇体育公园建成开放，党群服务中心投入使用。')).toEqual([]);
  });

  it('an appositive list after 即 and a meeting centre as a venue', () => {
    expect(
      projects(
        '本次开工的柳溪文旅融合项目，即柳溪湖畔民宿、柳溪会议中心酒店、东港海鲜批发市场3个项目是重点。',
      ).map((p) => p.name),
    ).toEqual(expect.arrayContaining(['柳溪湖畔民宿', '柳溪会议中心酒店', '东港海鲜批发市场']));
  });

  it('generic heads alone and ceremonies are not projects; works named after a ceremony keep their full name', () => {
    expect(projects('全镇续建项目加快推进，在建项目全面复工，举行柳溪镇重点项目集中签约仪式。')).toEqual([]);
    expect(projects('开工仪式上，柳溪大道拓宽工程正式开工。').map((p) => p.name)).toEqual([
      '柳溪大道拓宽工程',
    ]);
  });

  const names = (text: string) => projects(text).map((p) => p.name);

  it('a place with words that classify projects is not one project; a themed town with 项目 is', () => {
    expect(names('青石镇项目建设情况汇报。')).toEqual([]);
    expect(names('青石镇重点集中动工项目共有6个。')).toEqual([]);
    expect(names('提速建设白鹭文旅小镇项目，红枫园区项目完成基础建设。')).toEqual([
      '白鹭文旅小镇项目',
      '红枫园区项目',
    ]);
  });

  it('a reporter or an official visiting works opens the clause; the works are what follows', () => {
    expect(names('记者日前走进青石镇金穗生态板加工项目建设现场。')).toEqual(['青石镇金穗生态板加工项目']);
  });

  it('a park that works are placed in is a place, not works', () => {
    expect(names('青禾新材料项目总投资1亿元，落户青石县工业园内。')).toEqual(['青禾新材料项目']);
  });

  it('themed parks reported with their investment are works; the venue of a ceremony is not', () => {
    expect(names('白鹭文化生态园总投资80亿元，青禾纺织科技园总投资6亿元。')).toEqual([
      '白鹭文化生态园',
      '青禾纺织科技园',
    ]);
    expect(names('8个项目在南湖公园入口处集中开工。')).toEqual([]);
  });

  it('shops and malls that open and venues that are built are projects', () => {
    expect(names('青禾超市于6月正式开业，白鹭购物中心主体封顶，青山革命纪念馆竣工。')).toEqual([
      '青禾超市',
      '白鹭购物中心',
      '青山革命纪念馆',
    ]);
  });

  it('a stage of a building is part of its project; a line of funding is not works', () => {
    expect(names('青禾泵站工程项目主体工程已基本完工，办公楼主体工程已完工，落实农机推广补助项目。')).toEqual(
      ['青禾泵站工程项目'],
    );
  });

  it('the places in front of works give the shorter forms the works are also written in', () => {
    const ctx = testContext('江南省青山市白鹭县柳溪镇食品物流园项目开工奠基。', [
      { name: '江南省', kind: 'PROVINCE' },
      { name: '青山市', kind: 'CITY' },
      { name: '白鹭县', kind: 'DISTRICT' },
      { name: '柳溪镇', kind: 'TOWN' },
    ]);
    const [project] = extractProjects(ctx).entities;
    expect(project?.name).toBe('江南省青山市白鹭县柳溪镇食品物流园项目');
    expect(project?.aliases).toEqual(
      expect.arrayContaining(['柳溪镇食品物流园项目', '食品物流园项目', '白鹭县柳溪镇食品物流园项目']),
    );
  });

  it('a class and an industry before 项目 describe a kind of project', () => {
    expect(names('推进重大文旅项目建设，引进智能制造项目，青禾污水处理项目开工。')).toEqual([
      '青禾污水处理项目',
    ]);
  });

  it('lists of projects: two joined by 和 with their class, 等 with an approximate count, names in brackets', () => {
    expect(names('以保障青禾轻合金和白鹭能源两个省级重点项目的推进为抓手。')).toEqual([
      '青禾轻合金',
      '白鹭能源',
    ]);
    expect(names('重点攻坚红枫汽车零部件物流、蓝海光通讯智能制造等20余个在谈项目。')).toEqual([
      '红枫汽车零部件物流',
      '蓝海光通讯智能制造',
    ]);
    expect(names('共签约4个项目，其中工业项目2个(青禾胶粘、白鹭冷链)。')).toEqual(['青禾胶粘', '白鹭冷链']);
    expect(names('总投资8亿元和3亿元两个项目开工。')).toEqual([]);
  });

  it('parks listed after a building verb are works, each item a whole name', () => {
    expect(names('重点建设好青禾医疗器械产业园、白鹭合成生物装备产业园，努力挖掘潜力。')).toEqual([
      '青禾医疗器械产业园',
      '白鹭合成生物装备产业园',
    ]);
  });

  it('a facility whose land is being acquired is works', () => {
    expect(names('全力推进青石远洋渔业基地征地各项工作。')).toEqual(['青石远洋渔业基地']);
  });

  it('项目 after a verb, preposition or adverb of handling is the clause object, not the head of a name', () => {
    const text =
      '柳溪镇坚持项目为王，高度重视项目工作，通过项目建设强化产业支撑，镇长宣布项目开工，力争项目早见效，推进一切工作项目化。';
    expect(projects(text)).toEqual([]);
  });

  it('a period with class words names a batch of projects; a round or a count of big projects is no name', () => {
    expect(isNotWorks('柳溪镇2024年一季度项目')).toBe(true);
    expect(isNotWorks('柳溪镇2024年招商引资项目')).toBe(true);
    expect(isNotWorks('新一轮项目')).toBe(true);
    expect(isNotWorks('八大项目')).toBe(true);
    expect(isNotWorks('柳溪镇滨河公园项目')).toBe(false);
  });

  it('a class word after a body that names the works is part of the name; the bare class is not', () => {
    expect(isNotWorks('秸秆气化发电技改项目')).toBe(false);
    expect(isNotWorks('重点技改项目')).toBe(true);
    expect(isNotWorks('实施技改项目')).toBe(true);
  });

  it('a verb of handling that opens the span is what is done to the works', () => {
    const names = projects('二是服务青石大道拓宽改造工程建设。').map((p) => p.name);
    expect(names).toEqual(['青石大道拓宽改造工程']);
  });

  it('a place that opens the span with a verb of building is the subject; the works follow the verb', () => {
    expect(projects('柳溪镇投资建设滨河公园项目，总投资2亿元。').map((p) => p.name)).toEqual([
      '滨河公园项目',
    ]);
    expect(projects('柳溪镇计划投资实施青石村道路提升工程。').map((p) => p.name)).toEqual([
      '青石村道路提升工程',
    ]);
  });

  it('a counted list of works governed by a preposition after officials starts after the preposition', () => {
    const names = projects(
      '会上，县委常委、副县长王明对青石文化产业园(一期)、枫林冷链物流项目、远帆城市综合体3个集中开工项目进行了通报。',
    ).map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['青石文化产业园(一期)', '枫林冷链物流项目', '远帆城市综合体']),
    );
    expect(names.some((n) => n.includes('王明') || n.includes('县委'))).toBe(false);
  });

  it('the works of a ceremony held for them follow 举行', () => {
    expect(projects('柳溪镇举行青禾智能装备产业园项目开工仪式。').map((p) => p.name)).toEqual([
      '青禾智能装备产业园项目',
    ]);
  });

  it('an investment stated for a kind of works makes it one project', () => {
    expect(projects('远帆科技投资5亿元的智能装备制造项目开工。').map((p) => p.name)).toEqual([
      '智能装备制造项目',
    ]);
    expect(projects('柳溪镇大力发展智能装备制造项目。')).toEqual([]);
  });

  it('a facility built with an amount or a building verb in front is named without them', () => {
    expect(projects('投资2亿元建设青禾农产品交易中心。').map((p) => p.name)).toEqual(['青禾农产品交易中心']);
    expect(projects('今年新建枫林体育中心。').map((p) => p.name)).toEqual(['枫林体育中心']);
  });

  it('an amount written straight before the name sizes the works and stays out of the name', () => {
    expect(projects('总投资12亿元青禾锂电隔膜项目完成签约。').map((p) => p.name)).toEqual([
      '青禾锂电隔膜项目',
    ]);
  });

  it('items of a list each sized by their amount are named without it', () => {
    const names = projects(
      '总投资8亿元的远帆科技年产5万吨负极材料、总投资3亿元的青禾智造精密轴承等签约项目落户柳溪镇。',
    ).map((p) => p.name);
    expect(names).toEqual(['远帆科技年产5万吨负极材料', '青禾智造精密轴承']);
  });

  it('a capacity before the product stays in the name, in figures or in words', () => {
    expect(projects('柳溪镇引进年产800台套农机配件项目。').map((p) => p.name)).toEqual([
      '年产800台套农机配件项目',
    ]);
    expect(projects('新签约年产五万套汽车座椅骨架项目。').map((p) => p.name)).toEqual([
      '年产五万套汽车座椅骨架项目',
    ]);
  });

  it('a short word after 及 in a list item is the second half of that item', () => {
    const names = projects('远帆光电年产500万片液晶模组及配件、青禾集团精密齿轮等一批项目投产。').map(
      (p) => p.name,
    );
    expect(names).toEqual(['远帆光电年产500万片液晶模组及配件', '青禾集团精密齿轮']);
  });

  it('kinds of plant named by common words alone are not projects; a named plant is', () => {
    expect(projects('柳溪镇先后引进肉牛养殖场、粮油加工厂、服装加工厂等多个项目。')).toEqual([]);
    expect(projects('柳溪镇先后引进宏泰纸箱厂、粮油加工厂等多个项目。').map((p) => p.name)).toEqual([
      '宏泰纸箱厂',
    ]);
  });

  it('the subject and verb of a clause do not open the first sibling of a list of works', () => {
    const names = projects('企业计划再新增青禾牌果酱生产线、冷链分拣生产线建设项目。').map((p) => p.name);
    expect(names).toContain('青禾牌果酱生产线');
    expect(names.some((n) => n.includes('计划'))).toBe(false);
  });

  it('resettlement estates are works like resettlement housing; the bare kind is not', () => {
    expect(projects('加快推动青石湾安置小区、柳溪安置小区建设。').map((p) => p.name)).toEqual([
      '青石湾安置小区',
      '柳溪安置小区',
    ]);
    expect(projects('全镇新建安置小区3个。')).toEqual([]);
  });

  it('an amount before a pair joined by 及 opens neither conjunct', () => {
    expect(projects('总投资20亿元的远帆整车一工厂及发动机项目开工。').map((p) => p.name)).toEqual([
      '远帆整车一工厂及发动机项目',
    ]);
  });

  it('a bracketed site or phasing note before the head stays out of the name', () => {
    expect(projects('投资3000万元的青禾肉牛养殖基地(占地60亩)项目落户柳溪镇。').map((p) => p.name)).toEqual([
      '青禾肉牛养殖基地项目',
    ]);
    expect(projects('柳溪镇嘉兴路(一期)改造工程已完工。').map((p) => p.name)).toEqual([
      '柳溪镇嘉兴路(一期)改造工程',
    ]);
  });

  it('a place whose name opens with a scope character still names an industry project', () => {
    expect(projects('镇安县核桃产业项目、乡宁县苹果产业项目等8个项目开工。').map((p) => p.name)).toEqual([
      '镇安县核桃产业项目',
      '乡宁县苹果产业项目',
    ]);
    expect(projects('镇重点产业项目5个，县域产业项目加快推进。')).toEqual([]);
  });
});

describe('extractProjects: names led by a company and kinds', () => {
  it('a registered company opening the works names one project up to 项目, products joined by 和/及 included', () => {
    const names = projects(
      '总投资5亿元的青禾远帆建筑工程有限公司轻钢结构和装配式房屋项目；总投资2亿元的柳溪禾丰农业科技股份有限公司果蔬深加工二期工程及检测中心项目。',
    ).map((p) => p.name);
    expect(names).toEqual([
      '青禾远帆建筑工程有限公司轻钢结构和装配式房屋项目',
      '柳溪禾丰农业科技股份有限公司果蔬深加工二期工程及检测中心项目',
    ]);
  });

  it('a company that signs or invests before the works is a clause, not a name', () => {
    const names = projects('远帆科技有限公司与柳溪镇签约青禾冷链物流园项目。').map((p) => p.name);
    expect(names).toEqual(['青禾冷链物流园项目']);
  });

  it('one project counted by 一个 is named; the class of amount in front sizes it', () => {
    expect(projects('柳溪镇成功签约一个亿元果蔬冻干生产项目。').map((p) => p.name)).toEqual([
      '果蔬冻干生产项目',
    ]);
  });

  it('kinds described after 既有/也有, parts built 配套 and a 项目基地 are not projects', () => {
    expect(
      projects('既有延伸产业链的装配式建材项目，也有立足特色资源的果品深加工项目。').map((p) => p.name),
    ).toEqual([]);
    expect(projects('建设远帆生猪产业园项目，配套冷库项目。').map((p) => p.name)).toEqual([
      '远帆生猪产业园项目',
    ]);
    expect(projects('与青禾、柳溪项目基地相承接。')).toEqual([]);
  });

  it('a park running on into 区 is a zone, not works', () => {
    expect(projects('远帆科技生产项目在柳溪工业园区开工建设。').map((p) => p.name)).toEqual([
      '远帆科技生产项目',
    ]);
  });
});

describe('extractProjects: works joined by 暨', () => {
  it('works joined to works by 暨 are one project; an event before 暨 is not part of the name', () => {
    expect(projects('远帆食品生产基地暨检测中心建设项目总投资3亿元。').map((p) => p.name)).toEqual([
      '远帆食品生产基地暨检测中心建设项目',
    ]);
    expect(projects('柳溪镇举行项目集中开工暨青禾冷链物流园建设项目启动仪式。').map((p) => p.name)).toEqual([
      '青禾冷链物流园建设项目',
    ]);
  });
});

describe('extractProjects: activities joined by 和', () => {
  it('an activity with no head of its own joined by 和 is the first half of one project', () => {
    expect(
      projects('柳溪镇签约的青禾黑猪生态养殖加工和冷鲜肉配送基地项目总投资2亿元。').map((p) => p.name),
    ).toEqual(['青禾黑猪生态养殖加工和冷鲜肉配送基地项目']);
  });

  it('two works under 和 stay two when the first has a head of its own', () => {
    const names = projects('柳溪镇推进滨河公园和青禾冷链物流园项目。').map((p) => p.name);
    expect(names).not.toContain('滨河公园和青禾冷链物流园项目');
  });
});

describe('extractProjects: subjects and classes in front of the works', () => {
  it('a registered company with a verb of building is the subject; the works follow the verb', () => {
    expect(
      projects('青禾远帆科技有限责任公司新建柳溪烟用材料产业园项目，总投资2亿元。').map((p) => p.name),
    ).toEqual(['柳溪烟用材料产业园项目']);
  });

  it('the class of works in front of a name is not part of it', () => {
    expect(projects('该县重点民生项目柳溪镇滨河公路提质改造项目正式通车。').map((p) => p.name)).toEqual([
      '柳溪镇滨河公路提质改造项目',
    ]);
  });

  it('a list item after an activity with no head joined by 及 is its second half', () => {
    expect(projects('远帆科技芯片研发及显示屏生产基地等项目稳步推进。').map((p) => p.name)).toEqual([
      '远帆科技芯片研发及显示屏生产基地',
    ]);
  });
});

describe('extractProjects: pairs sized by one amount, counts and period batches', () => {
  it('one amount before a pair joined by 和 sizes one project, named whole', () => {
    const names = projects('县政府与青岚能源有限公司签订投资3亿元的东坪水库和西坪水库水面光伏项目。').map(
      (p) => p.name,
    );
    expect(names).toEqual(['东坪水库和西坪水库水面光伏项目']);
  });

  it('an activity before 暨 joins two works into one project', () => {
    const names = projects('柳溪镇签约投资8亿元的高山黑猪养殖暨生猪全产业链项目。').map((p) => p.name);
    expect(names).toEqual(['高山黑猪养殖暨生猪全产业链项目']);
  });

  it('a count after a first 项目 and a period with a phase are no project', () => {
    expect(isNotWorks('柳溪储能电站项目三个新能源项目')).toBe(true);
    expect(isNotWorks('年内一期工程')).toBe(true);
    expect(isNotWorks('新年项目')).toBe(true);
    expect(isNotWorks('聚力突破大项目')).toBe(true);
    expect(isNotWorks('柳溪储能电站项目')).toBe(false);
  });

  it('策划 opening a list is the verb that handles it, not part of the first name', () => {
    const names = projects('柳溪镇已策划青杉工业园、蓝鲸食品物流等2个招商项目。').map((p) => p.name);
    expect(names).toContain('青杉工业园');
  });
});

describe('extractProjects: companies counted with the kind of works they build', () => {
  it('甲和乙两个光伏发电项目: each company’s trade name is a project', () => {
    const names = projects('着力推进青岚和蓝湾新能源两个光伏发电项目。').map((p) => p.name);
    expect(names).toEqual(['青岚', '蓝湾新能源']);
  });

  it('places counted with a kind of works are no projects', () => {
    const names = projects('柳溪镇和青田镇两个光伏发电项目已并网。').map((p) => p.name);
    expect(names).not.toContain('柳溪镇');
  });
});

describe('extractProjects: a registered name opening the works after a verb of dealing', () => {
  it('宣布 before the company is not part of the project’s name', () => {
    const names = projects('柳溪县宣布青岚园艺有限公司花卉基地建设项目开工。').map((p) => p.name);
    expect(names).toEqual(['青岚园艺有限公司花卉基地建设项目']);
  });
});
